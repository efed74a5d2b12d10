"""Headings as speakers (wave 26h): a speaker the text writes only as a run of capitals, in no name's shape, is a
heading or a label (`The MATTERS OF CONCERN are as follows:`, `NOT FOR RELEASE, PUBLICATION ...`), never a party.

Its rows keep their words and become unresolved: the reader sees who the heading stands over, the table names no
party it cannot stand behind. A run of capitals is kept as a party when the name reader reads it as a person
(`JO ROE`) or as a body (`ACME WATER PLC`, `HARBOUR BOARD`, `CITY OF ARDEN`), and when the prose writes any of its
words as a name in ordinary capitals (`Brightwater` in `Brightwater said`): then the capitals are a masthead of a
party the text names elsewhere.
"""
from __future__ import annotations

import re

from ..entities import is_person_name, names_an_organisation
from ..vocabulary import ORG_HEADS, load_words
from .records import Found, unresolve_where

HEADING_FUNCTION_WORDS: frozenset[str] = load_words("heading_function_words")
"""Words that a heading and a name both hold (`of`, `for`, `and`): they never tell a name from a heading."""
_WORD_RE = re.compile(r"[^\W\d_][\w'’&.-]*")


def unresolve_headings(text: str, found: list[Found]) -> list[Found]:
    """Return the rows with every speaker that is a heading in capitals made unresolved (its words kept)."""
    return unresolve_where(found, lambda speaker: is_heading_speaker(text, speaker))


def is_heading_speaker(text: str, speaker: str) -> bool:
    """Say whether a speaker is a heading: two words or more, written in capitals wherever the text holds them, in
    no person's or body's shape (`City of Arden` is a body by its head first), none of its words a name in the prose."""
    words = _WORD_RE.findall(speaker)
    if len(words) < 2 or not all_in_capitals(text, speaker):
        return False
    titled = [w.capitalize() if w.lower() not in HEADING_FUNCTION_WORDS else w.lower() for w in words]
    if is_person_name(" ".join(titled)) or titled[-1].lower() in ORG_HEADS or names_an_organisation(titled):
        return False
    return not any(written_as_name(text, word) for word in titled if word.lower() not in HEADING_FUNCTION_WORDS)


def all_in_capitals(text: str, speaker: str) -> bool:
    """Say whether the text holds a speaker's words at least once and every time in capitals only."""
    words = _WORD_RE.findall(speaker)
    if not words or words[0].upper() not in text:
        return False  # no spot in capitals at all
    pattern = r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)"
    spots = [m.group() for m in re.finditer(pattern, text, re.IGNORECASE)]
    return bool(spots) and all(spot == spot.upper() for spot in spots)


def written_as_name(text: str, word: str) -> bool:
    """Say whether the prose writes a word with a capital then lower case letters after another word of its line (a
    name inside a sentence or a title, not a line's first word)."""
    return re.search(r"(?<=[\w,'’] )" + re.escape(word) + r"\b", text) is not None
