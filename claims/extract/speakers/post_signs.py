"""A speaker read as a person's name whom the text gives a body's post (wave 56b): the text writes a spokesperson's or
a chief executive's noun right after the name (`Welland Valley Steel spokeswoman`, `Tessaly Mills chief executive`),
or a spokesperson `from` it (`A spokesperson from Hafren Dyfrdwy defended`), so the name is a body's; a person's has
no spokesperson from it. Read for a row once the text is read: who speaks stays as the rules read it, only the kind
moves; a name a known given name opens (`given_people`) stays a person's."""
from __future__ import annotations

import functools
import re

from ..given_people import opens_on_given_name
from ..vocabulary import load_words

BODY_POST_NOUNS: frozenset[str] = load_words("body_post_nouns")
"""Posts of a body's people written after its name (`spokeswoman`, `chief executive`)."""
SPOKESPEOPLE: frozenset[str] = frozenset(noun for noun in BODY_POST_NOUNS if noun.startswith("spokes"))
"""The posts written before `from` and the body's name (`a spokesperson from X`)."""
_POSTS = "|".join(sorted(BODY_POST_NOUNS, key=len, reverse=True))
_SPOKES = "|".join(sorted(SPOKESPEOPLE, key=len, reverse=True))
NAMES_KEPT = 256
"""How many texts and names `shown_with_post` keeps its answer for."""


def kind_by_posts(text: str, name: str, kind: str) -> str:
    """Return `organisation` for a row of a name read as a person's that the text gives a body's post, else the kind
    as it was."""
    return "organisation" if kind == "person" and shown_with_post(text, name) else kind


@functools.lru_cache(maxsize=NAMES_KEPT)
def shown_with_post(text: str, name: str) -> bool:
    """Say whether the text writes a body's post right after a name of two words or more (`X spokeswoman`) or a
    spokesperson from it (`a spokesperson from X`), the name opening on no known given name."""
    if len(name.split()) < 2 or opens_on_given_name(name):
        return False
    named = re.escape(name)
    return re.search(rf"(?<![\w'\u2019]){named}\s+(?i:{_POSTS})\b|\b(?i:{_SPOKES})\s+from\s+(?:the\s+)?{named}"
                     rf"(?![\w'\u2019])", text) is not None
