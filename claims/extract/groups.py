"""A group of bodies the text does not name, as a cue's subject (`Member charities report that:`, `Local councils
said`, `Smaller lenders warned`): several parties, none of them one the text named, so the claim is the group's in
the text's own words (`unresolved`), never dropped for want of a name and never given to a body named before. So is a collective gathered under one
noun (`A coalition of 14 charities said`, `A group of 30 GPs warned`, `An alliance of tenants' groups said`).
"""
from __future__ import annotations

import re

from .vocabulary import ORG_HEADS, ORG_REFERENCES, load_words

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


COLLECTIVE_HEADS = load_words("collective_heads")
"""Nouns that gather parties (`coalition`, `group`, `alliance`, `consortium`)."""
_ARTICLES: frozenset[str] = frozenset("a an".split())
"""An indefinite article opens a collective the text names for the first time (`the group` points back)."""
MIN_COLLECTIVE_WORDS = 4
"""A collective is an article, its noun, `of` and at least one word of its members (`A group of GPs`)."""


def collective(raw: list[str], words: list[str]) -> tuple[str, str] | None:
    """Return an unnamed collective (`A coalition of 14 charities`) in the text's words, unresolved; else None."""
    if len(words) < MIN_COLLECTIVE_WORDS or words[0] not in _ARTICLES or words[1] not in COLLECTIVE_HEADS \
            or words[2] != "of":
        return None
    if raw[-1][:1].isupper() and PLURAL_ACRONYM_RE.fullmatch(raw[-1].strip(",")) is None:
        return None  # "A group of Acme Holdings": a name the text may resolve; "A group of GPs" is people
    return " ".join(raw), "unresolved"


PLURAL_ACRONYM_RE = re.compile(r"[A-Z]{2,}s")
"""Members named by a plural acronym (`GPs`, `NGOs`, `MPs`): people or bodies, no name."""
