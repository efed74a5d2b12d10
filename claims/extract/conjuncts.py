"""Two objects of one verb: `had lost its shop and its post office since 2019` is one claim, though `and` is followed
by a determiner as a new clause would be (`sales rose and some shops now open on Sundays` is two), and two things
each placed on its own (`opened a depot in Ayr and a ticket office in every town`) are two items."""
from __future__ import annotations

from collections.abc import Callable

from .vocabulary import PREPOSITIONS

MAX_CONJUNCT_WORDS = 10
"""How far after `and` a clause's verb must come; a noun phrase this long with no verb is an object."""
BARE_OBJECT_WORDS = 3
"""How many words before `and` must hold no preposition for the first object to be bare (`its shop`)."""
PRESENT_VERBS: frozenset[str] = frozenset(
    "are is remain remains stay stays exceed exceeds meet meets run runs open opens hold holds face faces need needs "
    "now still also continue continues".split())
"""Words that mark the words after `and` as a clause without a past tense (`some schools now exceed ...`)."""


def verbless_object(text: str, before: list[str], start: int, end: int, verb_like: Callable[[str], bool]) -> bool:
    """Say whether the words after an `and` are a second object of the verb before it: the first object is bare (no
    preposition in its last words) and no verb follows the `and`."""
    if any(word.lower() in PREPOSITIONS for word in before[-BARE_OBJECT_WORDS:]):
        return False
    words = text[start:end].split()[:MAX_CONJUNCT_WORDS]
    return not any(verb_like(w) or w.lower().strip(",;") in PRESENT_VERBS for w in words)
