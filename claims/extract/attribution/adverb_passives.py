"""A cue's participle after a form of `be` and a short adverb is a passive (wave 61d): `The Brackmoor Leisure Centre
refurbishment is now expected to cost £1.6m`, `The Tamsin Ward was also forecast to open in January`, `is still
projected`, `are not expected`. What is expected opens the sentence; no one in it expects anything, so the name before
the participle never speaks (an adverb in -ly between was read so before: `was originally expected`)."""
from __future__ import annotations

from ..vocabulary import PASSIVE_AUXILIARIES, load_words

PASSIVE_ADVERBS: frozenset[str] = load_words("passive_adverbs")
"""Short adverbs between `be` and a passive participle (`now`, `also`, `still`, `not`; `data/passive_adverbs.txt`)."""


def adverb_passive(before: list[str], word: str) -> bool:
    """Say whether a cue word after the two words `before` it (`was`, `now`) is a passive participle: a form of `be`,
    one short adverb, then a participle (`forecast`, `expected`), never the progressive's (`is now warning that`)."""
    if len(before) != 2:
        return False
    auxiliary, adverb = (w.lower() for w in before)
    return auxiliary in PASSIVE_AUXILIARIES and adverb in PASSIVE_ADVERBS and not word.lower().endswith("ing")
