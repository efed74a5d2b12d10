"""A unit named with the body it belongs to as a cue's subject (`A of B said`, wave 63d): a part of a body by its
part's noun speaks for the body (`the Welsh Section of the organization Kindhands announced`: Kindhands), and a unit
with a name and letters of its own speaks for itself (`The Centre for Water Safety (CWS) of the Department of Rivers
has announced`: the centre, never the department). Anything else is left to the other readers
(`data/part_nouns.txt`)."""
from __future__ import annotations

import re

from ..vocabulary import load_words

PART_NOUNS = load_words("part_nouns")
"""Nouns of a body's part that speaks for the whole (`data/part_nouns.txt`)."""
_WORD = r"[A-Z][\w'\u2019\-]*"
_NAME = rf"{_WORD}(?:[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*{_WORD}){{0,7}}"
_LETTERS = r"[ \t]+\([A-Z][A-Za-z]{1,9}\)"
_KIND_WORDS = r"(?:organi[sz]ation|group|charity|agency|body)"
_PART_OF_RE = re.compile(
    rf"(?:^|(?<=[\s,]))(?:[Tt]he[ \t]+)?(?:{_WORD}[ \t]+){{0,3}}(?P<part>{_WORD})[ \t]+of[ \t]+(?:the[ \t]+)?"
    rf"(?:{_KIND_WORDS}[ \t]+)?(?P<body>{_NAME}(?:{_LETTERS})?)(?:[ \t]+[a-z]+ly)?[ \t]*$")
"""`the Welsh Section of the organization Kindhands officially`: a part's noun, `of` and its body's name."""
_LETTERED_UNIT_RE = re.compile(
    rf"(?:^|(?<=[\s,]))(?:[Tt]he[ \t]+)?(?P<unit>{_NAME}{_LETTERS})[ \t]+of[ \t]+(?:the[ \t]+)?{_NAME}"
    r"(?:[ \t]+[a-z]+ly)?[ \t]*$")
"""`The Centre for Water Safety (CWS) of the Department of Rivers`: a unit, its letters, `of` and its body."""


def unit_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the span of the party that speaks for a cue's subject `A of B` (the body for a part's noun, the unit
    for a unit with letters of its own), else None."""
    if text.find(" of ", start, end) < 0:
        return None  # every match holds `of` (the cheap test first)
    part = _PART_OF_RE.search(text, start, end)
    if part is not None and part.group("part").lower() in PART_NOUNS:
        return part.span("body")
    unit = _LETTERED_UNIT_RE.search(text, start, end)
    return unit.span("unit") if unit is not None else None
