"""A promise, an assurance or a warning named with the party that gave it and its content (wave 48c): `The council
welcomed assurances from X that A`, `Y received confirmation from X that A`, `Y secured a pledge from X that A`: A is
X's claim, whoever opens the sentence; asked for (`sought assurances from X that`) it is nobody's yet."""
from __future__ import annotations

import re

from ..items import split_items
from ..speakers import Context, speaker_from_region
from ..text import Span, subtract
from ..vocabulary import load_words, verb_alternation

from .records import Attribution, inside_holes

PLEDGE_NOUNS = load_words("pledge_nouns")
PLEDGE_FROM_RE = re.compile(
    r"(?<![\w-])(?:(?:a|an|the|fresh|new|further|written|firm|public)\s+)*"
    r"(?P<noun>%s)\s+from\s+(?P<owner>(?:the\s+)?[A-Z][\w&'\u2019\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&\-]*){0,5})"
    r"\s+that\s+(?=\S)" % verb_alternation(PLEDGE_NOUNS))
"""A pledge noun, `from`, the party that gave it (a name or `the` and a name) and `that`: `assurances from the Marsh
Trust that `."""
ASKED_FOR_RE = re.compile(r"\b(?:sought|seek|seeks|seeking|asked\s+for|asks\s+for|asking\s+for|demanded|demands|demanding"
                          r"|called\s+for|calls\s+for|calling\s+for|wants?|wanted|requested|requests|awaits?|awaited"
                          r"|awaiting|no|without|any)\s+(?:(?:a|an|the|fresh|new|further|written|firm|public)\s+)*$")
"""What asks for a pledge not yet given, right before its noun: `sought assurances from X that` claims nothing."""
MAX_ASKING_CHARS = 40
"""How far before the noun the asking words may start."""
STEM = " from "
"""What every match holds (the cheap test first)."""


def may_pledge_from(body: str) -> bool:
    """Say whether a paragraph may name a pledge with its giver (` from ` and the pattern)."""
    return STEM in body and PLEDGE_FROM_RE.search(body) is not None


def pledge_from(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `assurances from X that A` to X: A is the claim; None when it is asked for, quoted, a question, or
    its giver is no party."""
    if text.find(STEM, *sentence) < 0 or text[sentence[1] - 1] == "?":
        return None
    match = PLEDGE_FROM_RE.search(text, *sentence)
    if match is None or inside_holes(match.start(), holes) \
            or ASKED_FOR_RE.search(text, max(sentence[0], match.start() - MAX_ASKING_CHARS), match.start("noun")):
        return None
    owner = speaker_from_region(text, match.start("owner"), match.end("owner"), ctx)
    if owner is None or owner.kind == "unresolved":
        return None
    spans = tuple(s for part in subtract((match.end(), sentence[1]), holes) for s in split_items(text, part))
    cue = f"{' '.join(match.group('noun').split())} from"
    return Attribution(owner.name, owner.kind, cue, spans) if spans else None
