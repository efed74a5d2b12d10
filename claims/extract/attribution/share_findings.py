"""Survey shares stated with no reporting verb (wave 43g): `26% managed to ...`, `Meanwhile, only 23% registered ...`,
`The majority of firms (61%) introduced ...` in a text that says a body ran a survey are that body's findings, as
`62% said ...` is (`attribution/shares`); a share with no survey in sight, or no body that ran it, stays narration."""
from __future__ import annotations

import re

from ..items import split_items
from ..speakers import Context
from ..text import Span, subtract
from ..vocabulary import is_ed_form, load_words

from .records import Attribution
from .shares import CLAUSE_CHAR, OPENER, SHARE, SURVEY_REACH, SURVEY_WORDS_RE, survey_publisher

SHARE_VERB = (rf"(?P<share>{SHARE})(?:\s+(?:of|among)\s+[^,;:.\"\u201c()]{{1,80}}?(?:\s*\(\d+(?:\.\d+)?%\))?)?"
              r"\s+(?P<verb>[a-z]+)\b")
"""A share of those asked and the word after it (`26% managed`, `The majority of owners (64%) think`)."""
SHARE_FINDING_RE = re.compile(
    rf"[\s\u2022\u2013*\-]*(?:(?:(?:Of|Among)\s{CLAUSE_CHAR}{{1,100}}|{OPENER}),\s*)?"
    + SHARE_VERB, re.IGNORECASE)
"""A sentence that opens on a share of those asked and its verb, maybe after an opener (`However,`, `Of these,`)."""
SHARE_VERB_RE = re.compile(SHARE_VERB, re.IGNORECASE)
FINITE_WORDS: frozenset[str] = load_words("share_verbs")
"""Finite verbs a share of those asked does that are not `-ed` forms (`had`, `saw`, `think`, `plan`)."""
_NOT_FINITE: frozenset[str] = frozenset("based needed used owned aged".split())
"""`-ed` words after a share that are no finite verb of the people asked (`62% based on ...`)."""


def may_state_share(body: str) -> bool:
    """Say whether a block may hold a survey share (the cheap test before the sentences are read)."""
    return ("%" in body or "per cent" in body or "majority" in body) \
        and any(_finite(found.group("verb")) for found in SHARE_VERB_RE.finditer(body))


def share_finding(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Give a sentence that opens on a survey share and a finite verb (`26% managed to ...`) to the body that ran the
    survey, the share kept in the claim; None when it opens otherwise or no survey or body is in sight."""
    found = SHARE_FINDING_RE.match(text, sentence[0], sentence[1])
    if found is None or not _finite(found.group("verb")):
        return None
    start = found.start("share")
    if SURVEY_WORDS_RE.search(text, max(0, start - SURVEY_REACH), start) is None:
        return None  # "Half of the money went ...": no one was asked, no survey's finding
    publisher = survey_publisher(text, start, ctx)
    if publisher is None:
        return None
    spans = tuple(s for part in subtract((start, sentence[1]), holes) for s in split_items(text, part))
    return Attribution(publisher[0], publisher[1], found.group("verb"), spans) if spans else None


def _finite(verb: str) -> bool:
    """Say whether a word after a share is a finite verb of the people asked (`managed`, `had`, `think`)."""
    verb = verb.lower()
    return verb in FINITE_WORDS or is_ed_form(verb) and verb not in _NOT_FINITE
