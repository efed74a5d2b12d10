"""A public body's head written capitalised after `the` alone (`the Government said`, `the Council confirmed`, `The
Ministry added`; `data/capital_reference_heads.txt`) is the writer's proper name for the one body of that kind the text
is about (wave 67k): where the text names no fuller body with that head (`Welsh Government`, `Department of Health`,
`the Harbour council`), the row, left `unresolved` because no name resolves it, is an organisation's. Who speaks is
left as it is, only the kind moves; a head in lower case (`the council said`) stays the text's own words, unresolved,
and a head the text also names in full stays for the resolvers to read."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..text_caches import per_text
from ..vocabulary import load_words
from .records import Found

CAPITAL_REFERENCE_HEADS: frozenset[str] = load_words("capital_reference_heads")
"""Heads of a public body written capitalised after `the` as its proper name (`Government`, `Council`)."""
_REFERENCE_RE = re.compile(r"[Tt]he (?P<head>[A-Z][a-z]+)")
"""A row's speaker that is `the` and one capitalised word."""
ORGANISATION = "organisation"
"""The kind a capitalised reference takes."""


def capital_reference_kinds(text: str, found: Sequence[Found]) -> list[Found]:
    """Return the rows with each unresolved capitalised reference of a body the text names no fuller under the
    organisation's kind."""
    return [row._replace(kind=ORGANISATION) if row.kind == "unresolved" and capital_reference(text, row.speaker) else row
            for row in found]


def capital_reference(text: str, speaker: str) -> bool:
    """Say whether a speaker is `the` and a capitalised body's head no fuller name in the text holds."""
    match = _REFERENCE_RE.fullmatch(speaker)
    if match is None or match.group("head").lower() not in CAPITAL_REFERENCE_HEADS:
        return False
    return not names_fuller(text, match.group("head"))


@per_text(maxsize=16)
def names_fuller(text: str, head: str) -> bool:
    """Say whether the text names a body with this head more fully: a capitalised word before it other than `The`
    (`Welsh Government`, `Harbour council`) or `of` and a capitalised word after it (`Department of Health`)."""
    before = re.compile(rf"\b(?!The\b)[A-Z][\w'\u2019.-]*[ \t]+(?i:{head})\b")
    after = re.compile(rf"\b(?i:{head})[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?[A-Z]")
    return bool(before.search(text) or after.search(text))
