"""A body's own unit named in capitals after its owner's possessive and before a unit's noun (wave 42b): `Tarrow
Council's Food Safety team` is Tarrow Council's, `the borough's Parks and Open Spaces department` the borough's. The
unit's capitals name no party: a name read across the possessive is cut to the owner, a name read after it is none."""
from __future__ import annotations

import re

from .vocabulary import load_words

UNIT_NOUNS: frozenset[str] = load_words("unit_nouns")
"""Lower-case nouns closing a unit's name (`data/unit_nouns.txt`)."""
_UNIT_AFTER_RE = re.compile(r"[ \t]+(?:%s)\b" % "|".join(sorted(UNIT_NOUNS, key=len, reverse=True)))
"""A unit's noun right after its capitalised name (` team`, ` department`)."""
_POSSESSIVE_RE = re.compile(r"['\u2019]s[ \t]+(?=[A-Z])")
"""A possessive before a unit's capitalised name (`'s `)."""
_POSSESSIVE_BEFORE = ("'s ", "\u2019s ")
"""An owner's possessive ending right before a unit's name."""


def closes_on_unit(text: str, end: int) -> bool:
    """Say whether a unit's noun follows a name ending at `end` (`Food Safety| team`)."""
    return _UNIT_AFTER_RE.match(text, end) is not None


def owner_end(name: str) -> int:
    """Return where the owner's possessive starts in a name read across it (`Tarrow Council's Food Safety` -> 14),
    else 0."""
    found = None
    for found in _POSSESSIVE_RE.finditer(name):
        pass
    return found.start() if found is not None else 0


def after_possessive(text: str, start: int) -> bool:
    """Say whether an owner's possessive stands right before a name starting at `start` (`the borough's |Parks`)."""
    return text[max(0, start - 3):start] in _POSSESSIVE_BEFORE
