"""A group of bodies the text does not name, as a cue's subject (`Member charities report that:`, `Local councils
said`, `Smaller lenders warned`): several parties, none of them one the text named, so the claim is the group's in
the text's own words (`unresolved`), never dropped for want of a name and never given to a body named before.
"""
from __future__ import annotations

from .vocabulary import ORG_HEADS, ORG_REFERENCES

MAX_GROUP_WORDS = 3
"""A group's words: its plural noun and at most two words before it (`Member charities`, `Small local firms`)."""
_BODY_NOUNS: frozenset[str] = ORG_REFERENCES | ORG_HEADS
_POINTING: frozenset[str] = frozenset("the these those its their our both".split())
"""Words that point back to bodies the text named (`the councils`, `both firms`): no new group."""


def singular(word: str) -> str:
    """Return a plural noun's singular by its ending (`charities` -> `charity`, `firms` -> `firm`)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-2] if word.endswith(("ches", "shes", "sses")) else word[:-1] if word.endswith("s") else word


def unnamed_group(raw: list[str], words: list[str]) -> tuple[str, str] | None:
    """Return a group of bodies with no name and no determiner (`Member charities`), in the text's words, unresolved;
    else None."""
    if not 2 <= len(words) <= MAX_GROUP_WORDS or not words[-1].endswith("s") or singular(words[-1]) not in _BODY_NOUNS:
        return None
    if not all(w.isalpha() for w in words) or any(w[:1].isupper() for w in raw[1:]) or words[0] in _POINTING:
        return None  # "Acme Group companies": a name's words; "the councils": the ones named before
    return " ".join(raw), "unresolved"
