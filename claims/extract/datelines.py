"""A news lead's dateline: the place a text was filed from, in capitals before a dash, which never speaks (wave 29c).

A dateline is a place in capitals, maybe a region, a date or a wire after a comma, then a dash (`FRANKFORT, Ky. - `,
`DUBLIN, July 28 (Wire) - `), or a place in capitals and a dash alone, opening a line (`MINNEAPOLIS - `,
`SANTA FE \u2014 `, `WASHINGTON (AP) \u2014 `). The second form needs a sentence to follow it (a capital and a small
letter) and no word of a release's marker or a body's head in its capitals: `PRESS RELEASE - Smile Fair`,
`RESULT - Oakfield Central` and `ACME FOOTBALL CLUB - Official statement` are headers, not places.
"""
from __future__ import annotations

import re

from .vocabulary import any_script, load_words, ORG_HEADS, RELEASE_MARKERS

COMMA_DATELINE_RE = any_script(re.compile(r"[ \t]*[A-Z][A-Z .'\-]{2,30},[^\n\u2014\u2013]{0,40}?\s[-\u2014\u2013]{1,2}\s+"))
"""A dateline with its region or date after a comma: `FRANKFORT, Ky. \u2014 `, `DUBLIN, July 28 (Wire) - `."""
PLACE_DATELINE_RE = any_script(re.compile(r"[ \t]*(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2})"
                                          r"(?: \([^()\n]{1,40}\))?[ \t][-\u2014\u2013]{1,2}[ \t]+(?=[A-Z][a-z])"))
"""A place in capitals and a dash alone, before a sentence: `MINNEAPOLIS - Acme`, `SANTA FE \u2014 The`."""
HEADER_WORDS: frozenset[str] = frozenset(word for marker in RELEASE_MARKERS for word in marker.split()) \
    | ORG_HEADS | load_words("header_words")
"""Words that make capitals before a dash a header, never a place (`PRESS RELEASE`, `RESULT`, `... CLUB`)."""


def dateline_end(text: str, start: int, end: int) -> int | None:
    """Return where the dateline opening text[start:end] ends (`MINNEAPOLIS - `, `FRANKFORT, Ky. \u2014 `), else None."""
    found = COMMA_DATELINE_RE.match(text, start, end)
    if found is not None:
        return found.end()
    return place_dateline_end(text, start, end)


def place_dateline_end(text: str, start: int, end: int) -> int | None:
    """Return where a place in capitals and its dash end, at a line's start and before a sentence, else None."""
    if start > 0 and text[start - 1] != "\n":
        return None  # a dateline opens a line
    found = PLACE_DATELINE_RE.match(text, start, end)
    if found is None or any(word in HEADER_WORDS for word in found.group("place").lower().split()):
        return None
    return found.end()
