"""A body's unit named by the body's letters and what the unit does (`The UN refugee office says`, `the UN's
humanitarian office reported`): the unit speaks as a body of its own, in the text's own words, never the whole body
its letters name (wave 52a)."""
from __future__ import annotations

from ..vocabulary import load_words, without_possessive
from .qualified_groups import UNQUALIFYING_WORDS
from .spelled_letters import letters_only
from .words import DETERMINERS

UNIT_NOUNS: frozenset[str] = load_words("lettered_unit_nouns")
"""Nouns that end a unit's description (`office`, `agency`)."""
MAX_REMIT_WORDS = 2
"""How many lower-case words may say what the unit does (`refugee`, `humanitarian`, `public health`)."""


def lettered_unit(raw: list[str], words: list[str]) -> tuple[str, str] | None:
    """Resolve a subject ending in `the`, a body's capital letters (possessive or not: `letters_only`), one or two
    lower-case words and a unit noun (`Earlier the UN's humanitarian office`) to those words from `the`, an
    organisation; None for any other subject (`the UN said`, `the UN Refugee Agency`: a name, read as a name)."""
    if not words or words[-1] not in UNIT_NOUNS:
        return None  # the cheap test first: no unit noun at the end
    for remit in range(1, MAX_REMIT_WORDS + 1):
        tail = raw[-remit - 3:]
        if len(tail) == remit + 3 and tail[0].lower() == "the" and letters_only(without_possessive(tail[1])) \
                and all(w.isalpha() and w.islower() for w in tail[2:]) \
                and not set(tail[2:-1]) & (UNQUALIFYING_WORDS | DETERMINERS):  # "the UN and its office": two parties
            return " ".join(tail), "organisation"
    return None
