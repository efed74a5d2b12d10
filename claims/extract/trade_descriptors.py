"""A company's trade set before its name as a descriptor (`Retailer Brightway said`, `Chipmaker Voltra warned`,
`budget rival Skyline reported`, wave 43l): the noun is no part of the name, the company speaks. Before a known given
name the noun is a person's trade all the same (`Miner Jo Roe`); a post after it (`Broadcaster Chief Executive ...`)
leaves the run to the readings of posts.
"""
from __future__ import annotations

import re

from .given_people import given_person
from .vocabulary import NATIONALITIES, NATIONALITY_ADJECTIVES, ROLES, load_words

TRADE_DESCRIPTORS: frozenset[str] = load_words("trade_descriptors")
"""Nouns of a company's trade written before its name (`data/trade_descriptors.txt`: `retailer`, `chipmaker`)."""
DESCRIBING_NATIONALITIES: frozenset[str] = NATIONALITIES | NATIONALITY_ADJECTIVES
"""Nationalities that open a company's description before a maker's name (`Canadian Caterpillar dealership`)."""
_NAME_WORDS = range(1, 5)
"""How many words the company's name after the descriptor may have."""


def _is_name_word(word: str) -> bool:
    """Say whether a word may be a company's name word: capitalised, or an `&` between two."""
    return word == "&" or word[:1].isupper()


def past_trade_descriptor(words: list[str]) -> list[str]:
    """Return the words of a capitalised run past a company's trade that opens it (`Retailer Brightway` ->
    `Brightway`); an empty list when no trade opens it or the rest is a person's name or a post."""
    if len(words) < 2 or words[0].lower() not in TRADE_DESCRIPTORS or not words[0][1:].islower():
        return []  # the cheap test first: most runs open on no trade
    rest = words[1:]
    if len(rest) not in _NAME_WORDS or not all(map(_is_name_word, rest)) \
            or any(w.lower() in ROLES for w in rest) or given_person(" ".join(rest)):
        return []  # "Miner Jo Roe", "Broadcaster Chief Executive Jo Roe": a person
    return rest


_TRADE_THEN_NAME_RE = re.compile(r"[ \t]+(?:[a-z\-]+[ \t]+){0,2}?(?:%s)[ \t]+[A-Z]" % "|".join(
    sorted(TRADE_DESCRIPTORS, key=len, reverse=True)))
"""A company's trade, perhaps after a lower-case word or two, then a capitalised name (` dealership Finning`)."""


def describes_trade(text: str, run: str, end: int) -> bool:
    """Say whether a run opening on a nationality describes the company whose trade and name follow it (`Canadian
    Caterpillar` before ` dealership Finning`, wave 55e): the maker's words, never a person nor a body of their own."""
    return run.split(None, 1)[0].lower() in DESCRIBING_NATIONALITIES and _TRADE_THEN_NAME_RE.match(text, end) is not None
