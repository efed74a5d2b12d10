"""Appositions that only describe the party before them, set off between the speaker and the cue: an age (`The
owner, a 34-year-old from Rhyl who asked not to be named, told ...`, `Jo Roe, aged 71, said`) or a membership
(`Jo Roe, director of Acme, one of the alliance's members, said`). The speaker is the words before them; a place or
a body inside them (`from Rhyl`, `the alliance's`) never speaks; so a rank in a place (`The airline, Europe's largest by
passenger traffic, said`: the airline, wave 42b).
"""
from __future__ import annotations

import re

from .text import Span
from .vocabulary import WEEKDAYS, load_words

_AGED_RE = re.compile(r"\s*(?:(?:a|an)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[\-\u2010\u2011 ]year[\-\u2010\u2011 ]old\b"
                      r"|aged\s+\d{1,3}\b)")
"""An apposition that opens with a person's age: `a 34-year-old`, `an eighty-year-old`, `aged 71`."""
_ONE_OF_RE = re.compile(r"\s*one\s+of\s+(?:the|its|their|his|her|our|[A-Z]|(?:those|these|several|many)\b)")
"""An apposition that makes the party one of a group: `one of the alliance's members`, `one of its founders`, `one
of those who resigned`, `one of several councillors`."""


def describes_by_age(clause: str) -> bool:
    """Say whether a clause set off by commas opens with a person's age (`a 34-year-old from Rhyl`, `aged 71`)."""
    return ("year" in clause or "aged" in clause) and _AGED_RE.match(clause) is not None  # cheap tests first


RANK_WORDS: frozenset[str] = load_words("rank_words")
"""Words of rank after a place's possessive (`data/rank_words.txt`: `largest`, `oldest`)."""
_RANKED_RE = re.compile(r"\s*(?:the\s+)?[A-Za-z]+['\u2019]s\s+(?P<rank>[a-z][a-z\-]*)\b")
"""A place's possessive and the word after it, opening a clause (`Europe's largest`, `the country's oldest`)."""


def describes_by_rank(clause: str) -> bool:
    """Say whether a clause opens on a place's possessive and a word of rank (`Europe's largest by passenger traffic`):
    it describes the party before it (wave 42b)."""
    ranked = _RANKED_RE.match(clause) if "s " in clause[:30] else None
    return ranked is not None and ranked.group("rank") in RANK_WORDS


def describes_apart(clause: str) -> bool:
    """Say whether a clause only describes the party before it: an age, one of a group (`one of its members`), or a
    rank in a place (`Europe's largest`)."""
    return describes_by_age(clause) or "one" in clause[:8] and _ONE_OF_RE.match(clause) is not None \
        or describes_by_rank(clause)


_PLACE_RANK_RE = re.compile(r"the\s+[a-z]+['\u2019]s(?:\s+[a-z][a-z\-]*){1,4}")
"""A body described by a place it serves: `the region's largest operator`, `the county's only hospice`, `the
city's second-biggest employer`."""


def describes_by_place(clause: str) -> bool:
    """Say whether a clause set off after a name describes that body by the place it serves (`Acme Buses, the
    region's largest operator, said`): the name speaks, never the place's body nor the body in focus."""
    return "s " in clause and _PLACE_RANK_RE.fullmatch(clause.strip()) is not None


def without_descriptions(text: str, clauses: list[Span], set_off: bool) -> list[Span]:
    """Drop the describing clauses of a speaker's words (nearest the cue first): the nearest only when a comma closes
    it (`In Rhyl, a 34-year-old man said`: the man speaks), and never all of them."""
    kept = [c for i, c in enumerate(clauses) if not ((i or set_off) and describes_apart(text[slice(*c)]))]
    return kept or clauses


_WHEN_OPENERS: frozenset[str] = frozenset("on yesterday today last this earlier".split()) | WEEKDAYS
"""Words that open when a document came out (`published on Thursday`, `released yesterday`, `issued last week`; a
weekday without `on`, as US copy writes it: `the college's data released Tuesday`, wave 46c)."""


def describes_when(words: list[str], at: int) -> bool:
    """Say whether the word after a participle of publishing at `at` says when (`the review published on Thursday`):
    the participle only describes the document, whose name ends before it."""
    return at + 1 < len(words) and words[at + 1] in _WHEN_OPENERS


_OF_BODY_RE = re.compile(r"(?:of|at|from|for)(?:\s+(?:the|a|an))?(?:\s+[a-z][a-z\-]*){0,4}"
                         r"|(?:of|at|from|with)\s+(?:the|a|an)(?:\s+[a-z][\w\-]*){1,4}")
"""What links a person to the body they work or speak for, before its name: `of`, `at the`, `of the healthcare research
firm`, `with the housing charity`, `for the` (wave 22a: `Jo Roe for the World Food Programme said`)."""


def links_to_employer(between: str) -> bool:
    """Say whether the words between a person's name and a body's are where the person works (`Dr Jo Roe of the
    research firm Acme said`, `Ann Lee with the charity Warm Homes said`): the person speaks, the body describes
    them."""
    return _OF_BODY_RE.fullmatch(between.strip()) is not None
