"""Section headings: a line of capitalised words and a colon alone before bullets (`Passenger Routes:`, `Civil
Cases:`) heads a report's section, not a speaker's words, when none of its words is a given name or a title (wave
41h); `Jo Pellew:` or `Mayor Roe:` alone before bullets still names who speaks them."""
from __future__ import annotations

import re

from .text import BULLET_RE, line_start
from .vocabulary import GIVEN_NAMES, HONORIFICS, ROLE_WORDS, TITLE_QUALIFIERS

_TITLES = ROLE_WORDS - TITLE_QUALIFIERS
"""Words of office that make a label a person's (`Mayor:`, `Chief Executive:`); not their qualifiers (`Criminal`)."""
_ALONE_RE = re.compile(r"[ \t]*:[ \t]*\r?\n(?:[ \t]*\r?\n)*")
"""The colon closing a label alone on its line, and the blank lines after it."""


def heads_section(text: str, start: int, end: int) -> bool:
    """Say whether the words at start:end, closed by a colon alone on their line, head a list of bullets while
    naming no person (no given name, no title)."""
    after = _ALONE_RE.match(text, end)
    if after is None or line_start(text, start) != line_start(text, after.start()):
        return False
    if BULLET_RE.match(text, after.end()) is None:
        return False
    words = [word.strip(".").lower() for word in text[start:end].split()]
    return not any(word in GIVEN_NAMES or word in HONORIFICS or word in _TITLES for word in words)
