"""A record's title after its owner's possessive as the subject of a cue (`The agency's annual Environmental Outlook,
published on Tuesday, found`, `The Rail Office's Passenger Journeys statistics show`): the owner speaks, never a
person or body read in the title (wave 24b)."""
from __future__ import annotations

import re

from ..vocabulary import DOCUMENT_NOUNS

from .appositives import TITLED_DOCUMENTS

_OWNED_TITLE_RE = re.compile(
    r"\s*(?P<owner>(?:[Tt]he\s+)?(?:[A-Za-z][\w\-]*\s+){0,5}?[A-Za-z][\w\-]*)(?:['\u2019]s|(?<=s)['\u2019])\s+"
    r"(?:(?:own|latest|new|annual|monthly|quarterly|weekly|final|draft|interim|\d{4}(?:[-/]\d{2,4})?)\s+){0,2}"
    r"(?P<title>[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|and|for|in|on)){1,6})(?:\s+(?P<noun>[a-z]+))?\s*")
"""An owner's possessive, at most two words of when or which, a title of two capitalised words or more, and at most
one lower-case noun after it: `the agency's annual Environmental Performance Assessment`."""
_PRONOUN_TITLE_RE = re.compile(
    r"\s*(?:[Ii]ts|[Tt]heir)\s+(?:(?:own|latest|new|annual|monthly|quarterly|weekly|final|draft|interim)\s+){0,2}"
    r"(?P<title>[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|and|for|in|on)){1,6})(?:\s+\d{4}(?:[-/]\d{2,4})?)?"
    r"(?:\s+(?P<noun>[a-z]+))?\s*")
"""A body's possessive pronoun, at most two words of which, a title of two capitalised words or more, its year and
at most one lower-case noun after it: `Its Heat Outlook 2027`, `their annual Housing Costs Audit` (wave 36b)."""


_TIME_WORDS: frozenset[str] = frozenset(
    "year years month months week weeks today yesterday tomorrow season quarter decade day night morning weekend "
    "spring summer autumn winter century".split())
"""Words a possessive of time ends on (`this year's National Learner Survey`): a time owns no record."""


def owned_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the span of the owner when text[start:end] is an owner's possessive and a record's title (its last word
    a document's, `Outlook`, `Measures`, or a document noun after it, `statistics`), else None."""
    if text.find("'", start, end) < 0 and text.find("\u2019", start, end) < 0:
        return None  # no possessive: the cheap test first
    match = _OWNED_TITLE_RE.fullmatch(text, start, end)
    if match is None or match.group("owner").split()[-1].lower() in _TIME_WORDS:
        return None  # "The results of this year's National Learner Survey": the survey, no owner
    noun = match.group("noun")
    last = match.group("title").split()[-1].lower()
    if noun in DOCUMENT_NOUNS or noun is None and (last in TITLED_DOCUMENTS or last in DOCUMENT_NOUNS):
        return match.span("owner")
    return None


def pronoun_title(text: str, start: int, end: int) -> str | None:
    """Return the record's noun when text[start:end] is a possessive pronoun and a record's title (`Its Heat Outlook
    2027`: `outlook`), else None."""
    if text[start:end].lstrip()[:1] not in ("I", "i", "T", "t"):
        return None  # no `its` or `their` first: the cheap test first
    match = _PRONOUN_TITLE_RE.fullmatch(text, start, end)
    if match is None:
        return None
    noun = match.group("noun")
    last = match.group("title").split()[-1].lower()
    if noun in DOCUMENT_NOUNS:
        return noun
    return last if noun is None and (last in TITLED_DOCUMENTS or last in DOCUMENT_NOUNS) else None
