"""A body's name after the common noun that says what kind of body it is, with that noun's modifiers before it (`the
consumer group Fairbasket`, `the market research firm Quorvel`, `the independent energy charity Warmlea`): the name
speaks, the description before it is set aside (wave 26e)."""
from __future__ import annotations

from ..vocabulary import ROLES, load_words

from .words import BODY_NOUNS, PEOPLE_GROUPS

DESCRIBED_KINDS: frozenset[str] = BODY_NOUNS | load_words("described_kinds")
"""Nouns that say what kind of body the name after them is: a body's own nouns, and `site`, `magazine` and the like."""
MAX_MODIFIERS = 3
"""How many lower-case words may stand before the body's noun (`the independent energy research charity`)."""
_NOT_MODIFIERS: frozenset[str] = frozenset("of for at with from in on by to and or but as who which that its their his "
                                           "her our said says".split())
"""Words that make the words around them a phrase of their own (`a spokeswoman for the group X`), not a modifier."""


def _is_modifier(word: str) -> bool:
    """Say whether a word may modify the body's noun after it: plain lower-case letters, no link word, no post."""
    return word.replace("-", "").isalpha() and word.islower() and word not in _NOT_MODIFIERS \
        and word not in ROLES and word not in PEOPLE_GROUPS


def past_described_kind(raw: list[str]) -> list[str]:
    """Return the words of a subject past a described kind of body before a capitalised name (`consumer group
    Fairbasket` -> `Fairbasket`); the words unchanged when no such kind opens them."""
    for at in range(1, min(len(raw) - 1, MAX_MODIFIERS + 1)):
        if raw[at] in DESCRIBED_KINDS and raw[at + 1][:1].isupper() and all(map(_is_modifier, raw[:at])):
            return raw[at + 1:]
    return raw
