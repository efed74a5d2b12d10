"""A party's written response framing what it did (wave 31b): `In a written response included in the audit, the
department agreed with 17 of them`, `In its written response, included in the report, the department agreed`, `The
department has accepted nine of them, according to a written response attached to the audit`: the response is the
answer of the party the framed content opens on, and that party speaks; never the response as a document, nor the
auditor the response answers. A participle's aside opening the content (`included in the report,`) only says where
the response was printed and is no part of the claim."""
from __future__ import annotations

import re

from ..speakers import Context, Who, speaker_from_region
from ..text import Span
from ..vocabulary import load_words

RESPONSE_NOUNS: frozenset[str] = load_words("response_nouns")
"""Nouns of a party's answer to another's document (`data/response_nouns.txt`)."""
_PRINTED_ASIDE_RE = re.compile(r"\s*[a-z]+ed\s+(?:in|to|with)\s+[^,;:]{1,60},\s+(?=\S)")
"""A participle's aside saying where the response was printed (`included in the report, `), opening the content."""
_SUBJECT_RE = re.compile(r"\s*(?P<who>(?:[Tt]he\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,5}))"
                         r"\s+(?:has\s+|have\s+|had\s+)?(?:[a-z]+ed|accepts|agrees|rejects|disputes)\b")
"""The party a framed content opens on and its verb (`the department agreed`, `DWS has accepted`)."""


def is_response(source: str) -> bool:
    """Say whether a frame's or a source's words name a party's response (`its written response`, `a written response
    attached to the audit`)."""
    return any(word in RESPONSE_NOUNS for word in source.lower().replace(",", " ").split()[:4])


def past_printed_aside(text: str, content: Span) -> int:
    """Return where a response's content starts past a participle's aside on where it was printed (`included in the
    report, `), else its start."""
    aside = _PRINTED_ASIDE_RE.match(text, *content)
    return aside.end() if aside is not None else content[0]


def responder(text: str, content: Span, ctx: Context) -> tuple[Who, int] | None:
    """Return the party a response's content opens on and where its claim starts (past a printed aside), else None."""
    start = past_printed_aside(text, content)
    subject = _SUBJECT_RE.match(text, start, content[1])
    if subject is None:
        return None
    who = speaker_from_region(text, subject.start("who"), subject.end("who"), ctx)
    if who is None or who.kind == "document":
        return None
    return who, subject.start("who")
