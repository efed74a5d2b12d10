"""A lead-in whose cue names the document its list comes from (wave 29g): `Key findings of the report include:`,
`Highlights from the review:`. The items are the document's claims, so they are read as `The report found` would be:
the body or inspectorate that owns the document where the text gives one (`a new report from the Housing Board`, `its
annual review`), never a person who found something in the sentence before (`Minister Jo Roe, who launched the
report, ...`). A document with no owner in the text leaves the lead-in to the rules before (the finder, the body in
focus), as does a lead-in that names a party itself (`Inspectors' key findings were:`)."""
from __future__ import annotations

import re

from ..speakers import Context, Who, speaker_from_region
from ..text import Span
from ..vocabulary import DOCUMENT_NOUNS, verb_alternation

NAMED_DOCUMENT_RE = re.compile(
    rf"\b(?:from|of|in)\s+(?P<doc>(?:the|this|its|their)\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:{verb_alternation(DOCUMENT_NOUNS)}))"
    r"\s*(?:(?:include|includes|included|are|were)\s*)?:\s*$")
"""The document a lead-in's cue names at its end (`highlights from the review:`, `findings of the report include:`)."""


def named_document(text: str, cue: Span) -> Span | None:
    """Return where the document a lead-in's cue ends on is named (`the report` of `Key findings of the report include:`)."""
    match = NAMED_DOCUMENT_RE.search(text, *cue)
    return match.span("doc") if match is not None else None


def document_lead_speaker(text: str, cue: Span, ctx: Context) -> Who | None:
    """Return who speaks a lead-in's items when its cue names their document: the body that document, read as a
    subject, belongs to; None when it belongs to no body the text names."""
    span = named_document(text, cue)
    if span is None:
        return None
    who = speaker_from_region(text, span[0], span[1], ctx)
    return who if who is not None and who.kind in ("organisation", "inspectorate") else None
