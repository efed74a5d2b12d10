"""A person's full name introduced by `one` (wave 53f): Kenyan, Nigerian and South Asian papers write `one Nathan
Kerobi stated`, `said one Grace Wanjiru`, `a trader, one Amina Bello, said` for someone the reader has not met (a
certain person so named); the person speaks, never an unresolved `one ...` as `One neighbouring trust said` is. Only a
name that reads as a person's by a known given name (`given_people`) is taken."""
from __future__ import annotations

from ..given_people import given_person

INTRODUCING_WORD = "one"
"""The word that introduces the name, in lower case."""


def one_named(raw: list[str]) -> str | None:
    """Return the name after `one` when the words are `one` and a person's full name (`one Nathan Kerobi`), else
    None."""
    if len(raw) < 3 or raw[0].lower() != INTRODUCING_WORD:
        return None
    name = " ".join(raw[1:])
    return name if given_person(name) else None
