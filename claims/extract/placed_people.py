"""A described person placed by where they come from or work (`a nurse from Tarrow Vale`, `a volunteer with Kindly
Hands`): the name after `from`, `with` or `at` is a place or a body, never the person who speaks. When the text names
nobody else, the speaker is the description in the text's words.
"""
from __future__ import annotations

import re

from .entities import Mention
from .vocabulary import AGE_RE, PLACED_PEOPLE, ROLES, VOICE_ROLES

PLACED_NOUNS: frozenset[str] = frozenset((ROLES | PLACED_PEOPLE) - VOICE_ROLES - {"official", "officials"})
"""Nouns for a person that a place or body may follow (`nurse`, `volunteer`, `tenant`); not a body's voice (a
spokeswoman for the trust is the trust)."""
_PLACED_BEFORE_RE = re.compile(r"\b(?P<article>[Aa]n?|[Tt]he|[Oo]ne)\s+(?P<modifiers>(?:(?:[a-z][a-z\-]*|\d{1,3}-year-old)"
                               r"\s+){0,2}?)(?P<noun>[a-z]+|\d{1,3}-year-old)\s+(?P<link>from|with|at|of)(?:\s+the)?\s+$")
"""The words before a name that place a described person: `a nurse from `, `one long-serving volunteer with the `,
`a resident of `, `a 58-year-old porter from `."""
_INDEFINITE: frozenset[str] = frozenset("a an one".split())
"""Articles of one person not named (`a resident of X`, `a nurse at X`): X, a place or a body, only places them."""
_LOOK_BACK = 60
"""How many characters before a name the placing words may start."""
_PLACED_ENDS: tuple[str, ...] = ("from", "with", "at", "of", "the")
"""The words every match of `_PLACED_BEFORE_RE` ends with, white space after them (the cheap test first, 25S)."""
_WORKPLACE_BEFORE_RE = re.compile(r"[ \t]+(?:of|at|from|with)[ \t]+(?:the[ \t]+)?(?:[a-z][a-z\-]*[ \t]+){1,3}$")
"""The words between a person's name and where they work, described (` of stockbroker `, ` at the consultancy `)."""


def placed_name(text: str, mention: Mention) -> bool:
    """Say whether a name read as a person's only says where a described person is from or works."""
    window = max(0, mention.start - _LOOK_BACK)
    before = _PLACED_BEFORE_RE.search(text, window, mention.start) \
        if mention.kind in ("person", "org") and text[window:mention.start].rstrip().endswith(_PLACED_ENDS) else None
    if before is None or not _person_head(before.group("modifiers").split() + [before.group("noun")]):
        return False
    indefinite = before.group("article").lower() in _INDEFINITE
    return indefinite or mention.kind == "person" and before.group("link") != "of"  # "a resident of Upper Marsh"


def workplaces(text: str, mentions: list[Mention]) -> frozenset[Mention]:
    """Return the names that only say where the person named right before works, described in lower case (`Jo Roe
    of stockbroker Hollins Rae`, `Ann Lee at think tank Fairmoney`): the person speaks, never the workplace."""
    found = set()
    for before, mention in zip(mentions, mentions[1:]):
        if before.kind == "person" and not before.possessive and mention.start - before.end <= _LOOK_BACK:
            if _WORKPLACE_BEFORE_RE.fullmatch(text, before.end, mention.start):
                found.add(mention)
    return frozenset(found)


def _person_head(words: list[str]) -> bool:
    """Say whether the words between the article and the placing word end on a person: a person noun, or any noun
    after an age (`a 58-year-old porter`, `a 58-year-old`: an age describes only a person)."""
    return words[-1] in PLACED_NOUNS or any(AGE_RE.fullmatch(w) for w in words)


def placed_description(raw: list[str], words: list[str]) -> tuple[str, str] | None:
    """The words of a subject that is a described person placed by a name (`A volunteer with Kindly Hands`), as a
    person; None for any other subject."""
    at = next((i for i, w in enumerate(words) if w in ("from", "with", "at", "of")), 0)
    if not 2 <= at <= 4 or words[0] not in ("a", "an", "the", "one") or not _person_head(words[1:at]) \
            or words[at] == "of" and words[0] not in _INDEFINITE:
        return None  # "A resident of Upper Marsh", "a nurse at X Hospital"; never "the chief executive of X"
    rest = [w for w in raw[at + 1:] if w.lower() != "the"]
    if not 1 <= len(rest) <= 5 or not all(w[:1].isupper() for w in rest):
        return None
    return " ".join(raw), "person"
