"""Lead-ins that lost their colon: a paragraph whose last sentence ends on a cue and `that` (`The survey shows that`,
`Inspectors found that`), right above bulleted items, hands its cue's subject to the items below it."""
from __future__ import annotations

import re

from ..speakers import Context, speaker_from_region
from ..text import Block, split_sentences

from .cues import not_a_cue
from .patterns import VERBS, CUE_RE
from .records import Attribution
from .subjects import subject_region

THAT_END_RE = re.compile(rf"\b(?:{VERBS})\s+that\s*$")
"""The end of a lead-in that lost its colon: a cue and `that` (`shows that`, `found that`, `told the meeting that`
is not one: the cue must be last)."""


def that_lead_in(text: str, block: Block, following: list[Block], ctx: Context) -> Attribution | None:
    """Read a paragraph ending on `<cue> that` right above bullets as the colon cue of the cue's subject."""
    if not following or not following[0].bullet or block.bullet or text[block.end - 4:block.end] != "that":
        return None  # the cheap tests first: bullets below, the paragraph's last word
    sentence = split_sentences(text, block.body, block.end)[-1]
    end = THAT_END_RE.search(text, *sentence)
    cue = None if end is None else CUE_RE.match(text, end.start())
    if cue is None or not_a_cue(text, sentence[0], cue.start()):
        return None
    who = speaker_from_region(text, *subject_region(text, sentence[0], cue.start()), ctx)
    return Attribution(who.name, who.kind, " ".join(text[cue.start():block.end].split()), (), colon=True) \
        if who is not None else None
