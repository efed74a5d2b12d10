"""A document a party took in through a `that` clause (`the board learned that early figures for 2026 show`, `the
panel was told that a survey found`, `that figures for 2026, which ended in June, show`): the document is the cue's subject, never the party that learned or heard what
it shows; a party's own verb of speech (`X said that figures show`) is left as it was (wave 41i)."""
from __future__ import annotations

import re

from ..items import is_verb_like
from ..text import Span
from ..vocabulary import DOCUMENT_NOUNS, load_words, verb_alternation

TAKING_IN_VERBS: frozenset[str] = load_words("taking_in_verbs")
"""Verbs by which a party takes in what a document shows (`learned`, `was told`)."""
_HEARD_RE = re.compile(rf"\b(?:{verb_alternation(TAKING_IN_VERBS)})\s+that\s+(?P<phrase>(?:\S+\s+){{0,5}}?\S+?)(?:,\s+which\s+[^,;:.]{{1,60}},)?\s+$",
                       re.I)
"""A verb of taking in, `that` and up to six words closing the text before the cue, past a relative aside (`early
figures for 2026, which ended in June,`)."""
_LOOKBACK = 80
"""How far before the cue the verb of taking in may be."""


def heard_document_region(text: str, start: int, cue_start: int) -> Span | None:
    """Return the words of a document after a verb of taking in and `that`, right before the cue, else None."""
    low = max(start, cue_start - _LOOKBACK)
    if "that" not in text[low:cue_start].lower():
        return None  # the cheap test, as loose as the pattern (`learned\nthat`, `THAT`)
    heard = _HEARD_RE.search(text, low, cue_start)
    if heard is None:
        return None
    words = [word.strip(",;:").lower() for word in heard.group("phrase").split()]
    if not any(word in DOCUMENT_NOUNS for word in words) or any(is_verb_like(word) for word in words):
        return None
    return heard.start("phrase"), heard.end("phrase")
