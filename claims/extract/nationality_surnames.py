"""A nationality's word that is also a family name (wave 67x; `data/nationality_surnames.txt`: `Welsh`, `English`,
`French`, `Irish`): `not_names` lists these words so that `Welsh ministers said` and `the Irish regulator said` name no
one, but the last word of a name after a known given name (`Dana Welsh`, `Lauren Orrin Welsh`) or after an honorific
or a post (`Ms French`, `Director English`) is a family name, so the run is a person's; read by
`entities.person_name` beside `calendar_names.calendar_name_word`."""
from __future__ import annotations

from .vocabulary import GIVEN_NAMES, load_words

NATIONALITY_SURNAMES: frozenset[str] = load_words("nationality_surnames")
"""Nationalities that are also family names (`welsh`, `english`, `french`, `irish`, `german`)."""


def nationality_surname(words: list[str], index: int, titled: bool) -> bool:
    """Say whether words[index], a nationality's word, is the family name closing a person's name written as `words`
    (titles cut off; `titled` when an honorific or post stood before them)."""
    if index != len(words) - 1 or words[index].lower() not in NATIONALITY_SURNAMES:
        return False  # the cheap test first: a nationality inside or opening a run is no family name
    return titled or index > 0 and words[0].lower() in GIVEN_NAMES
