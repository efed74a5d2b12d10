"""A statement given out over what it answers (wave 54e): `Governor Jo Ames released the following statement in
response to today's jobs report, which showed A:`, `X issued this statement after the Department of Labor announced
that A:`. The lead-in gives the quotation below to X (`lists.lead_in`); what the answered document showed, or the body
announced, is that document's or body's claim, a row of its own, never X's: a statement is no document that shows."""
from __future__ import annotations

import re

from ..items import split_items
from ..speakers import Context, speaker_from_region
from ..text import Span, before_space, subtract

from .patterns import STATEMENT_GIVEN
from .records import Attribution, inside_holes
from .sentence import attribute_sentence
from .shapes import FRAMED_SOURCE_RE

STATEMENT_FRAME_RE = re.compile(
    STATEMENT_GIVEN + r"\s+(?:(?:today|yesterday|tonight|on\s+[A-Z][a-z]+day)\s+)?"
    r"(?P<frame>in\s+response\s+to|responding\s+to|in\s+reaction\s+to|after|following|on|regarding|about)\s+(?=\S)")
"""`released the following statement in response to`, `issued this statement today after`: what it answers follows."""
ANSWERED_KINDS: frozenset[str] = frozenset({"organisation", "inspectorate", "document"})
"""The kinds of party whose claim a statement's lead-in may carry (a report, a department), never a person's."""


def framed_statement_source(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Return the claim of the source a statement's lead-in answers (`..., which showed A:` -> the report's A; `after
    the Department announced that A:` -> the Department's A), else None; only a lead-in closing on a colon."""
    end = before_space(text, sentence[1])
    if not text.endswith(":", 0, end):
        return None  # every lead-in of a statement below ends in a colon (the cheap test first)
    frame = STATEMENT_FRAME_RE.search(text, sentence[0], end)
    if frame is None or inside_holes(frame.start(), holes):
        return None
    content = (frame.end(), end - 1)
    source = FRAMED_SOURCE_RE.search(text, *content)
    if source is None:
        answered = attribute_sentence(text, content, holes, ctx)  # "after the Department announced that A"
        return answered if answered is not None and answered.spans and answered.kind in ANSWERED_KINDS else None
    region = (frame.end(), before_space(text, source.start(), " ,"))
    who = speaker_from_region(text, *region, ctx)
    if who is None or who.kind not in ANSWERED_KINDS or who.kind != "document" and who.name not in text[slice(*region)]:
        return None  # "on the county audit, which found": a bare document read as the last body's is no one's here
    spans = tuple(s for part in subtract((source.end(), content[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(source.group().split()), spans) if spans else None
