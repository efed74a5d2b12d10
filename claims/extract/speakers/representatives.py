"""A side's legal representative as the speaker (`Counsel for the driver told the court`): the representative in the
text's words, never the side they act for."""
from __future__ import annotations

from ..vocabulary import LEGAL_ROLES

_FOR_WORDS: frozenset[str] = frozenset("for representing".split())
"""Words that join a representative to the side they act for: `counsel for`, `lawyers representing`."""
_SIDE_ROLES: frozenset[str] = frozenset("defence defense prosecuting prosecution crown".split())
"""Words before `counsel` that name its side: `defence counsel`, `prosecuting counsel`."""


def representative(clause: str) -> tuple[str, str] | None:
    """Return a legal representative opening a clause without a name (`Counsel for the driver`, `Lawyers representing
    the family`, `Defence counsel`) as the text's words, one person or a group, else None."""
    words = clause.split()
    lower = [w.lower().strip(",") for w in words]
    if not 2 <= len(words) <= 8:
        return None
    at = 1 if lower[0] in _SIDE_ROLES and len(words) == 2 else 0
    if lower[at] not in LEGAL_ROLES or not (at or lower[1] in _FOR_WORDS or lower[1:3] == ["acting", "for"]):
        return None
    phrase = " ".join(words).rstrip(",")
    return phrase, "unresolved" if lower[at].endswith("s") else "person"
