"""Words that take or describe an -ing word: after them, `opening`, `building` or `taking` is an object or a noun
(`postpone opening a clinic`, `shorter opening hours`, `fixed-price building contracts`), never the start of a new
participle clause a list may be cut before."""
from __future__ import annotations

import re

from .vocabulary import load_words

GERUND_TAKERS = load_words("gerund_takers")
"""Verbs that take a gerund as their object (`postpone`, `stopped`) and comparatives before an -ing noun (`longer`)."""
COMPOUND_ADJECTIVE_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")
"""A hyphenated compound of letters (`fixed-price`, `full-time`, `long-term`): it describes the noun after it; a year
range (`2024-25`) is no such word."""


def takes_ing(word: str) -> bool:
    """Say whether a word right before an -ing word makes it an object or a noun rather than a new clause."""
    return word.lower() in GERUND_TAKERS or COMPOUND_ADJECTIVE_RE.fullmatch(word) is not None
