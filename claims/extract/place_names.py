"""Places never speak (wave 27d): a name in a person's shape that the text places by a preposition of place (`fell on
Brackdale Pike`, `the toilets in Kirk Square`, `lost her car near Hollow Bridge`) is a place. It is never read as a
person (whom a later `she said` would mean); a name after `to` or `with`, a possessive (`in Mary Holt's view`) and a
titled name (`at Dr Ann Roe's`) keep their readings.

Word tests only, below the name reader (`entities`) that calls them.
"""
from __future__ import annotations

import re

from .vocabulary import load_words

PLACE_PREPOSITIONS: frozenset[str] = load_words("place_prepositions")
"""Prepositions that place what follows them (`in`, `on`, `near`, `outside`)."""
_WORD_BEFORE_RE = re.compile(r"(?P<word>[a-z]+)[ \t]+$")
"""The lower-case word right before a name (`on ` in `fell on Brackdale Pike`)."""
_LOOK_BACK = 60
"""How many characters before a name the placing words may start."""


def placed_by_preposition(text: str, at: int) -> bool:
    """Say whether the name starting at `at` stands right after a preposition of place (`on Brackdale Pike`)."""
    found = _WORD_BEFORE_RE.search(text, max(0, at - _LOOK_BACK), at)
    return found is not None and found.group("word") in PLACE_PREPOSITIONS


def is_place_name(text: str, at: int, name: str, kind: str, possessive: bool, title: str) -> bool:
    """Say whether a name read at `at` is only a place: a person's shape placed by a preposition of place; never a
    possessive or a titled name."""
    if kind != "person" or possessive or title or text.startswith(("'s", "\u2019s"), at + len(name)):
        return False
    return placed_by_preposition(text, at)
