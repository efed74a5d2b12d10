"""A noun that names a body's kind and a person's trade alike (`operator`, `developer`, `landlord`,
`data/trade_nouns.txt`) before a person's name is her job (wave 22a): `machine operator Debbie Roe, who has worked at
the plant for 23 years, said` is the worker, never a body that a later `the company` then means; `bus operator
Saltee Line` and `contractor Morgan Sindall` stay bodies.

A name is a person's here when it is two or three words of a person's name and either the text goes on with `, who`
(never said of a body) or its first word is a given name the word list only ever capitalises (`Debbie`, `Maureen`:
never `Morgan`, also a common word, nor `Saltee`, no word at all) or a known given name that is no word (`Dara`, 43l).
"""
from __future__ import annotations

import re

from .given_people import given_person
from .title_nouns import WORDS, is_common_noun
from .vocabulary import NOT_NAMES, ORG_HEADS, ROLES, load_words

TRADE_NOUNS: frozenset[str] = load_words("trade_nouns")
"""Nouns of a body's kind that are also a person's trade (`data/trade_nouns.txt`)."""
_WHO_AFTER_RE = re.compile(r",[ \t]+who\b")
_NAME_WORDS = range(2, 4)


def _named_person(words: list[str]) -> bool:
    """Say whether two or three words read as a person's name: none a body's head, post, common noun or non-name."""
    return len(words) in _NAME_WORDS and all(
        w.lower() not in ORG_HEADS and w.lower() not in ROLES and w.lower() not in NOT_NAMES and not is_common_noun(w)
        for w in words)


def trade_before_person(text: str, noun: str, name: str, name_end: int) -> bool:
    """Say whether a trade's noun before a name (`operator` in `machine operator Debbie Roe`) is the person's job."""
    if noun not in TRADE_NOUNS:
        return False  # the cheap test first: most nouns before a name name only bodies
    words = name.split()
    if not _named_person(words):
        return False
    return _WHO_AFTER_RE.match(text, name_end) is not None \
        or words[0].lower() not in WORDS and (words[0] in WORDS or given_person(name))  # "miner Dara Quinn" (43l)
