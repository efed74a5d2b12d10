"""What a ruling body does in its own name (wave 39b): a sentence with no reporting cue whose subject is an
inspectorate or a body the text shows as a regulator, and whose verb directs another party (`The regulator has
directed Acme to:`, `X ordered the landlord to pay £900`, `data/directing_acts.txt`) or rules on its complaints or
appeals in figures or with their matter (`It upheld 38% of the complaints it resolved`, `X has upheld a complaint
that Y misled viewers`, `data/ruling_verbs.txt`, `data/ruled_matters.txt`). The act is the body's claim, read from its
verb on, and a directions lead-in ending in `to:` hands the body the items below it. A person, a company, a council or
a court that orders or upholds keeps the older readings."""
from __future__ import annotations

import re

from ..examiner_offices import houses_examiner
from ..items import split_items
from ..judging_panels import judges_discipline
from ..speakers import Context
from ..speakers.name_kinds import kind_by_name
from ..speakers.regulator_signs import kind_by_signs
from ..text import Span, subtract
from ..vocabulary import DOCUMENT_NOUNS, ENFORCING_ACTS, RULED_MATTERS, RULING_VERBS, load_words, verb_alternation

from .records import Attribution, inside_holes
from .subjects import attribute_at

DIRECTING_ACTS: frozenset[str] = load_words("directing_acts")
"""Verbs by which a ruling body directs another party to act (`ordered`, `has directed`'s `directed`)."""
ACT_RE = re.compile(
    rf"\b(?:(?:has|have|had)\s+)?(?:also\s+)?"
    rf"(?:(?P<direct>{verb_alternation(DIRECTING_ACTS)})\s+(?:[\w&'\u2019.\-]+\s+){{1,6}}?to\b(?P<colon>\s*:\s*$)?"
    rf"|(?:{verb_alternation(RULING_VERBS)})\s+(?:in\s+part\s+)?"
    rf"(?:\S*\d\S*\s+(?:[\w'\u2019\-]+\s+){{0,3}}?(?:{verb_alternation(RULED_MATTERS)})\b"
    rf"|(?:an?|the)\s+(?:{verb_alternation(RULED_MATTERS)})(?=\s+that\b)))")
"""A ruling act from its auxiliary on: `has directed Acme to:`, `ordered the landlord to`, a share or a count in
figures of complaints ruled on, `upheld 38% of the complaints`, `dismissed 1,204 appeals`, or a complaint whose
matter follows, `has upheld a complaint that`; never a bare ruling, `has upheld a complaint by a reader`, which only
shows the body's kind (`speakers/examining_work`)."""
SECOND_VERB_RE = re.compile(rf"\band\s+(?:(?:has|have)\s+)?$|\b(?:which|who|that)\b"
                            rf"|\b(?:{verb_alternation(DIRECTING_ACTS | RULING_VERBS | ENFORCING_ACTS)})\b")
"""Words before an act that make it no first verb of its subject: `X fined Y and ordered`, `It upheld 71% of the
cases and ordered`, `a firm which`."""
PRONOUN_SUBJECTS = frozenset({"It", "They"})
"""Subjects kept in the act's claim (`It upheld 41% of the complaints`), as a continuing figure keeps them."""
ACT_WORDS: tuple[str, ...] = tuple(f" {verb} " for verb in sorted(DIRECTING_ACTS | RULING_VERBS))
"""The act's verbs between spaces, each one the pattern reads (`dismisses` too), for the cheap test."""


def may_act(body: str) -> bool:
    """Say whether a block may hold a ruling act (the cheap test before the pattern)."""
    return any(word in body for word in ACT_WORDS)


def ruling_act(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Give a ruling body's act of directing or ruling to that body, from its verb on, or its directions lead-in
    (`X has directed Acme to:`) as a colon cue; None when the subject is no ruling body."""
    start, end = sentence
    if inside_holes(start, holes):
        return None
    match = ACT_RE.search(text, start, end)
    if match is None or match.start() == start or not _subject_acts(text, start, match.start()):
        return None
    found = attribute_at(text, sentence, match, holes, ctx, record=False)
    if found is None or not _rules(text, found):
        return None
    cue = " ".join(match.group().split()).rstrip(" :")
    if match.group("colon"):
        return Attribution(found.speaker, found.kind, cue, (), colon=True)  # the directions below are its
    opening = start if text[start:match.start()].strip() in PRONOUN_SUBJECTS else match.start()
    spans = tuple(s for part in subtract((opening, end), holes) for s in split_items(text, part))
    return Attribution(found.speaker, found.kind, cue, spans) if spans else None


def _subject_acts(text: str, start: int, end: int) -> bool:
    """Say whether the words before an act are its subject alone: no verb of their own before it (`X fined Y and
    ordered`), no relative clause, and no document (`The notice ordered`: the document's owner is narrated)."""
    before = text[start:end]
    words = before.split()
    return SECOND_VERB_RE.search(before) is None and bool(words) and words[-1].lower() not in DOCUMENT_NOUNS


def _rules(text: str, found: Attribution) -> bool:
    """Say whether the party found is a ruling body: an inspectorate, or a body its name or the text shows as one (the
    kinds its row will take: an office housing an examiner, a tribunal of discipline, a regulator's name or signs)."""
    if found.kind != "organisation":
        return found.kind == "inspectorate"
    name = found.speaker
    return houses_examiner(name) or judges_discipline(name) \
        or kind_by_signs(text, name, kind_by_name(name, found.kind)) == "inspectorate"
