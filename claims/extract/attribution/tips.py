"""Tips under an advice lead-in (wave 53q): `BC Hydro encourages customers ... to consider:` over bullets written
`Label: sentence.`; the label and any instruction are advice, a stated figure after the label is the body's claim."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..release import has_figure
from ..speakers import Context, speaker_from_region
from ..text import Block, Span, split_sentences
from ..vocabulary import load_words, verb_alternation

from .records import Attribution

TIPS_CUE = "to consider:"
"""The cue a tips lead-in hands its bullets with; only their stated figures become claims."""
TIPS_LEAD_VERBS: frozenset[str] = load_words("tips_lead_verbs")
"""Verbs a body leads its tips in with (`encourages`; `data/tips_lead_verbs.txt`)."""
TIPS_LEAD_RE = re.compile(r"\s+(?:%s)\s+[^.:;!?]{1,160}?\bto\s+consider\s*:\s*$" % verb_alternation(TIPS_LEAD_VERBS))
"""A body's lead-in to tips: `X encourages customers looking for ways to save to consider:`."""
TIP_LABEL_RE = re.compile(r"[A-Z][^:.!?\n]{2,60}:\s+(?=[A-Z])")
"""A tip's label before its sentence: `Using a fan: `."""
FACT_OPENERS: frozenset[str] = load_words("fact_openers")
"""Words that open a statement after a tip's label, never an instruction (`a`, `each`; `data/fact_openers.txt`)."""


def tips_lead_in(text: str, block: Block, ctx: Context) -> Attribution | None:
    """Read `X encourages customers ... to consider:` as a lead-in of tips whose speaker is the body X."""
    sentence = split_sentences(text, block.body, block.end)[-1]
    verb = TIPS_LEAD_RE.search(text, *sentence)
    if verb is None or block.bullet:
        return None
    who = speaker_from_region(text, sentence[0], verb.start(), ctx)
    if who is None or who.kind not in BODY_KINDS:
        return None
    return Attribution(who.name, who.kind, TIPS_CUE, (), colon=True)


def tip_facts(text: str, row: Span) -> list[Span]:
    """Return the sentences after a tip's label that state a figure with a subject of their own (`Running a fan ...
    costs just $7.`); a label alone or an instruction (`Use a microwave ...`) gives none."""
    label = TIP_LABEL_RE.match(text, *row)
    if label is None:
        return []
    return [s for s in split_sentences(text, label.end(), row[1]) if _states(text, s) and has_figure(text, *s)]


def _states(text: str, sentence: Span) -> bool:
    """Say whether a sentence opens with a subject (`Shading windows`, `A dripping tap`), not an instruction."""
    first = text[sentence[0]:sentence[1]].split(maxsplit=1)[0].lower()
    return first in FACT_OPENERS or first.endswith("ing") and len(first) > 5
