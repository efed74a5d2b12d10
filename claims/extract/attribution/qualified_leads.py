"""A lead-in whose list noun runs on past the forty characters a plain lead-in allows (wave 35k): `Here are the main
numbers from the results statement, for the three months to 30 June:`, `Among the findings of the union's own survey
of 900 members, published last month:`, `Here are the figures as read out by the returning officer, Jo Roe:`. The noun
is followed at once by its source or period (`from`, `of`, `for`, `as`, a comma or a bracket) and no cue verb comes
after it: the lines below are a list. Who speaks it is a person the qualifier names, else the body whose document the
qualifier names (`the union's own survey`), else the rules of any lead-in (the body in focus)."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..entities import find_mentions
from ..speakers import Context, Who, speaker_from_region
from ..text import Span

from .patterns import ANY_CUE_RE

QUALIFIED_LEAD_RE = re.compile(
    r"\b(?P<cue>(?:key\s+|main\s+|headline\s+)?(?:findings|highlights|results|figures|numbers|facts|points))\b"
    r"(?P<qualifier>(?=\s*(?:,|\(|(?:from|of|for|as|in)\b))[^:;.!?]{41,120}?)\s*:\s*$", re.IGNORECASE)
"""A list noun, its source or period at once after it, over forty characters, then the colon."""
OWNER_RE = re.compile(r"\b(?:from|of|by)\s+(?P<owner>(?:the\s+)?[\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]*)*['\u2019]s?)"
                      r"(?=\s)")
"""The owner a qualifier names before its document (`of the union's own survey`, `from Acme Water's accounts`)."""

SOURCE_PARTICIPLE_RE = re.compile(r"\bas\s+(?:[a-z]+\s+){1,2}by\b")
"""A source set off as a participle (`as announced by`, `as read out by`): its verb is no cue of the lead-in."""


def qualified_lead_in(text: str, sentence: Span) -> re.Match[str] | None:
    """Return the match of a lead-in noun and its long qualifier ending a sentence (`Here are the main numbers from the
    statement, for the three months to 30 June:`), when no cue verb reads in the qualifier; else None."""
    if text[sentence[0]:sentence[1]].rstrip()[-1:] != ":":
        return None  # the cheap test first
    match = QUALIFIED_LEAD_RE.search(text, *sentence)
    if match is None:
        return None
    source = SOURCE_PARTICIPLE_RE.search(text, *match.span("qualifier"))  # "as announced by": a source, no cue
    cues = ANY_CUE_RE.finditer(text, *match.span("qualifier"))
    return None if any(source is None or not source.start() <= c.start() < source.end() for c in cues) else match


def qualifier_speaker(text: str, match: re.Match[str], ctx: Context) -> Who | None:
    """Return who a lead-in's qualifier names as the list's speaker: a person (`as read out by the returning officer,
    Jo Roe`), else the body that owns its document (`of the union's own survey`); None when it names neither."""
    start, end = match.span("qualifier")
    person = next((m for m in find_mentions(text, start, end) if m.kind == "person"), None)
    if person is not None:
        return Who(ctx.add(person), "person", person.start)
    owner = OWNER_RE.search(text, start, end)
    who = speaker_from_region(text, owner.start("owner"), owner.end("owner"), ctx) if owner else None
    return who if who is not None and who.kind in BODY_KINDS else None


def paragraph_subject(ctx: Context) -> Who | None:
    """Return the body that opens the sentence before a qualified lead-in in its own paragraph (`Acme has just published
    its results. Here are the main numbers from the statement, ...:`): whose list it is, never a body that spoke in an
    entry of a live page above; None when no body opens that sentence."""
    if ctx.subject is None or ctx.subject[1] != ctx.block:
        return None
    return Who(ctx.subject[0], ctx.kind_of(ctx.subject[0]), 0)
