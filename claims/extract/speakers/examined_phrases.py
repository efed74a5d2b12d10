"""What an examining document is `of` (`an inspection of the company's plant in Fremont, Ohio, found`): the body, place
or work examined is no part of the document's own words, so no owner is read in it; the document's phrase ends on its
examining noun (wave 26i)."""
from __future__ import annotations

from .documents import EXAMINING_NOUNS

EXAMINED_OPENERS: frozenset[str] = frozenset("of into".split())
"""Words after an examining noun that open what it examined (`an inspection of`, `a review into`)."""
MAX_EXAMINED_WORDS = 12
"""How many words what was examined may have before the cue (`the company's powdered infant formula plant in
Fremont, Ohio`)."""
CLAUSE_WORDS: frozenset[str] = frozenset("but who which that has have had is are was were will would "
                                         "could did does".split())
"""Words that open or carry a clause of their own: an examined phrase holding one is no noun phrase."""


def examined_cut(words: list[str]) -> int | None:
    """Return how many words a subject's phrase keeps when it ends on what an examining noun examined (`an
    inspection of the company's plant in Rexley`: up to `inspection`), else None (no such noun, a clause after it)."""
    for index in range(len(words) - 2, -1, -1):
        if words[index] in EXAMINING_NOUNS and words[index + 1] in EXAMINED_OPENERS:
            tail = words[index + 2:]
            if not tail or len(tail) > MAX_EXAMINED_WORDS or not CLAUSE_WORDS.isdisjoint(tail):
                return None
            return index + 1
    return None
