"""A body weighing its decision as a lead-in: `In reaching its conclusion the Board considered, among other things,
that:`, `it has taken into account that:`, `Having considered the evidence, the Committee:` hand the items below to
the body that weighs (wave 32i)."""
from __future__ import annotations

import re

from ..speakers import Context, speaker_from_region
from ..text import Span
from ..vocabulary import load_words, verb_alternation

from .records import Attribution
from .subjects import subject_region

DELIBERATION_VERBS = load_words("deliberation_verbs")
"""What a body does when it weighs its decision (`considered`, `has taken into account`)."""
_VERBS = verb_alternation(DELIBERATION_VERBS)
WEIGHED_THAT_RE = re.compile(rf"\b(?P<verb>(?:(?:has|have|had)\s+)?(?:{_VERBS}))(?:\s*,[^,:;.]{{1,40}},)?\s+that\s*:\s*$")
"""The end of a lead-in whose subject weighs what follows: `considered, among other things, that:`."""
HAVING_WEIGHED_RE = re.compile(rf"(?P<cue>Having\s+(?:{_VERBS})\b[^,:;.]{{0,80}}),\s+(?P<who>[^,:;.]{{2,80}}?)\s*:\s*$")
"""A lead-in that is only its subject after an opening phrase of weighing: `Having considered the evidence, the
Panel:`."""
PARTIES = frozenset({"organisation", "inspectorate", "person"})
"""Who weighs a decision: a body or a person, never a document or an unnamed word."""


def deliberation_lead_in(text: str, sentence: Span, ctx: Context) -> Attribution | None:
    """Read a colon lead-in of a body weighing its decision as the body's colon cue; None for any other sentence."""
    if not text[sentence[0]:sentence[1]].rstrip().endswith(":") or not _weighs(text, sentence):
        return None  # the cheap tests first: a colon, then a weighing verb
    having = HAVING_WEIGHED_RE.match(text, *sentence)
    if having is not None:
        who = speaker_from_region(text, having.start("who"), having.end("who"), ctx)
        return _attribution(who.name, who.kind, having.group("cue").lower()) if who is not None else None
    weighed = WEIGHED_THAT_RE.search(text, *sentence)
    if weighed is None:
        return None
    who = speaker_from_region(text, *subject_region(text, sentence[0], weighed.start()), ctx)
    return _attribution(who.name, who.kind, weighed.group("verb") + " that") if who is not None else None


def _weighs(text: str, sentence: Span) -> bool:
    """Say whether a sentence holds a weighing verb's stem (a cheap test before any pattern)."""
    return any(text.find(stem, *sentence) >= 0 for stem in ("onsider", "into account", "weigh"))


def _attribution(speaker: str, kind: str, cue: str) -> Attribution | None:
    """Return the colon cue of a party that weighs, its cue's white space folded; None for no party."""
    return Attribution(speaker, kind, " ".join(cue.split()), (), colon=True) if kind in PARTIES else None
