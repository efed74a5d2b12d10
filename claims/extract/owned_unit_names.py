"""A body's own unit named in capitals after its owner's possessive and before a unit's noun (wave 42b): `Tarrow
Council's Food Safety team` is Tarrow Council's, `the borough's Parks and Open Spaces department` the borough's. The
unit's capitals name no party: a name read across the possessive is cut to the owner, a name read after it is none;
so is a title in capitals after an owner's possessive and before a document's noun (`the Trust's annual Life After
Service survey`): the owner's document."""
from __future__ import annotations

import re

from .vocabulary import DOCUMENT_NOUNS, load_words

TIME_OWNERS: frozenset[str] = load_words("time_owners")
"""Words of time whose possessive owns nothing (`last year's`, `data/time_owners.txt`)."""
UNIT_NOUNS: frozenset[str] = load_words("unit_nouns")
"""Lower-case nouns closing a unit's name (`data/unit_nouns.txt`)."""
_UNIT_AFTER_RE = re.compile(r"[ \t]+(?:%s)\b" % "|".join(sorted(UNIT_NOUNS, key=len, reverse=True)))
"""A unit's noun right after its capitalised name (` team`, ` department`)."""
_DOCUMENT_AFTER_RE = re.compile(r"[ \t]+(?:%s)\b" % "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True)))
"""A document's noun right after its capitalised title (` survey`, ` report`)."""
_POSSESSIVE_RE = re.compile(r"['\u2019]s[ \t]+(?=[A-Z])")
"""A possessive before a unit's capitalised name (`'s `)."""
_LETTERS = r"(?:[ \t]+\([A-Z][A-Za-z&]{1,9}\))?"
"""The owner's letters in brackets, which a possessive may stand before or after (`Association's (TRA)`, wave 52e)."""
_OWNER_BEFORE_RE = re.compile(r"(?P<owner>\w+)%s['\u2019]s%s[ \t]+(?:[a-z]+[ \t]+){0,2}$" % (_LETTERS, _LETTERS))
"""An owner's possessive before a unit's name or a document's title, a lower-case word or two between at most, and
the owner's letters in brackets on either side of it (`the Transit Riders Association's (TRA) Passenger Transport
newsletter`)."""
_OWNER_REACH = 30
"""How far before a name its owner's possessive is read."""


def closes_on_unit(text: str, end: int) -> bool:
    """Say whether a unit's noun follows a name ending at `end` (`Food Safety| team`)."""
    return _UNIT_AFTER_RE.match(text, end) is not None


def closes_on_document(text: str, end: int) -> bool:
    """Say whether a document's noun follows a title ending at `end` (`Life After Service| survey`)."""
    return _DOCUMENT_AFTER_RE.match(text, end) is not None


def owner_end(name: str) -> int:
    """Return where the owner's possessive starts in a name read across it (`Tarrow Council's Food Safety` -> 14),
    else 0."""
    found = None
    for found in _POSSESSIVE_RE.finditer(name):
        pass
    return found.start() if found is not None else 0


def after_possessive(text: str, start: int) -> bool:
    """Say whether an owner's possessive stands before a name starting at `start`, a lower-case word or two between at
    most (`the borough's |Parks`, `The Trust's annual |Life`); a word of time owns nothing (`last year's |Tax`)."""
    reach = max(0, start - _OWNER_REACH)
    if text.find("'s", reach, start) < 0 and text.find("\u2019s", reach, start) < 0:
        return False  # the cheap test first: every match holds `'s` or `\u2019s`
    owner = _OWNER_BEFORE_RE.search(text, reach, start)
    return owner is not None and owner.group("owner").lower() not in TIME_OWNERS  # "last year's": no owner
