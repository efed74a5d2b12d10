"""Measures as speakers (wave 57n): a speaker whose last word closes a measure's or an amount's name
(`data/measure_words.txt`: `Adjusted EBITDA` of `our adjusted EBITDA would be $12.4 million`, `BILLION` of `$1.3
BILLION every year`) is a figure read as a name, never a party.

Its rows keep their words and become unresolved, like a heading's, a code's or a place's (26h, 37b): the step runs
once, where the table's speakers are final.
"""
from __future__ import annotations

import re

from ..vocabulary import load_words
from .records import Found, unresolve_where

MEASURE_WORDS: frozenset[str] = load_words("measure_words")
"""Words that close a measure's or an amount's name (`EBITDA`, `turnover`, `billion`)."""
_WORD_RE = re.compile(r"[^\W\d_][\w'’&.-]*")
"""A word of a speaker's name: a letter, then letters, digits and the marks inside a name (`S&P`, `U.K.`, `O'Neill`)."""


def unresolve_measures(found: list[Found]) -> list[Found]:
    """Return the rows with every speaker that is a measure's name made unresolved (its words kept)."""
    return unresolve_where(found, is_measure_speaker)


def is_measure_speaker(speaker: str) -> bool:
    """Say whether a speaker's last word closes a measure's or an amount's name (`Adjusted EBITDA`, `BILLION`)."""
    words = _WORD_RE.findall(speaker)
    return bool(words) and words[-1].lower() in MEASURE_WORDS
