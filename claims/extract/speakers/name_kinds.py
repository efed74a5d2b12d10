"""The kind a speaker's own name shows, read for a row once the text is read (wave 31e): who speaks is left as the
rules read it, only the kind moves.

- A body whose name's head is a board or a branch (`data/examining_heads.txt`) and whose words before that head say
  what it regulates (`data/regulating_words.txt`: `Fuel Markets Board`, `Marine Safety Board`) or investigates
  (`data/investigating_words.txt`: `Rail Accident Investigation Branch`), or whose head is itself an inquiry
  (`Pellmoor Dam Inquiry`), is an inspectorate, as a commission or an authority of that name is. Words after the
  head (`State Bureau of Investigation`, `Board of Inquiry`) say nothing of the kind.
- A name of two words or more read as a person's, capitalised at both ends, whose last word is a trade's (`data/trade_endings.txt`: `Halden
  Property Management`, `Morrow Surveyors`) is a body's: no family name is such a word.
- (wave 36d) A name read as a person's that ends on a lower-case noun of a body's unit (`data/owned_units.txt`) after
  its owner's possessive (`The Secretary of State's office`, `Unison's Tarnvale police staff branch`) is a body's.
- (wave 47g) A name of two words or more read as a person's that opens on a capitalised plural noun of people
  (`speakers/words.PEOPLE_GROUPS`: `Carers Lifeline`, `Tenants Lantern`) is a body's: no given name is such a plural.
- A name read as a body's that ends on a post's word and a person's name a known given name opens (`given_people`:
  `Harbour EMS Director Gemma Achterberg`, `FSB Director of Operations Priyanka Oyelaran`) is that person's (wave 35h).
"""
from __future__ import annotations

import functools

from ...model import BODY_KINDS
from ..entities import head_noun
from ..given_people import post_holder, trade_name
from ..vocabulary import REGULATING_WORDS, load_words, without_possessive, SINGULAR_POSSESSIVES
from .words import PEOPLE_GROUPS

EXAMINING_HEADS: frozenset[str] = load_words("examining_heads")
"""Heads of a body that examines when the words before them say what (`board`, `branch`)."""
INVESTIGATING_WORDS: frozenset[str] = load_words("investigating_words")
"""Words naming investigating work (`investigation`, `accident`, `inquiry`)."""
OWNED_UNITS: frozenset[str] = load_words("owned_units")
"""Lower-case nouns of a body's unit that end a name after its owner's possessive (`office`, `branch`)."""
_EXAMINING_WORDS: frozenset[str] = REGULATING_WORDS | INVESTIGATING_WORDS
"""What the words before an examining head may say: what the body regulates or investigates."""
NAMES_KEPT = 1024
"""How many names and kinds `kind_by_name` keeps its answer for."""


@functools.lru_cache(maxsize=NAMES_KEPT)
def kind_by_name(name: str, kind: str) -> str:
    """Return the kind a row's speaker's name shows: an inspectorate for an examining body read as an organisation,
    an organisation for a trade's name or an owned office read as a person's, a person for a post's holder read as a
    body; else the kind as it was. Remembered for the last names asked (asked for every row, wave 40a): the answer
    depends on the name and the kind alone."""
    if kind == "organisation" and examining_name(name):
        return "inspectorate"
    if kind == "person" and (trade_name(name) or owned_unit(name) or group_opened(name)):
        return "organisation"
    if kind in BODY_KINDS and post_holder(name):
        return "person"  # "Harbour EMS Director Gemma Achterberg": the post's holder (35h)
    return kind


def group_opened(name: str) -> bool:
    """Say whether a name of two words or more opens on a capitalised plural noun of people (`Carers Lifeline`,
    `Tenants Lantern`): the people a group is for, never a given name (wave 47g)."""
    first, _, rest = name.partition(" ")
    return bool(rest) and first[:1].isupper() and first.lower() in PEOPLE_GROUPS


def examining_name(name: str) -> bool:
    """Say whether a body's name is an inquiry's, or a board's or a branch's that says before its head what it
    regulates or investigates."""
    head = head_noun(name)
    if head in INVESTIGATING_WORDS:
        return True
    if head not in EXAMINING_HEADS:
        return False
    words = [without_possessive(word) for word in name.lower().split()]
    return not _EXAMINING_WORDS.isdisjoint(words[:words.index(head)] if head in words else [])


def owned_unit(name: str) -> bool:
    """Say whether a name ends on a lower-case noun of a body's unit after its owner's possessive (`The Secretary of
    State's office`, `Unison's Tarnvale police staff branch`)."""
    words = name.split()
    return len(words) >= 2 and words[-1] in OWNED_UNITS \
        and any(word.endswith(SINGULAR_POSSESSIVES) for word in words[:-1])
