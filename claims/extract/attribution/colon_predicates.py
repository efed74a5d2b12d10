"""A quotation after a colon that closes a lead-in whose verb is no speech verb (wave 66e): `Ms Harte spoke about her
inquiry into the closures: "..."`, `The minister defended the plan: "..."`, `She turned to the budget: "..."`, `Val
concluded: "..."`. The lead-in's subject speaks the quotation, as after `X said:`. A lead-in that holds a quotation
mark of its own, or runs long, is read elsewhere, and a document's lead-in (`The report listed:`) is left alone."""
from __future__ import annotations

import re

from ..items import is_verb_like
from ..speakers import Context, Who, speaker_from_region
from ..text import Quote, Span

from .patterns import DOUBLE_MARKS

MAX_LEAD_IN_CHARS = 160
"""A lead-in to a quotation is one short sentence: its subject, its verb and what the verb is about."""
SPEAKING_KINDS: frozenset[str] = frozenset({"person", "organisation", "inspectorate"})
"""The kinds of subject that speak a quotation after a lead-in's colon: a person or a body, never a document."""
WHOLE_LOWER_WORD_RE = re.compile(r"(?<![\w\-\u2019'])[a-z]+\b(?![\-\u2019'])")
"""A whole word in lower case, never part of a hyphened one (`medium-sized`): a verb opens with one."""


def predicate_before_colon(text: str, sentence_start: int, quote: Quote, ctx: Context) -> tuple[Who, str] | None:
    """Return the subject of a short lead-in ending in a colon right before a quotation, and its verb with the colon
    as the cue (`spoke:`), when the subject is a person or a body; else None."""
    colon = text.rfind(":", sentence_start, quote.outer[0])
    if colon < 0 or text[colon + 1:quote.outer[0]].strip() or colon - sentence_start > MAX_LEAD_IN_CHARS \
            or any(mark in text[sentence_start:colon] for mark in DOUBLE_MARKS):
        return None
    span = _subject_span(text, sentence_start, colon)
    if span is None:
        return None
    who = speaker_from_region(text, *span, ctx)
    if who is None or who.kind not in SPEAKING_KINDS:
        return None
    verb = text[span[1]:colon].split()[0]
    return who, f"{verb}:"


def _subject_span(text: str, start: int, end: int) -> Span | None:
    """Return the words before a lead-in's first verb, a whole word (`Jo Roe` in `Jo Roe defended the plan`), else
    None."""
    verb = next((m for m in WHOLE_LOWER_WORD_RE.finditer(text, start, end) if is_verb_like(m.group())), None)
    return (start, verb.start()) if verb is not None and verb.start() > start else None
