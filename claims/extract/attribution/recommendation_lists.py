"""The recommendations a party or its document makes, listed after `including` (wave 30a): `Ms Roe made nine
recommendations, including that A`, `The report makes 17 recommendations, including A, B and C`, a sentence with no
reporting cue of its own. A party that makes them (a person or a body named as the subject) claims the count and each
item, read from its verb on. A document that makes them speaks for the owner the text gives it, read as `The report
found` would be, and only for an owner that has already spoken in the text (an owner guessed from the body in focus
is no owner); its count describes the document, which the writer narrates. A sentence a reporting cue opens before
the recommendations (`X said the report makes ...`) is left to that cue."""
from __future__ import annotations

import re

from ..items import split_items
from ..speakers import Context
from ..text import Span, subtract
from ..vocabulary import DOCUMENT_NOUNS

from .patterns import ANY_CUE_RE
from .records import Attribution
from .subjects import attribute_at

RECOMMENDATIONS_RE = re.compile(
    r"\b(?:makes|made|make|(?:has|have|had)\s+made)\s+(?:[\w\-]+\s+){1,2}?recommendations,?\s+including\s+")
"""`makes 17 recommendations, including `, `has made five interim recommendations, including `: the verb, a count
(and a word) before the noun, and the `including` the items follow."""


def may_list_recommendations(body: str) -> bool:
    """Say whether a block may list recommendations after `including` (the cheap test before any pattern)."""
    return "recommendations" in body and "including" in body


def recommendation_items(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Give the recommendations listed after `makes N recommendations, including` to the party that makes them, or
    to the owner of the document that makes them; None when neither reads."""
    start, end = sentence
    if text.find("recommendations", start, end) < 0:
        return None  # the cheap test first
    match = RECOMMENDATIONS_RE.search(text, start, end)
    if match is None or _cue_before(text, start, match.start()):
        return None  # "X said the report makes ...": the reporting cue's claim
    found = attribute_at(text, sentence, match, holes, ctx, record=False)
    if found is None:
        return None
    if not _names_document(text, start, match.start()):
        spans = tuple(s for part in subtract((match.start(), end), holes) for s in split_items(text, part))
        return found._replace(spans=spans)  # "Estyn has made five recommendations, including A": the count and A
    return found if ctx.said.get(found.speaker) else None  # "The report makes ..., including A": A, its owner's


def _names_document(text: str, start: int, end: int) -> bool:
    """Say whether the subject before the recommendations ends on a document's noun (`The report`, `The audit`)."""
    words = text[start:end].split()
    return bool(words) and words[-1].lower() in DOCUMENT_NOUNS


def _cue_before(text: str, start: int, end: int) -> bool:
    """Say whether a cue word other than a document's noun (`The report makes`) comes before the recommendations."""
    return any(cue.group().lower() not in DOCUMENT_NOUNS for cue in ANY_CUE_RE.finditer(text, start, end))
