"""The body a title is `to`, `of` or `for` before a person's name, written without a comma (`Chief Secretary to the
Treasury Anita Marwick`, `Minister for the Environment Jo Roe`): the body's words are no part of the person's name.
"""
from __future__ import annotations

import re

from .vocabulary import GAELIC_PARTICLES, NAME_PARTICLES, ROLES

_TITLE_TO_THE_RE = re.compile(r"\b(?P<title>[A-Za-z]+)[ \t]+(?:to|of|for)[ \t]+the[ \t]+$")
"""A title and the link to its body, right before the body's name: `Secretary to the `, `Minister for the `."""
MAX_TITLE_REACH = 40
"""How far before the name the title may stand."""


def without_title_body(text: str, start: int, name: str) -> str:
    """Return a person's name without the body a title before it names (`Treasury Anita Marwick` after `Chief
    Secretary to the` -> `Anita Marwick`): its last two words (three with a middle initial), a family name that opens
    on particles counted as one word (`Orla Ni Bhraonain`, `Jo van der Berg`, wave 47d)."""
    if name.count(" ") < 2 or text[start - 4:start] != "the ":
        return name  # a name of three words or more right after `the ` (the cheap test first)
    found = _TITLE_TO_THE_RE.search(text, max(0, start - MAX_TITLE_REACH), start)
    if found is None or found.group("title").lower() not in ROLES:
        return name
    words = name.split()
    family = len(words) - 1
    while family > 1 and _is_particle(words[family - 1]):
        family -= 1  # "Ni Bhraonain", "van der Berg": the particles open the family name
    keep = len(words) - family + (2 if re.fullmatch(r"[A-Z]\.?", words[family - 1]) else 1)
    return " ".join(words[-keep:])


def _is_particle(word: str) -> bool:
    """Say whether a word is a particle that opens a family name (`van`, `de`, `bin`, `Ni`, `Mac`, `Ó`)."""
    return word in NAME_PARTICLES or word.lower() in GAELIC_PARTICLES
