"""A surname alone after a post written in lower case (`councillor Roe said:`, `SIC leader Roe said`, `the chief
executive, Roe,` is not one): British and Irish papers print the post in lower case before the surname on a later
mention, and the post says the one capitalised word after it is a person, never a body (wave 49d)."""
from __future__ import annotations

import re

from .vocabulary import ROLE_WORDS, STANDALONE_ROLES, names_no_one

_SURNAME_RE = re.compile(r"[A-Z][a-z\u00e0-\u024f'\u2019\-]*[a-z\u00e0-\u024f]")
"""One capitalised word of letters (never `NHS`, `A&E`)."""
_POST_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(]))(?P<post>[a-z][a-z\-]+)[ \t]+$")
"""The lower-case word right before a name, on the same line."""
POST_REACH = 32
"""How far before a name its lower-case post word may start."""
POST_MODIFIERS: frozenset[str] = frozenset(
    "acting assistant chief clinical commercial deputy finance fiscal former general head holder interim junior lead"
    " managing medical member nursing portfolio public senior".split())
"""Role words that qualify a post rather than end it (`senior Whitehall sources`, `chief Executive`): no surname after."""
SURNAME_POSTS: frozenset[str] = (STANDALONE_ROLES & ROLE_WORDS) - POST_MODIFIERS
"""Lower-case post words that make the one capitalised word after them a person (`councillor`, `leader`, `chair`),
never a family word (`son Ryan`: a given name, read by the text's own cues) nor a modifier."""


def post_surname(text: str, start: int, end: int) -> bool:
    """Say whether the one word text[start:end] is a surname right after a lower-case post word (`councillor Roe`)."""
    word = text[start:end]
    if _SURNAME_RE.fullmatch(word) is None or names_no_one(word):
        return False
    before = _POST_BEFORE_RE.search(text, max(0, start - POST_REACH), start)
    return before is not None and before.group("post") in SURNAME_POSTS
