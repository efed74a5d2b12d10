"""A document as a cue's subject with its author set off after it (`The report, by the council's director of housing,
Jo Roe, says`, `The review, written by the historian Dr Jo Roe, also noted`, `The report, prepared by a team led by
Jo Roe, found`, wave 42d): the document speaks as the text reads it alone, never the person who wrote it."""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..vocabulary import DOCUMENT_NOUNS

DOCUMENT_SUBJECT_RE = re.compile(r"\s*(?:the|a|an|its|their|this|that)\s+(?:[\w\-]+\s+){0,3}(?P<noun>[a-z]+)\s*$",
                                 re.IGNORECASE)
"""A subject that is a document's noun after an article and at most three modifiers (`The 64-page report`)."""
AUTHOR_ASIDE_RE = re.compile(r"\s*(?:[a-z]+\s+){0,2}?by\s")
"""An aside that opens on who wrote a document: `by`, or a participle or two before it (`written by`, `carried
out by`)."""


def document_before_author(text: str, clauses: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Return the opening clause of a cue's subject when it is a document and the clauses after it, up to the cue,
    name its author, a person (clauses run from the cue back to the subject's start); else None."""
    if len(clauses) < 2:
        return None
    subject, aside = clauses[-1], clauses[-2]
    document = DOCUMENT_SUBJECT_RE.match(text, *subject)
    if document is None or document.group("noun").lower() not in DOCUMENT_NOUNS \
            or AUTHOR_ASIDE_RE.match(text, *aside) is None:
        return None
    mentions = find_mentions(text, aside[0], clauses[0][1])
    return subject if mentions and mentions[-1].kind == "person" else None
