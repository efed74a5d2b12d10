"""A lead-in that only continues the sentence before it (`Of these:`, `Among them:`, `For example:`): its bullets are
parts or examples of what that sentence claimed, so they are its speaker's claims (wave 43c). After the writer's
narration, or after a claim further back, the lead-in names nobody and its bullets get no speaker."""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..text import Span
from ..vocabulary import CONTINUING_LEAD_INS, verb_alternation

from .records import Attribution

CONTINUING_LEAD_RE = re.compile(r"(?i:%s)\s*:\s*" % verb_alternation(CONTINUING_LEAD_INS))
"""A whole sentence that is only a continuing lead-in and its colon: `Of these:`, `For example:`."""
NEXT_SENTENCE_RE = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+\S")
"""The end of a sentence with another after it: between a claim and the lead-in, a sentence that claimed nothing."""


def continuing_lead_in(text: str, sentence: Span, previous: Attribution | None) -> Attribution | None:
    """Read `Of these:` as a colon cue of the speaker whose claim ends the sentence right before; else None."""
    words = text[sentence[0]:sentence[1]].strip()
    if not words.endswith(":") or CONTINUING_LEAD_RE.fullmatch(words) is None:
        return None  # not a continuing lead-in (the cheap test first)
    return Attribution(previous.speaker, previous.kind, words, (), colon=True) \
        if previous is not None and _right_after(text, sentence, previous) else None


def carried_lead_in(text: str, sentence: Span, previous: Attribution | None) -> Attribution | None:
    """Read a lead-in with no cue of its own (`Several arrests were made in raids including:`) right after a party's
    claim as that party's colon cue: the writer goes on in the party's voice, so the bullets are its claims (47b)."""
    words = text[sentence[0]:sentence[1]].strip()
    if not words.endswith(":") or previous is None or not _right_after(text, sentence, previous) \
            or any(m.name not in previous.speaker for m in find_mentions(text, *sentence) if m.kind in ("org", "person")):
        return None  # not a lead-in, nothing claimed right before it, or another party named in it
    return Attribution(previous.speaker, previous.kind, words, (), colon=True)


def _right_after(text: str, sentence: Span, previous: Attribution) -> bool:
    """Say whether a party's claim ends in the sentence right before this one (no sentence claiming nothing between)."""
    if not previous.spans or previous.colon or previous.kind == "unresolved":
        return False  # nothing claimed before it: the writer's own list
    claimed_to = max(end for _, end in previous.spans)
    return claimed_to <= sentence[0] and NEXT_SENTENCE_RE.search(text, claimed_to, sentence[0]) is None
