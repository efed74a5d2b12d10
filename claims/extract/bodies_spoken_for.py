"""A person speaking for a body (wave 22a): `Jo Roe for the World Food Programme (WFP) said`, as UN briefing notes,
joint statements and wire copy write a spokesperson's name, is the person; the body after `for` is named for whom
she speaks. A body that did work for another (`Acme Polling for the Food Standards Agency`), a body's own name with
`for` (`Office for Students`) and a post with `for` (`Secretary of State for Health`) are no person.

Word tests only, below the name reader (`entities`) that calls them.
"""
from __future__ import annotations

from .title_nouns import is_common_noun, may_open_a_name
from .vocabulary import HONORIFICS, NOT_NAMES, ORG_HEADS, ROLES

FOR = " for "
_NAME_WORDS = range(2, 4)
"""How many words the person's name before `for` has, titles aside (`Jo Roe`, `Ann Mary Roe`)."""


def _name_word(word: str) -> bool:
    """Say whether a word may be part of a person's name: no post, body's head, common noun or word never a name."""
    lower = word.lower()
    return lower not in ROLES and lower not in ORG_HEADS and lower not in NOT_NAMES and not is_common_noun(word)


def spoken_for_cut(name: str) -> int:
    """Return where ` for ` parts a person's name from the body she speaks for (`Jo Roe for the X Fund`), else -1:
    before it, after any honorific (`Dr.`), two or three words of a person's name, the first a given name."""
    at = name.find(FOR)
    if at <= 0:
        return -1
    words = name[:at].split()
    while words and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    if len(words) not in _NAME_WORDS or not may_open_a_name(words[0]) or not all(map(_name_word, words)):
        return -1
    return at
