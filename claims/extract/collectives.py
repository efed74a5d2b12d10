"""A collective the text does not name, as a cue's subject (`A coalition of 14 charities said`, `A group of 30 GPs
warned`, `An alliance of tenants' groups said`): several parties gathered under one noun, none of them one the text
named, so the claim is the collective's in the text's own words (`unresolved`), never dropped for want of a name."""
from __future__ import annotations

import re

from .vocabulary import load_words

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
