"""A lead-in that names a party's stated view and a colon (`Herewith is the position of the Port Authority on the
matter:`, `The council's understanding is as follows:`): the bullets or lines below set out that view, so they are
the party's claims (wave 47b). The view's nouns are `data/view_nouns.txt` (`position`, `understanding`, `view`)."""
from __future__ import annotations

import re

from ..speakers import Context, speaker_from_region
from ..text import Span
from ..vocabulary import VIEW_NOUNS, verb_alternation

from .records import Attribution

_VIEWS = verb_alternation(VIEW_NOUNS)
_TAIL = r"(?:\s+on\s+[^:;]{1,60}?)?(?:\s+(?:is|are|was|were)(?:\s+as\s+follows)?)?\s*:\s*$"
VIEW_OF_LEAD_RE = re.compile(
    r"(?:(?:Herewith|Here|Below|Set\s+out\s+below|Outlined\s+below|Following)\s+(?:is|are)\s+)?(?:the\s+|The\s+)"
    rf"(?:{_VIEWS})\s+of\s+(?P<who>[^:;,]{{2,80}}?){_TAIL}")
"""`Herewith is the understanding of the Presidency on the matter:`, `The position of the board is as follows:`."""
OWN_VIEW_LEAD_RE = re.compile(rf"(?P<who>(?:The\s+)?[A-Z][^:;,]{{1,80}}?)['\u2019]s?\s+(?:{_VIEWS}){_TAIL}")
"""`The authority's position on the contract is as follows:`, `Harbour Gas's understanding is:`."""


def view_lead_in(text: str, sentence: Span, ctx: Context) -> Attribution | None:
    """Read a colon lead-in naming a party's view (`Set out below is the position of X on the matter:`) as X's colon
    cue; None when it names no party the text knows as a body or person."""
    if not text[sentence[0]:sentence[1]].rstrip().endswith(":"):
        return None  # the cheap test first
    match = VIEW_OF_LEAD_RE.match(text, *sentence) or OWN_VIEW_LEAD_RE.match(text, *sentence)
    who = speaker_from_region(text, match.start("who"), match.end("who"), ctx) if match else None
    if who is None or who.kind not in ("organisation", "inspectorate", "person"):
        return None
    return Attribution(who.name, who.kind, " ".join(text[sentence[0]:sentence[1]].split()), (), colon=True)
