"""A semicolon that opens another party's clause: `X confirmed A; Y said B`, `X estimated the crowd at A; the
organisers put it at B` (wave 27b)."""
from __future__ import annotations

import re
from collections.abc import Iterator

SEMICOLON_CLAUSE_RE = re.compile(r";[ \t]+(?=[\w\"'\u201c\u2018])")
"""A semicolon inside a sentence, then a word: where a second party's clause may open, as after `, but` (its subject,
its cue and its speaker are checked by `sentences.second_speaker`)."""


def semicolon_clauses(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Yield each semicolon in text[start:end] that is followed by a word, a clause that may be another party's."""
    if text.find(";", start, end) < 0:
        return  # the cheap test first: most content has no semicolon
    yield from SEMICOLON_CLAUSE_RE.finditer(text, start, end)
