"""A number that completes a name (`Harbour Talk 96 said`, `Lakeland FM 103, which ...`, `Giving Matters 2026, the
charity's survey`): a station's frequency, a branch's or a yearly report's number written right after the words,
with the name's end right after it. A person's name is never followed by a bare number (an age is set off by
commas), so such a run names a body, whole with its number (wave 27g)."""
from __future__ import annotations

import re

from .vocabulary import ABBREVIATIONS, CUE_VERBS, names_no_one, verb_alternation

_CUES = verb_alternation(CUE_VERBS)
_NAME_NUMBER_RE = re.compile(
    r"[ \t\u00a0]+(?P<number>\d{1,4})(?![.,:]\d|%|\w)"
    r"(?=[ \t]*(?:[,;:)]|\([A-Z]|['\u2019]s\b|\.[ \t]*(?:\n|$))"
    rf"|[ \t]+(?:also[ \t]+|has[ \t]+|have[ \t]+|had[ \t]+|then[ \t]+|later[ \t]+)?(?:{_CUES})\b)")
"""A bare number right after a name, then the name's end: a comma or bracket, a possessive, a stop at a line's end,
or a cue (`96 said`, `96 also said`, `103 has said`); never a figure (`96.4`, `3%`, `96 listeners`)."""


def _dated(name: str) -> bool:
    """Say whether a name's last word is a month or another word that names no one (`Posted Jan`, `Friday March`):
    the number after it is a day, no part of a name."""
    last = name.rsplit(None, 1)[-1]
    return last.lower() in ABBREVIATIONS or names_no_one(last)


def name_number_end(text: str, name: str, end: int) -> int:
    """Return where a number completing the name that ends at `end` ends (`Harbour Talk` + ` 96`), else -1."""
    if not text.startswith((" ", "\t", "\u00a0"), end) or not text[end + 1:end + 2].isdigit() or _dated(name):
        return -1  # the cheap test first: most names are followed by no number; a date's day is none
    number = _NAME_NUMBER_RE.match(text, end)
    return number.end("number") if number else -1
