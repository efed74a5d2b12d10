"""A document commissioned by a body (wave 41p): `The report, Open Water, was commissioned by the X Association ...
Its main findings include:`. The body ordered the work and others did it, so the findings listed under an `Its` or
`Their` lead-in are the document's own (its title when it has one), not the commissioning body's."""
from __future__ import annotations

import re

from ..text import Span, before_space, line_start
from ..vocabulary import DOCUMENT_NOUNS

COMMISSIONED_RE = re.compile(r"(?:The|An?)\s+(?P<noun>(?:[\w\-]+\s+){0,2}?(?:%s))"
                             r"(?:,\s+(?P<title>[A-Z][^,.;:\n]{1,60}),)?"
                             r"\s+(?:was|were|had\s+been|has\s+been)\s+commissioned\s+by\b"
                             % "|".join(sorted(DOCUMENT_NOUNS)))
"""A paragraph opening on a document set apart as commissioned (`The 80-page report, Open Water, was
commissioned by`)."""
LOOK_BACK_CHARS = 1500
"""How far before a lead-in the word `commissioned` is looked for (the cheap test)."""


def commissioned_document(text: str, sentence: Span) -> str | None:
    """Return the document (its title, else its noun) that the paragraph before an `Its`/`Their` lead-in, or the
    lead-in's own paragraph, opens on as commissioned by a body; else None."""
    if not text.startswith(("Its ", "Their "), sentence[0]) \
            or "commissioned" not in text[max(0, sentence[0] - LOOK_BACK_CHARS):sentence[0]]:
        return None  # the cheap tests first
    start = line_start(text, sentence[0])
    if not text[start:sentence[0]].strip():  # the lead-in opens its paragraph: the paragraph before
        end = before_space(text, start, "\n")
        start = line_start(text, end)
    match = COMMISSIONED_RE.match(text, start, sentence[0])
    if match is None:
        return None
    return match.group("title").strip() if match.group("title") else " ".join(match.group("noun").split())
