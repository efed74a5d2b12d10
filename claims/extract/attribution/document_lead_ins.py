"""A lead-in whose cue names the document its list comes from (wave 29g): `Key findings of the report include:`,
`Highlights from the review:`. The items are the document's claims, so they are read as `The report found` would be:
the body or inspectorate that owns the document where the text gives one (`a new report from the Housing Board`, `its
annual review`), never a person who found something in the sentence before (`Minister Jo Roe, who launched the
report, ...`). A document with no owner in the text leaves the lead-in to the rules before (the finder, the body in
focus), as does a lead-in that names a party itself (`Inspectors' key findings were:`).

A lead-in may name its document by the title the text gave it (wave 41g): `alongside a report entitled State of Play`
then `Among the highlights of State of Play are:`. The title, introduced after a document's noun by `entitled`,
`titled`, `called` or `named` (quoted or not), speaks as a document; a title the text never gave a document (`an event
called X`) leaves the lead-in to the rules before."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
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
        return entitled_document(text, cue)
    who = speaker_from_region(text, span[0], span[1], ctx)
    return who if who is not None and who.kind in BODY_KINDS else None


TITLE_WORDS = r"[A-Z0-9][\w'\u2019\-]*(?:[ \t]+(?:(?:of|the|and|for|in|on|to|a|an|at|by|with|&)[ \t]+)*[A-Z0-9][\w'\u2019\-]*){0,7}"
"""A title's words: capitalised words, the lower-case small words of a title between them (`State of Play`)."""
TITLED_AT_END_RE = re.compile(rf"\b(?:from|of|in)\s+(?P<title>{TITLE_WORDS})\s*(?:(?:include|includes|included|are|were)\s*)?:\s*$")
"""A lead-in's cue ending on a title (`highlights of State of Play are:`)."""


def entitled_document(text: str, cue: Span) -> Who | None:
    """Return the document a lead-in's cue names by the title the text gave it earlier (`a report entitled State of
    Play`), as a document; None when the cue ends on no title or the text gave that title to no document."""
    match = TITLED_AT_END_RE.search(text, *cue)
    if match is None:
        return None
    title = match.group("title")
    given = re.compile(rf"\b(?:{verb_alternation(DOCUMENT_NOUNS)}),?\s+(?:entitled|titled|called|named)\s+"
                       rf"[\"'\u2018\u201c]?{re.escape(title)}(?![\w\-])")
    return Who(title, "document", match.start("title")) if given.search(text, 0, cue[0]) else None


POSSESSED_FINDINGS_RE = re.compile(
    rf"(?:Among\s+)?(?P<doc>(?:the|this|its|their)\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:{verb_alternation(DOCUMENT_NOUNS)}))"
    r"['\u2019]s\s+(?:[a-z]+\s+){0,2}?(?:findings|highlights|recommendations|conclusions)"
    r"\s*(?:(?:include|includes|included|are|were)\s*)?:\s*$")
"""A lead-in opening on its document in the possessive (`Among the review's other findings:`, `The report's key
findings are:`)."""


def possessed_document_speaker(text: str, sentence: Span, ctx: Context) -> Who | None:
    """Return who speaks the items of a lead-in that opens on its document in the possessive (`Among the review's
    other findings:`): the document read as a subject, as `The review found` is, its owner or the document itself;
    never the body in focus the document was not said to be by (wave 56a)."""
    match = POSSESSED_FINDINGS_RE.match(text, *sentence)
    if match is None:
        return None
    who = speaker_from_region(text, match.start("doc"), match.end("doc"), ctx)
    return who if who is not None and who.kind in ("organisation", "inspectorate", "document") else None
