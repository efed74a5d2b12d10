"""Offices that regulate nobody (wave 41f): a body named `X Office` is a government department or a public service
(`Home Office`, `Cabinet Office`, `Met Office`, `Central Statistics Office`) unless a word before `Office` says what it
examines or regulates (`National Audit Office`, `Product Safety Office`, `Information Commissioner's Office`); such a
department is never the text's regulator, though `office` heads a regulator's name elsewhere (`Office of Rail and
Road`, written head first)."""
from __future__ import annotations

from .vocabulary import (
    EXAMINED_WORKS, EXAMINING_POSTS, INSPECTORATE_HEADS, REGULATING_WORDS, load_words, without_possessive,
)

OVERSEEING_WORDS: frozenset[str] = REGULATING_WORDS | INSPECTORATE_HEADS | EXAMINED_WORKS \
    | EXAMINING_POSTS | load_words("overseeing_words")
"""Words before `Office` that make it an office that examines or regulates (`audit`, `standards`, `commissioner`)."""


def department_office(name: str) -> bool:
    """Say whether a body's name is `X Office` with no word before `Office` saying what it oversees (`Home Office`)."""
    words = name.lower().split()
    if len(words) < 2 or words[-1] != "office":
        return False
    return not any(without_possessive(word) in OVERSEEING_WORDS or word.endswith("s") and word[:-1] in OVERSEEING_WORDS
                   for word in words[:-1])
