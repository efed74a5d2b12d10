"""A verb glued to a body's head noun by a lost space (wave 66x): a page that lost a space or a line break writes
`Kelby Community Foundationawarded 40 grants`; the name is the run up to the head (`Kelby Community Foundation`), the
verb no part of it. A word is so glued when it opens on a capitalised head noun (`data/org_heads.txt`, through
`vocabulary.ORG_HEADS`) and ends on a verb's past or a reporting verb (`awarded`, `said`, `announced`) of three
letters or more, and the word list holds no such word (`Councillors`, `Boardwalked` are words; `Waterford`,
`Trustpilot`, `Unionised` end on no verb)."""
from __future__ import annotations

import re

from .title_nouns import WORDS
from .vocabulary import CUE_VERBS, ORG_HEADS, is_past_form

_HEADS: frozenset[str] = frozenset(head for head in ORG_HEADS if head.isalpha() and len(head) > 3)
"""One-word heads of four letters or more, lower case (`foundation`, `council`, `trust`)."""
MIN_VERB_CHARS = 3
"""The fewest letters of a glued verb (`said`, `won`)."""
MIN_GLUED_CHARS = 7
"""The fewest letters of a head and a glued verb (`Boardsaid`, `Trustfound`): a shorter word is tested no further."""
MIN_ED_VERB = 5
"""The fewest letters of a glued regular past (`added`; never a suffix such as `-ised` of `Unionised`)."""


def glued_verb_start(word: str) -> int | None:
    """Return where a verb glued to a capitalised head noun starts in a word (`Foundationawarded`: 10), else None."""
    if len(word) < MIN_GLUED_CHARS or not word[:1].isupper() or not word[-1:].islower():
        return None  # the cheap test first
    if word.lower() in WORDS or word in WORDS:
        return None  # "Councillors", "Trusty": words of their own
    for cut in range(len(word) - MIN_VERB_CHARS, 3, -1):
        verb = word[cut:]
        if word[:cut].lower() in _HEADS and verb.islower() and (verb in CUE_VERBS or is_past_form(verb, MIN_ED_VERB)):
            return cut  # the longest head before a verb
    return None


_RUN_WORD_RE = re.compile(r"\S+")
"""A run's word, as `str.split` cuts it."""


def glued_verb_end(text: str, start: int, end: int) -> int:
    """Return where a capitalised run text[start:end] ends before a verb glued to one of its words' head, else
    `end`."""
    for word in _RUN_WORD_RE.finditer(text, start, end):
        glued = glued_verb_start(word.group())
        if glued is not None:
            return word.start() + glued
    return end
