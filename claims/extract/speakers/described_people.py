"""A person's name set off before a lower-case description of what they do for a body that no role list holds
(`Pell Hanrick, landlord of the Otter Arms, said`, `Marta Quillon, national co-ordinator of the X Network, said`,
wave 42d): the description is the person's, so the person speaks, never the body it names; a body so described
(`Otterway Taverns Ltd, owner of the Otter Arms, said`) speaks as itself."""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..text import Span

DESCRIPTION_RE = re.compile(r"\s*(?:[a-z][a-z\-]*\s+){0,3}[a-z][a-z\-]*\s+(?:of|for|at)\s+(?:the\s+)?[A-Z]")
"""A clause of up to four lower-case words, then `of`, `for` or `at` and a capital (`landlord of the Otter Arms`)."""
NO_DESCRIPTION: frozenset[str] = frozenset("the a an who which that whose and or but in on".split())
"""Words that open no description of a person (an article, a relative pronoun, a conjunction, a place's preposition)."""


def person_described(text: str, clause: Span, name: Span, kind: str = "person") -> bool:
    """Say whether a clause describes the party of that kind whose name is the whole clause before it by what it is to
    a body (`landlord of the Otter Arms` after `Pell Hanrick`; `owner of the Otter Arms` after `Otterway Ltd`)."""
    if DESCRIPTION_RE.match(text, *clause) is None or text[slice(*clause)].split()[0] in NO_DESCRIPTION:
        return False
    mentions = find_mentions(text, *name)
    return len(mentions) == 1 and mentions[0].kind == kind \
        and text[mentions[0].start:mentions[0].end] == text[slice(*name)].strip(" ,")
