"""A lead-in that points back with a demonstrative (`These are:`, `They include:`, wave 48d): its items are the things
the sentence before named, so the body that sentence's subject names gives them (`The federation is calling for five
priorities. These are:` then the priorities, the federation's), not the body last in focus."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..speakers import Context, speaker_from_region
from ..text import Span, before_space
from .verb_subjects import subject_span

DEMONSTRATIVE_LEAD_RE = re.compile(r"(?:These|Those|They)\s+(?:are|were|include|included|are\s+as\s+follows)\s*:\s*$")
"""A lead-in that is only a demonstrative and its verb: `These are:`, `They include:`."""
_SENTENCE_STOP_RE = re.compile(r"[.!?]\s|\n")
"""Where a sentence before ends: a stop and a space, or a line break."""


def demonstrative_owner(text: str, sentence: Span, ctx: Context) -> str | None:
    """Return the body that the sentence before a demonstrative lead-in names as its subject (`The federation is
    calling for five priorities. These are:`), else None."""
    if DEMONSTRATIVE_LEAD_RE.match(text, *sentence) is None:
        return None
    end = before_space(text, sentence[0])
    stops = [m.end() for m in _SENTENCE_STOP_RE.finditer(text, max(0, end - 400), end - 1)]
    start = stops[-1] if stops else max(0, end - 400)
    start += len(text[start:end]) - len(text[start:end].lstrip())
    span = subject_span(text, start, end) if start < end else None
    if span is None:
        return None
    comma = text.rfind(",", *span)  # "Ahead of the council's budget, the federation is calling": after the opener
    who = speaker_from_region(text, max(span[0], comma + 1), span[1], ctx)
    return who.name if who is not None and who.kind in BODY_KINDS else None
