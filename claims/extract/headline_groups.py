"""People of a body in a headline-cased lead (`Nurses At Bellmore General Hospital are protesting`, `Workers From
Dunmore Foods say`, wave 42a): the capitalised preposition joins the plural noun of people and the body's name into
one run, which read as a body's name; the body is the name after the preposition, as with `Nurses at X`.

Below `entities` (which cuts the people and the preposition off a run before naming it).
"""
from __future__ import annotations

import re

from .vocabulary import PLACED_PEOPLE, ROLES

_GROUP_OPENER_RE = re.compile(r"([A-Z][a-z]+s) (?:At|From) (?=[A-Z])")
"""A capitalised plural noun and a capitalised `At` or `From` before a name (`Nurses At `)."""
_PLACED_NOUNS: frozenset[str] = ROLES | PLACED_PEOPLE
"""Nouns for one person (`nurse`, `worker`, `teacher`)."""


def group_opener_end(text: str, start: int, end: int) -> int:
    """Return where the body's name starts in a run text[start:end] opening on people and `At` or `From` (after
    `Nurses At `); else `start`."""
    opener = _GROUP_OPENER_RE.match(text, start, end)
    if opener is None or not _names_people(opener.group(1)):
        return start
    return opener.end()


def _names_people(plural: str) -> bool:
    """Say whether a plural noun names people (`Nurses`, `Workers`, `Witnesses`), or one (`Boss`)."""
    lower = plural.lower()
    return lower in _PLACED_NOUNS or lower[:-1] in _PLACED_NOUNS \
        or (lower.endswith("es") and lower[:-2] in _PLACED_NOUNS)  # "Witnesses": a plural in -es (43m)
