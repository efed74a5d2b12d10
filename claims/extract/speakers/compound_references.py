"""A short reference whose head is a compound of two body nouns (`the hospital group`, `the trust board`, `the health
board`): the last noun is the head, so `the hospital group` is the group that runs a hospital, never the hospital."""
from __future__ import annotations

from ..vocabulary import ORG_HEADS, ORG_REFERENCES, without_possessive


def compound_goes_on(words: list[str], index: int) -> bool:
    """Say whether the body noun at `index` is only a modifier: the next word is a body noun too (`hospital` in `the
    hospital group`), so the reference is to the body the last noun names."""
    following = without_possessive(words[index + 1]) if index + 1 < len(words) else ""
    return following in ORG_HEADS or following in ORG_REFERENCES
