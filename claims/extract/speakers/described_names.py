"""A body's name after the common noun that says what kind of body it is, with that noun's modifiers before it (`the
consumer group Fairbasket`, `the market research firm Quorvel`, `the independent energy charity Warmlea`): the name
speaks, the description before it is set aside (wave 26e). A modifier may be the possessive of the people the body
serves (`the victims' charity Lanternhold`), and a sentence may open on the first of two or more modifiers (`App
analytics firm Metricbay said`) (wave 28g). After `the`, the bare noun may stand alone before a one-word name (`a survey by
the charity Mossgate`, wave 29h). A company's trade is such a kind too, its first modifier any word opening the
sentence (`Budget rival Skyline said`, wave 43l), and so is an inspectorate's noun, its one modifier capitalised or
not (`Schools inspectors Ofcare said`, `rated good by Government inspectors Ofcare`, wave 44f)."""
from __future__ import annotations

from ..trade_descriptors import DESCRIBING_NATIONALITIES, TRADE_DESCRIPTORS
from ..vocabulary import INSPECTORATE_HEADS, ROLES, SINGULAR_POSSESSIVES, TITLE_QUALIFIERS, load_words

from .words import BODY_NOUNS, PEOPLE_GROUPS

DESCRIBED_KINDS: frozenset[str] = BODY_NOUNS | load_words("described_kinds") | TRADE_DESCRIPTORS
"""Nouns that say what kind of body the name after them is: a body's own nouns, `site`, `magazine` and the like, and
a company's trade (`energy supplier`, `budget rival`, 43l)."""
MAX_MODIFIERS = 3
"""How many lower-case words may stand before the body's noun (`the independent energy research charity`)."""
_NOT_MODIFIERS: frozenset[str] = frozenset("of for at with from in on by to and or but as who which that its their his "
                                           "her our said says".split())
"""Words that make the words around them a phrase of their own (`a spokeswoman for the group X`), not a modifier."""
_POSSESSIVE_ENDINGS: tuple[str, ...] = (*SINGULAR_POSSESSIVES, "'", "\u2019")
"""How a modifier that is a possessive ends (`children's`, `victims'`): a singular's ending, or an apostrophe alone."""


def _is_plain_word(word: str) -> bool:
    """Say whether a word is plain lower-case letters and no link word or post."""
    return word.replace("-", "").isalpha() and word.islower() and word not in _NOT_MODIFIERS \
        and (word not in ROLES or word in TITLE_QUALIFIERS)  # "financial data firm X": a field, no post (42a)


def _is_possessive_modifier(word: str) -> bool:
    """Say whether a word is the possessive of plain words (`victims'`, `children's`): whom the body serves."""
    ending = next((end for end in _POSSESSIVE_ENDINGS if word.endswith(end)), "")
    return bool(ending) and _is_plain_word(word.removesuffix(ending))


def _is_modifier(word: str) -> bool:
    """Say whether a word may modify the body's noun after it: plain lower-case letters, no link word, no post."""
    return _is_plain_word(word) and word not in PEOPLE_GROUPS or _is_possessive_modifier(word)


def _are_modifiers(words: list[str]) -> bool:
    """Say whether words all modify the body's noun; the first may be capitalised when two or more stand (`App
    analytics firm`), a sentence's opening, or when it is a nationality or field (`British firm`, wave 42a)."""
    first = words[0].lower() if len(words) > 1 or words[0].lower() in TITLE_QUALIFIERS else words[0]  # "British firm"
    return all(map(_is_modifier, [first, *words[1:]]))


def past_described_kind(raw: list[str]) -> list[str]:
    """Return the words of a subject past a described kind of body before a capitalised name (`consumer group
    Fairbasket` -> `Fairbasket`); the words unchanged when no such kind opens them."""
    for at in range(1, min(len(raw) - 1, MAX_MODIFIERS + 1)):
        if raw[at] in DESCRIBED_KINDS and raw[at + 1][:1].isupper() and (_are_modifiers(_modifiers_of(raw, at))
                                                                          or _maker_before_trade(raw, at)):
            return raw[at + 1:]
    return raw


def _maker_before_trade(raw: list[str], at: int) -> bool:
    """Say whether a nationality and a maker's name stand before a company's trade (`Canadian Caterpillar dealership
    Finning`, `US Ford dealer Acme`): the dealer's name after the trade speaks, never the maker's (wave 55e)."""
    return raw[at] in TRADE_DESCRIPTORS and at >= 2 and raw[0].lower() in DESCRIBING_NATIONALITIES \
        and all(word.isalpha() and (word[:1].isupper() or _is_modifier(word)) for word in raw[1:at])


def _modifiers_of(raw: list[str], at: int) -> list[str]:
    """Return the words before a described kind, the first in lower case before a company's trade or an examiner's
    noun: any word may open a sentence there (`Budget rival Skyline said`, `Energy supplier Voltmere said`, wave 43l),
    or stand capitalised before inspectors (`rated good by Government inspectors Ofcare`, wave 44f)."""
    return [raw[0].lower(), *raw[1:at]] if raw[at] in TRADE_DESCRIPTORS or raw[at] in INSPECTORATE_HEADS else raw[:at]


def past_bare_kind(raw: list[str]) -> list[str]:
    """Return the words past a body's bare noun right before a capitalised name (`charity Mossgate` -> `Mossgate`, read
    after `the`); the words unchanged when no such noun opens them."""
    if len(raw) >= 2 and raw[0] in DESCRIBED_KINDS and raw[1][:1].isupper():
        return raw[1:]
    return raw
