"""A region set off after a town (`Jo Roe of Wichita, Kan., said`, `an inspection of the plant in Fremont, Ohio,
found`, `the depot in Ennis, Co. Clare, showed`): the second part of the town's address, never the party that speaks
(wave 26f). The subject is the clause before it, read as if the town stood alone. The caller reads a region only
when a comma follows it too (`in Fremont, Ohio, found`): `... in January, Acme said` is a claim, then its speaker."""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..vocabulary import any_script, load_words

REGION_FORMS: frozenset[str] = load_words("region_forms")
"""US states in full, abbreviated (`Kan.`, `Calif.`) and as postal codes (`TX`), lower case."""
COUNTY_OPENINGS: frozenset[str] = load_words("county_openings")
"""Words that open a county's name (`Co`, `Co.`, `County`)."""

_TOWN_BEFORE_RE = any_script(re.compile(r"\b(?P<link>in|at|near|outside|from|of)\s+[A-Z][\w'\u2019\-]*"
                                        r"(?:\s+[A-Z][\w'\u2019\-]*){0,2}\s*$"))
"""A town placed by a preposition at the end of the clause before the region (`of Wichita`, `in Fremont`)."""
_PLACING_LINKS: frozenset[str] = frozenset("in at near outside from".split())
"""Prepositions that place the town itself (`of` may instead join a post to its body: `chief executive of Acme`)."""
MAX_REGION_WORDS = 3
"""How many words a region after a town may have (`New Hampshire`, `Co. Clare`, `West Yorkshire`)."""


def is_region_form(clause: str) -> bool:
    """Say whether capitalised words are written as a region (`Kan.`, `Ohio`, `TX`, `Co Mayo`, `County Kerry`,
    `Staffordshire`)."""
    words = clause.split()
    if not 1 <= len(words) <= MAX_REGION_WORDS or not all(w[:1].isupper() for w in words):
        return False
    folded = " ".join(words).lower()
    if len(folded) == 2:
        return clause.strip().isupper() and folded in REGION_FORMS  # a postal code is written in capitals
    if folded in REGION_FORMS:
        return True
    return len(words) == 2 and words[0].lower() in COUNTY_OPENINGS \
        or words[-1].lower().endswith("shire") and len(words[-1]) > len("shire")


def region_after_town(clause: str, before: str) -> bool:
    """Say whether a clause only goes on with the town the clause before ends in: a region's written form after any
    placed town (`of Wichita, Kan.`), or, after a town placed by `in`/`at`/`near`/`outside`/`from`, capitalised
    words the name reader reads as no party at all (`in Kirkwall, Orkney`); never a person's or a body's name (`in
    Leeds, Jo Roe`, `of Acme, Ann Cole`)."""
    town = _TOWN_BEFORE_RE.search(before)
    if town is None:
        return False
    if is_region_form(clause):
        return True
    words = clause.split()
    return town.group("link") in _PLACING_LINKS and 1 <= len(words) <= MAX_REGION_WORDS \
        and all(w[:1].isupper() for w in words) and not find_mentions(f" {before}, {clause}, ", len(before) + 3,
                                                                       len(before) + 3 + len(clause))
