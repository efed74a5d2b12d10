"""A quotation that follows reported speech with no cue of its own (`Jo Roe said the firm had ignored warnings.`
then a paragraph `"It left 1,900 homes without heat."`): the writer goes on with the same speaker's words, so the
quotation is the speaker of the report before it, not of a quotation further back.
"""
from __future__ import annotations

import re

from .text import Block, Quote
from .vocabulary import QUOTING_VERBS


def follows_report(block: Block, quotes: list[Quote], cue: str) -> bool:
    """Say whether a paragraph opens with a quotation right after a paragraph whose last claim was reported speech
    (`said`, `told`, `added`, `pointed out that`, the inverted `, said` of `A, said X.`; never a finding: `found`,
    `showed`)."""
    words = [word.strip(",;:") for word in cue.lower().split() if word.strip(",;:")]
    return bool(quotes) and quotes[0].outer[0] == block.body and bool(words) \
        and (words[0] in QUOTING_VERBS or " ".join(words[:2]) in QUOTING_VERBS)  # "pointed out", "went on": two words


_THIRD_PERSON_RE = re.compile(r"[\u201c\"'\u2018]?\s*(?:They|Them|Their|Theirs)\b")
"""A quotation opening on `They`: its speaker tells of another party, never of itself."""


def tells_of_reported(text: str, quote: Quote, kind: str) -> bool:
    """Say whether a cue-less quotation after a body's or a group's reported speech opens on `They` (`The X Union's
    report said A.` then `"They said that we ..."`): the one quoted before tells of that party, so the quotation is
    not the party's own (wave 40j)."""
    return kind != "person" and _THIRD_PERSON_RE.match(text, quote.inner[0], quote.inner[1]) is not None
