"""A body's letters take the kind its full name has (wave 36d), read for the rows once the text is read: a text that
names a regulator in full and then by its letters (`The National Rail Safety Board said ... The NRSB said`) means one
inspectorate by both, though only the full name shows what it examines. The full name is the one the text spells the
letters out as (`spelled_letters`: the name in brackets before them, else the one name their initials spell); it is an
inspectorate when the text's rows read it as one, or when its own name shows it (`entities.org_kind`: `Food Standards
Authority`; `name_kinds`: `Coastal Standards Board`). Only a body's row moves, and only to an inspectorate: who speaks
is left as the rules read it."""
from __future__ import annotations

from collections.abc import Sequence

from ..entities import org_kind
from ..vocabulary import without_possessive
from .name_kinds import examining_name
from .spelled_letters import is_short_name, spelled_out

INSPECTORATE = "inspectorate"
"""The kind a body's letters take from an examining full name."""


def full_name_kinds(text: str, speaker_kinds: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Return, for each speaker of a body's row that is a body's letters, the inspectorate's kind its full name has."""
    letters = {speaker for speaker, kind in speaker_kinds if kind == "organisation" and is_short_name(speaker)}
    if not letters:
        return {}  # no body's row is named by letters (the cheap test first)
    examining = {speaker for speaker, kind in speaker_kinds if kind == INSPECTORATE}
    return {short: INSPECTORATE for short in letters if examines_in_full(text, short, examining)}


def examines_in_full(text: str, short: str, examining: set[str]) -> bool:
    """Say whether the name the text spells a body's letters out as is an inspectorate's: a speaker the rows read as
    one, or a name that shows it."""
    full = spelled_out(short, text)
    if full is None:
        return False
    full = without_possessive(full)  # "the Coastal Standards Board's (CSB)"
    return full in examining or full.removeprefix("The ") in examining or named_examiner(full)


def named_examiner(name: str) -> bool:
    """Say whether a body's own name shows it regulates or examines (`Food Standards Authority`, `Coastal Standards
    Board`)."""
    return org_kind(name) == INSPECTORATE or examining_name(name)
