"""A scheme's name read as a person's (wave 24c): `the Tamford Assist scheme`, `the Yellow Card scheme`, `the city's
Safe Blocks violence interruption program`, `the Local Link rural transport programme` are two capitalised words
after `the` or a possessive and before a scheme's noun (`data/scheme_nouns.txt`), with at most three lower-case words
between (wave 68d: or a preposition, in a press that writes schemes with no article, `under Tamford Assist scheme`):
the name of a scheme, never a person whom a later `she said` means, nor a body. Wave 67x: a name of two or three capitalised words whose first is a common English word and no given name
(`Bright Path`, `Fresh Step`, `Early Reach`) that the text names as a scheme, an item of a list after a scheme's noun
and `such as` or `including` (`programmes such as its nursery classes, Bright Path and job training`) or set
off before an article and a scheme's noun (`Fresh Step, a parenting programme,`), is that scheme wherever the text
writes it (`Fresh Step served 400 families`; `listed_scheme`), never a person whom a later `she` means."""
from __future__ import annotations

import re

from .text_caches import per_text
from .title_nouns import common_word_no_given_name
from .vocabulary import ROLES, load_words, verb_alternation

SCHEME_NOUNS: frozenset[str] = load_words("scheme_nouns")
"""Nouns of a scheme, programme or plan (`scheme`, `program`, `initiative`)."""
_SCHEME_AFTER_RE = re.compile(r"[ \t]+(?:(?!(?:the|a|an|its|their|his|her|this|that|to|and|or|said|says)\b)"
                              r"[a-z][a-z\-]*(?<!ed)[ \t]+){0,3}?(?P<noun>%s)\b"
                              % "|".join(sorted(SCHEME_NOUNS, key=len, reverse=True)))
"""A scheme's noun after a name, a few lower-case modifiers between (` violence interruption program`); never an
article, a conjunction or a verb (`said the scheme`, `backed the plan`: the name is the subject)."""
_OPENER_RE = re.compile(r"(?:\b[Tt]he|['\u2019]s|\b(?:[Uu]nder|[Tt]hrough|[Vv]ia|of))[ \t]+$")
"""What stands right before a scheme's name: `the `, `the city's `; or a preposition in a press that writes schemes
with no article (`under Tamford Assist scheme`, `through Safe Blocks programme`, wave 68d)."""
_OPENING_PREPOSITION_RE = re.compile(r"(?:Under|Through|Via)[ \t]+[A-Z]")
"""A preposition opening a sentence that the name reader took into the scheme's name (`Under Tamford Assist`)."""
_OPENER_REACH = 8
"""How far before the name its opener is read."""


def names_a_scheme(text: str, start: int, end: int) -> bool:
    """Say whether the name text[start:end] is a scheme's: `the`, a possessive or a preposition right before, a
    scheme's noun after."""
    if text[end:end + 1] != " " or not text[end + 1:end + 2].islower():
        return False  # the cheap test first: a name followed by a lower-case word
    opened = _OPENER_RE.search(text, max(0, start - _OPENER_REACH), start) is not None \
        or _OPENING_PREPOSITION_RE.match(text, start) is not None  # "Under Tamford Assist scheme, ..."
    return opened and _SCHEME_AFTER_RE.match(text, end) is not None


_NOUNS = verb_alternation(SCHEME_NOUNS)
"""The scheme nouns as an alternation, longest first."""
_LIST_RE = re.compile(rf"\b(?i:{_NOUNS})[ \t]+(?:such[ \t]+as|including|like)[ \t]+(?P<items>[^.;:\n]+)")
"""A list of schemes after a scheme's noun (`programmes such as its nursery classes, Bright Path and job training`)."""
_ITEM_SPLIT_RE = re.compile(r",[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
"""What parts a list's items: a comma, `and`, `or`."""
_SET_OFF_RE = re.compile(rf"(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{1,2}}),[ \t]+(?:an?|the)[ \t]+"
                         rf"(?:[a-z][a-z\-]*[ \t]+){{0,3}}?(?:{_NOUNS})\b")
"""A name set off before an article and a scheme's noun (`Fresh Step, a parenting programme,`)."""
_SET_OFF_NEXT_RE = re.compile(r"[ \t]+(?P<word>[a-z]+)")
"""The lower-case word after a set-off scheme's noun (a post's word makes it a person's: `a programme manager`)."""
_NAME_RE = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,2}")
"""A list item that is a name of two or three capitalised words."""


def listed_scheme(text: str, name: str) -> bool:
    """Say whether a name read as a person's (`Bright Path`, `Fresh Step`) is a scheme the text names as one."""
    return _scheme_words(name) and name in _named_schemes(text)


def _scheme_words(name: str) -> bool:
    """Say whether a name's first word is a common English word and no given name (`Fresh`, `Head`; never `Frank`,
    `Dana`; `title_nouns.common_word_no_given_name`)."""
    return common_word_no_given_name(name.split(None, 1)[0])


@per_text(4)
def _named_schemes(text: str) -> frozenset[str]:
    """Return the names a text gives as schemes: items of a scheme list, names set off before a scheme's noun."""
    names = {item for found in _LIST_RE.finditer(text) for item in _list_items(found.group("items"))}
    for found in _SET_OFF_RE.finditer(text):
        following = _SET_OFF_NEXT_RE.match(text, found.end())
        if following is None or following.group("word") not in ROLES:
            names.add(" ".join(found.group("name").split()))
    return frozenset(name for name in names if _scheme_words(name))


def _list_items(items: str) -> list[str]:
    """Return the items of a list that are names of two or three capitalised words (`Bright Path`)."""
    return [" ".join(item.split()) for item in _ITEM_SPLIT_RE.split(items) if _NAME_RE.fullmatch(item.strip())]
