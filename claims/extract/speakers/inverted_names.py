"""A body's short name that writes its remit before its head (`Health Department`, `Justice Ministry`) is the one body
the text has named in full with that remit after `of` (`State Department of Health`, `Ministry of Justice`), never a
second body of its own (wave 61r; `data/inverted_heads.txt`)."""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..vocabulary import load_words

INVERTED_HEADS: frozenset[str] = load_words("inverted_heads")
"""Heads a short name writes after the remit that the full name gives after `of` (`department`, `ministry`)."""


def remit_pattern(name: str) -> re.Pattern[str] | None:
    """Return the pattern of the full name's head and remit a short name stands for (`Health Department`: `Department
    of Health`, closing the name or before `and`), else None when the name is not a remit and one such head."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in INVERTED_HEADS or not all(w[:1].isupper() for w in words[:-1]):
        return None
    remit = r"\s+".join(re.escape(word) for word in words[:-1])
    return re.compile(rf"\b{re.escape(words[-1])}\s+of\s+(?:the\s+)?{remit}(?:\s+and\b|$)", re.IGNORECASE)


def inverted_body(name: str, bodies: Iterable[str]) -> str | None:
    """Return the one body of `bodies` whose full name a short name inverts (`Health Department` for `State
    Department of Health`), else None (none, or two such bodies: either may be meant)."""
    pattern = remit_pattern(name)
    if pattern is None:
        return None
    found = {body for body in bodies if body != name and pattern.search(body)}
    return found.pop() if len(found) == 1 else None
