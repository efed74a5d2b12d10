"""A quotation whose own cue after it names a speaker the readers could not read (wave 56e): `"...," said Dr. Ann
Lane, President of X.` (a surname that is also a street's word). The text names who speaks, so the quotation is never
the one before it going on: it gives no row rather than the previous speaker's. A pronoun (`"...," she said`) or a
lower-case reference (`"...," the chief said`) names nobody new and still goes on from the speaker before."""
from __future__ import annotations

from ..text import Block, Quote
from ..vocabulary import SUBJECT_PRONOUNS

from .patterns import SPEECH_AFTER_RE

MAX_CUE_CHARS = 120
"""How far after a quotation's closing mark its cue may end (as `quotes.speech_speaker` reads it)."""


def names_other_speaker(text: str, block: Block, quote: Quote) -> bool:
    """Say whether a cue right after a quotation names its speaker in capitals (`said Jo Roe`, `Jo Roe said`), not by a
    pronoun or a lower-case reference."""
    after = SPEECH_AFTER_RE.match(text, quote.outer[1], min(block.end, quote.outer[1] + MAX_CUE_CHARS))
    if after is None:
        return False
    words = (after.group("who") or after.group("who_after") or "").split()
    return bool(words) and words[0][:1].isupper() and words[0].lower().strip(",") not in SUBJECT_PRONOUNS
