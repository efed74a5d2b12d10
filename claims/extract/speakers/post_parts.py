"""A person's post set off over several clauses before the cue (wave 22a): `Jo Roe, Director, England North, at the X
Fund, said` and `Jo Roe, Head of Policy, Wales, with the X Trust, said` are the person; the body after `at` and the
region of her post never speak.

Clause tests only (clauses nearest the cue first, as `regions` reads them); `regions` reads the person's clause.
"""
from __future__ import annotations

from ..vocabulary import ORG_HEADS, PLACE_WORDS, REGION_WORDS

from .clauses import headed_by_role, is_role_phrase

_MAX_PARTS = 3
"""How many clauses of role and region may stand between the body and the person's name."""
_MAX_REGION_WORDS = 4
"""The most words a region of a post has (`England North`, `North West and Cumbria`)."""


def _post_region(clause: str) -> bool:
    """Say whether a clause is only the region a post covers (`England North`, `Wales`): capitalised words, one a
    place or a region's word, none a body's head."""
    words = clause.split()
    return 0 < len(words) <= _MAX_REGION_WORDS and all(w[:1].isupper() or w in ("and", "the") for w in words) \
        and any(w.lower() in PLACE_WORDS or w.lower() in REGION_WORDS for w in words) \
        and not any(w.lower() in ORG_HEADS for w in words)


def person_clause_past_post(clauses: list[str]) -> int:
    """Return the index of the clause that should name the person when the clause nearest the cue places her at a
    body (`at the X Fund`) and the clauses before it are only her post and its region (`Director`, `England North`),
    else -1: a role and a region must both be there (one role clause alone is read as before)."""
    if len(clauses) < 3 or clauses[0].split()[:1] not in (["at"], ["with"]):
        return -1
    regions = roles = 0
    for index in range(1, min(len(clauses) - 1, _MAX_PARTS + 1)):
        clause = clauses[index]
        if _post_region(clause):
            regions += 1
        elif is_role_phrase(clause) and headed_by_role(clause):
            roles += 1
        else:
            return index if regions and roles else -1
    return min(len(clauses) - 1, _MAX_PARTS + 1) if regions and roles else -1
