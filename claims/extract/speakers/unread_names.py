"""A cue's subject that is a capitalised name the readings of a clause resolve to a party sharing none of its words
(wave 55e): `according to Consumer Reports` read as reports owned by the body named before. Its words are the text's
own name for the speaker, a body by its capitals and its place as a source (the guide: never drop a claim for want of
a name), never that body, a guess that gives the claim to a party that never said it."""
from __future__ import annotations

import re

from ..vocabulary import NOT_NAMES, SENTENCE_STARTERS

from .words import DETERMINERS

NAME_WORDS = range(2, 5)
"""How many words such a name has: one capitalised word alone is too often a sentence's opener."""
CLAUSE_OPENERS: frozenset[str] = frozenset("and but as so".split())
"""Words that open the clause before its subject (`And as Consumer Reports pointed out`): no part of the name."""
_WORD_RE = re.compile(r"[A-Z][a-z]+")
"""A capitalised word of plain letters: `Consumer`, `Reports`."""


def unread_name(text: str, start: int, end: int, read: str) -> str | None:
    """Return a subject region's capitalised name when the clause's reading `read` shares none of its words (`Consumer
    Reports` read as a hospital's reports), else None: a name read as itself is left to its reading."""
    words = capitalised_words(text, start, end)
    return " ".join(words) if words is not None and not set(words) & set(read.split()) else None


def capitalised_words(text: str, start: int, end: int) -> list[str] | None:
    """Return a subject region's words when they are a capitalised name of two to four plain words, none a word that
    opens a sentence or names no one (`Consumer Reports`), else None (words, not a name: the step table counts only
    functions that return the speaker's name)."""
    words = text[start:end].strip(" ,\u00a0").split()
    while words and words[0].lower() in CLAUSE_OPENERS:
        words = words[1:]  # "And as Consumer Reports pointed out": the name after the clause's opening words
    if len(words) not in NAME_WORDS or not all(_WORD_RE.fullmatch(word) for word in words):
        return None
    if any(word.lower() in NOT_NAMES or word.lower() in SENTENCE_STARTERS or word.lower() in DETERMINERS
           for word in words):
        return None
    return words
