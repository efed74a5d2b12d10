"""A scheme's name read as a person's (wave 24c): `the Tamford Assist scheme`, `the Yellow Card scheme`, `the city's
Safe Blocks violence interruption program`, `the Local Link rural transport programme` are two capitalised words
after `the` or a possessive and before a scheme's noun (`data/scheme_nouns.txt`), with at most three lower-case words
between: the name of a scheme, never a person whom a later `she said` means, nor a body."""
from __future__ import annotations

import re

from .vocabulary import load_words

SCHEME_NOUNS: frozenset[str] = load_words("scheme_nouns")
"""Nouns of a scheme, programme or plan (`scheme`, `program`, `initiative`)."""
_SCHEME_AFTER_RE = re.compile(r"[ \t]+(?:(?!(?:the|a|an|its|their|his|her|this|that|to|and|or|said|says)\b)"
                              r"[a-z][a-z\-]*(?<!ed)[ \t]+){0,3}?(?P<noun>%s)\b"
                              % "|".join(sorted(SCHEME_NOUNS, key=len, reverse=True)))
"""A scheme's noun after a name, a few lower-case modifiers between (` violence interruption program`); never an
article, a conjunction or a verb (`said the scheme`, `backed the plan`: the name is the subject)."""
_OPENER_RE = re.compile(r"(?:\b[Tt]he|['\u2019]s)[ \t]+$")
"""What stands right before a scheme's name: `the `, `the city's `."""
_OPENER_REACH = 8
"""How far before the name its opener is read."""


def names_a_scheme(text: str, start: int, end: int) -> bool:
    """Say whether the name text[start:end] is a scheme's: `the` or a possessive right before, a scheme's noun after."""
    if text[end:end + 1] != " " or not text[end + 1:end + 2].islower():
        return False  # the cheap test first: a name followed by a lower-case word
    return _OPENER_RE.search(text, max(0, start - _OPENER_REACH), start) is not None \
        and _SCHEME_AFTER_RE.match(text, end) is not None
