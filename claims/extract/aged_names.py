"""A given name alone with the person's age set off after it (`Ellie, 19, from Bradford, said`, `Sam, 34, said`):
case studies in reports name people by a first name only, and the age says the word is a person, never a body."""
from __future__ import annotations

import re

from .vocabulary import names_no_one

AGE_AFTER_RE = re.compile(r",[ \t]+(?:aged[ \t]+)?\d{1,2},[ \t]")
"""An age set off by commas right after a name: `, 19, `, `, aged 7, `."""
_GIVEN_NAME_RE = re.compile(r"[A-Z][a-z\u00e0-\u024f'\u2019\-]+")
"""One capitalised word of letters (never `NHS`, `A&E`)."""


def aged_person(text: str, start: int, end: int) -> bool:
    """Say whether the one word text[start:end] is a given name with an age set off after it."""
    if not text.startswith(", ", end) or AGE_AFTER_RE.match(text, end) is None:
        return False  # the common case: no comma right after the word
    word = text[start:end]
    return _GIVEN_NAME_RE.fullmatch(word) is not None and not names_no_one(word)
