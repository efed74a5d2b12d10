"""A document named with its maker in a sentence no cue reads (`A statement from the company outlined that ...`, `A
report by council planners, seen by this paper, describes ...`, `Since then, X has provided an annual update.`) is
what `it` means as the subject of a cue in the next sentence of its paragraph (`It said ...`, `It shows that ...`):
its maker speaks, read as any speaker's words are; a maker read as no party leaves `it` as it was (wave 32g). The
sentence pass notes the maker after `document_voices.note_voice` (`Focus.document_voice`), and `people.pronoun`
reads it for the next sentence."""
from __future__ import annotations

import re

from ..speakers import Context, speaker_from_region
from ..text import Span
from ..vocabulary import load_words

from .document_voices import one_document
from .records import Attribution

GIVING_VERBS: frozenset[str] = load_words("document_giving_verbs")
"""Verbs by which a body gives out a document it made (`provided`, `published`, `issued`)."""
_FROM_RE = re.compile(r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?:[\w'\u2019\-]+[ \t]+){0,2}?(?P<noun>[a-z]+)[ \t]+"
                      r"(?:from|by)[ \t]+(?P<maker>[^,;:.\n]+)")
"""A document and its maker opening a sentence: `A statement from the company ...`, `A report by council planners`."""
_MAKER_END_RE = re.compile(r"[ \t]+(?:[a-z]+ed|[a-z]+s[ \t]+that|was|is|has|had)\b")
"""Where a maker's words end: the document's own verb (`outlined`, `notes that`, `was read out`)."""
_GIVEN_RE = re.compile(r"(?P<maker>[^,;:\n]+?)[ \t]+(?:has|have)[ \t]+(?:now[ \t]+|also[ \t]+)?(?P<verb>[a-z]+)[ \t]+"
                       r"(?:an?|its|their)[ \t]+(?:[\w'\u2019\-]+[ \t]+){0,3}?(?P<noun>[a-z]+)[ \t]*\.?[ \t]*$")
"""A body that has given out a document, ending its sentence: `the Scheme Actuary has provided an annual update.`."""
_LEAD_RE = re.compile(r"[A-Z][^,\n]{0,40},[ \t]+")
"""A short adverbial that opens a sentence before its subject (`Since then, `)."""


def made_document_span(text: str, sentence: Span) -> Span | None:
    """Return the words that name a document's maker in a sentence (`X` after `A statement from`, or before `has
    provided an update`), else None."""
    start, end = sentence
    if " from " not in text[start:end] and " by " not in text[start:end] and " ha" not in text[start:end]:
        return None  # a cheap test before any pattern
    opened = _FROM_RE.match(text, start, end)
    if opened is not None and one_document(opened.group("noun")):
        stop = _MAKER_END_RE.search(text, opened.start("maker"), opened.end("maker"))
        return opened.start("maker"), stop.start() if stop is not None else opened.end("maker")
    lead = _LEAD_RE.match(text, start, end)
    given = _GIVEN_RE.match(text, lead.end() if lead is not None else start, end)
    if given is None or given.group("verb") not in GIVING_VERBS or not one_document(given.group("noun")):
        return None
    return given.start("maker"), given.end("maker")


def note_made_document(text: str, sentence: Span, parts: list[Attribution], ctx: Context) -> None:
    """Note the maker of a document a sentence with no claim names, for the next sentence's `it`; a maker read as
    no party (`A statement from officials`) notes nothing."""
    if parts or ctx.document_voice is not None:
        return
    span = made_document_span(text, sentence)
    who = speaker_from_region(text, *span, ctx) if span is not None else None
    if who is not None and who.kind in ("organisation", "inspectorate", "person") and who.name in ctx.kinds:
        ctx.document_voice = (who.name, who.kind, ctx.block)
