"""A verb of record in a relative clause with no `that` after a superlative (`last year's 6,112 incidents being the
lowest the Service has recorded since records began`, `the highest rate the firm has recorded`): the clause says how
the figure ranks, and its verb reports nothing (wave 55d)."""
from __future__ import annotations

import re

from ..vocabulary import load_words

SUPERLATIVES: frozenset[str] = load_words("superlatives")
"""Superlatives a contact relative clause follows (`data/superlatives.txt`)."""
CONTACT_CLAUSE_RE = re.compile(
    r"\b(?:%s)(?:[ \t]+(?!(?:in|of|for|at|on|across|among|to|from|by|with|and|or)\b)[a-z][\w\-]*){0,3}?[ \t]+"
    r"(?:(?:the|this|its|their|our|his|her)[ \t]+(?:[\w\-\u2019']+[ \t]+){0,3}?|[A-Z][\w\-]*[ \t]+(?:[A-Z][\w\-]*[ \t]+){0,3}"
    r"|we[ \t]+|it[ \t]+|they[ \t]+)(?:has|have|had)(?:[ \t]+ever)?[ \t]+\Z" % "|".join(sorted(SUPERLATIVES)))
"""A superlative, up to three words of its noun (`rate`, `monthly total`; no preposition: `the largest employer in
Barford has said` is an apposition and its verb), the clause's subject (`the Service`, `the county council`, `Acme`,
`we`) and a perfect's auxiliary right before the verb."""
REACH = 90
"""How far before the verb the superlative may stand."""


def in_superlative_clause(text: str, start: int, offset: int) -> bool:
    """Say whether the cue word at `offset` is the verb of a relative clause after a superlative (`the lowest the
    Service has recorded`), not a cue."""
    return CONTACT_CLAUSE_RE.search(text, max(start, offset - REACH), offset) is not None
