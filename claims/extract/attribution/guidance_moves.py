"""A party that moves or holds its own guidance (wave 29b): `The bank raised its forecast for lending growth to 6%`,
`The company kept its guidance of revenue between £820m and £840m`, `X has revised its estimate of the tremor to
magnitude 2.9`. No reporting verb leads in, but the figure is the subject's own claim, kept with its verb; the rule
fires only when a figure follows the noun, so `cut its profit forecast for the second time` claims nothing."""
from __future__ import annotations

import re

from ..items import split_items
from ..speakers import Context, speaker_from_region
from ..text import Span, subtract
from ..vocabulary import GUIDANCE_NOUNS, load_words, verb_alternation
from .records import Attribution, inside_holes
from .subjects import subject_region

GUIDANCE_VERBS: frozenset[str] = load_words("guidance_moves")
"""Verbs of moving or holding an outlook (`raised`, `kept`, `revised`)."""
GUIDANCE_RE = re.compile(r"\s(?P<cue>%s)\s+(?:its|their)\s+(?:[\w\-]+\s+){0,3}?(?:%s)\b"
                         % (verb_alternation(GUIDANCE_VERBS), verb_alternation(GUIDANCE_NOUNS)))
"""`raised its full-year profit forecast`, `kept its guidance`: the verb, the subject's own noun."""
_FIGURE_RE = re.compile(r"\d")
_SPEAKER_KINDS = ("organisation", "inspectorate", "person")
"""Who may move its own guidance; an unresolved or document subject is left alone."""


def may_move_guidance(body: str) -> bool:
    """Say cheaply whether a block may hold a party moving its own guidance."""
    return any(noun in body for noun in GUIDANCE_NOUNS) and GUIDANCE_RE.search(body) is not None


def guidance_move(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `X raised its forecast for A to B` to its subject, the move with its verb; None when no figure
    follows, the sentence asks, or no party is the subject."""
    match = GUIDANCE_RE.search(text, *sentence) if may_move_guidance(text[sentence[0]:sentence[1]]) else None
    if match is None or inside_holes(match.start(), holes) or text[sentence[1] - 1] == "?" \
            or not _FIGURE_RE.search(text, match.end(), sentence[1]):
        return None
    who = speaker_from_region(text, *subject_region(text, sentence[0], match.start("cue")), ctx)
    if who is None or who.kind not in _SPEAKER_KINDS:
        return None
    spans = tuple(s for part in subtract((match.start("cue"), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, match.group("cue"), spans) if spans else None
