"""A place read as a person (`Traders in Market Place said`, `a scheme for Ashcombe Bridge ..., the minister
has confirmed`): a name ending in a word of places (`data/place_heads.txt`: Bridge, Bay, Head, Street) that the text
writes after `in`, `at`, `on`, `near`, `for` or `from` and never after an honorific is where something happens,
never who speaks: the row keeps the text's words, unresolved.

Read once per text, after every claim has its speaker, for the few person speakers ending so."""
from __future__ import annotations

import re
from collections.abc import Iterable

from ...finding import find_all
from ..vocabulary import load_words

from .honoured_names import honoured_surname

PLACE_HEADS: frozenset[str] = load_words("place_heads")
"""Last words of the names of places and streets (`bridge`, `bay`, `head`, `street`)."""
_PLACED_RE = re.compile(r"\b(?:in|at|on|near|outside|for|from|to)[ \t]+(?:the[ \t]+)?$")
"""The words right before a name that make it a place: `in `, `at the `, `for `."""


def places_as_people(text: str, speakers: Iterable[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Map each person or body speaker the text writes as a place to its own words, unresolved."""
    return {speaker: (speaker, "unresolved") for speaker, kind in set(speakers)
            if kind in ("person", "organisation") and is_place(text, speaker)}


def is_place(text: str, name: str) -> bool:
    """Say whether a name ending in a place word is written after a place's preposition and never as a person's."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in PLACE_HEADS:
        return False
    placed = any(_PLACED_RE.search(text, max(0, at - 12), at) is not None for at in find_all(text, name))
    if honoured_surname(text, name):
        return False  # "Mr Bridge": a person
    return placed
