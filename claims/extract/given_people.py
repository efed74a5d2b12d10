"""A person's name told from a body's by its given name (wave 35h): a name of two to four words whose first is a known
given name (`data/given_names.txt`, read through `vocabulary`) and whose other words are a person's name words reads as
a person's (`Brenda Okafor`, `Siobhán Ní Bhriain`). A given name is evidence, never proof: a body's head noun, a legal
form, a place's, a rule's or a trade's word in the name wins (`Ashley Homes`, `Brenda Okafor Ltd`, `Gemma Harbour
Surveyors`), and so does a word that names no one (`Brenda Said`). A name a post's word ends before such a person's
name (`Harbour EMS Director Gemma Achterberg`, `FSB Director of Operations Priyanka Oyelaran`) is that post's holder."""
from __future__ import annotations

import re

from .vocabulary import (
    DOCUMENT_NOUNS, GIVEN_NAMES, NAME_PARTICLES, ORG_HEADS, PLACE_WORDS, ROLES, RULE_WORDS, TRADE_ENDINGS, any_script,
    load_words, names_no_one, without_possessive,
)

BODY_WORDS: frozenset[str] = ORG_HEADS | DOCUMENT_NOUNS | PLACE_WORDS | RULE_WORDS | TRADE_ENDINGS
"""Words that make a name a body's, a place's, a rule's or a document's though a given name opens it."""
MAX_NAME_WORDS = 4
"""The most words a person's full name is read in (`Siobhán Ní Bhriain`, `Mary Anne van Dijk`)."""
NAME_WORD_RE = any_script(re.compile(r"[A-Z](?:[a-z]+|[a-z]*['\u2019\-][A-Z]?[a-z]+|c[A-Z][a-z]+)"))
"""One capitalised word of a person's name: `Roe`, `O'Neill`, `Smith-Jones`, `McAdam` (never `NHS`)."""


def trade_name(name: str) -> bool:
    """Say whether a name of two words or more, capitalised at both ends, ends in a trade's word (`Halden Property
    Management`, `Ashford and Vale Property Management`)."""
    words = name.split()
    return len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper() \
        and words[-1].lower() in TRADE_ENDINGS


def opens_on_given_name(name: str) -> bool:
    """Say whether a name's first word is a known given name (`Brenda Okafor`; not `Tarnwick Cloud`)."""
    words = name.split(maxsplit=1)
    return bool(words) and words[0].lower() in GIVEN_NAMES


def _name_word(words: list[str], at: int) -> bool:
    """Say whether the word at `at` is a person's name word: capitalised as a name, or a particle inside the name."""
    word = without_possessive(words[at])
    if 0 < at < len(words) - 1 and word in NAME_PARTICLES:
        return True  # "Ní", "van", "de" inside a name
    return NAME_WORD_RE.fullmatch(word) is not None and word.lower() not in BODY_WORDS and not names_no_one(word)


def given_person(name: str) -> bool:
    """Say whether a name reads as a person's by its given name: two to four words, a known given name first, every
    word a person's name word."""
    words = name.split()
    return 2 <= len(words) <= MAX_NAME_WORDS and opens_on_given_name(name) \
        and all(_name_word(words, at) for at in range(len(words)))


REMIT_SPAN = 4
"""How many words before a name a post's word may stand, its remit between (`Director of Operations`, `Chief
Executive Service Delivery`)."""
SAINT_WORDS: frozenset[str] = load_words("saint_words")
"""Words that make the name after them a saint's (`St Mary`, `Saint Anne`): a church's or a place's, never a holder's."""
REMIT_LINKS: frozenset[str] = frozenset("of for and the".split())
"""Small words a post's remit holds (`Director of Operations`)."""


def _post_before(words: list[str], at: int) -> bool:
    """Say whether a post's word stands before the word at `at`, with only its remit's words between (`Director`,
    `Director of Operations`, `Deputy Chief Executive Service Delivery`)."""
    for before in range(at - 1, max(-1, at - 1 - REMIT_SPAN), -1):
        if words[before].lower() in ROLES:
            return True
        if not words[before][:1].isupper() and words[before] not in REMIT_LINKS:
            return False
    return False


def post_holder(name: str) -> bool:
    """Say whether a name ends on a post and then a person's name by its given name (`Harbour EMS Director Gemma
    Achterberg`): the words before the name are the holder's post and employer, never a body of that name; a saint's
    name is no holder's (`Guild of St Mary de Lacy`)."""
    words = name.split()
    return any(_post_before(words, at) and words[at - 1].lower().rstrip(".") not in SAINT_WORDS
               and given_person(" ".join(words[at:]))
               for at in range(max(1, len(words) - MAX_NAME_WORDS), len(words) - 1))
