"""A cue word whose verb takes its object straight after it is a plural noun when a link word or a stop follows it
(wave 58d): `Carterton District Council ranks highest for residential rates at $3,938`, `rates and charges have
increased`, `its twelfth rise in official interest rates in thirteen months`, `CARE rates, or`. No one rates anything
there and no claim follows the word; the verb reads its object next (`The CQC rates services as outstanding`, `Its
report, published on Thursday, rates the home inadequate`)."""
from __future__ import annotations

from ..vocabulary import load_words

OBJECT_FIRST_CUES: frozenset[str] = load_words("object_first_cues")
"""Cue words whose verb's object comes straight after them (`rates`; `data/object_first_cues.txt`)."""
NOUN_LINKS: frozenset[str] = frozenset("and or at in on for of to".split())
"""Words that follow such a word as a noun (`rates at $3,938`, `rates and charges`), never as a verb before its
object."""
STOPS = ",;:.!?)"
"""Marks that end such a word used as a noun (`CARE rates, or have usage`)."""


def object_first_noun(ahead: list[str]) -> bool:
    """Say whether the words from a cue word on (`rates`, `at`, `$3,938`) use a word whose verb takes its object first
    as a noun: a stop right after it, or a link word next."""
    if not ahead:
        return False
    word = ahead[0].lower()
    if word.rstrip(STOPS) not in OBJECT_FIRST_CUES:
        return False
    return word[-1] in STOPS or len(ahead) > 1 and ahead[1].lower() in NOUN_LINKS
