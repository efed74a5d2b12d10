"""A subject set off before a source's aside (wave 34b): `The correct figure, according to the trust, is £4.2m.`,
`The largest single grant, according to the register, was £9,100, paid to ...`. The words before `according to` are
only the sentence's subject, a noun phrase with no verb, and the words after the aside open on the verb in small
letters: cut at the aside, the verb and its object (`is £4.2m`) stand without their subject. The claim is the whole
sentence, the aside inside it, as a cue set off inside its claim gives the whole sentence (`mid_cues`)."""
from __future__ import annotations

import re

from ..items import has_verb
from ..text import Span
from ..vocabulary import IRREGULAR_PAST, load_words

FINITE_WORDS = load_words("finite_words")
"""Auxiliaries, copulas and modals: a verb that opens the words after the aside."""
_FIRST_WORD_RE = re.compile(r"[\s,]*(?P<word>[a-z]+)\b")
"""The first word after the aside, in small letters."""


def opens_on_verb(text: str, after: Span) -> bool:
    """Say whether the words after the aside open on a finite verb in small letters (`is £4.2m`, `rose to 40`)."""
    first = _FIRST_WORD_RE.match(text, *after)
    return first is not None and (first["word"] in FINITE_WORDS or first["word"] in IRREGULAR_PAST)


def subject_before_aside(text: str, before: Span, after: Span) -> bool:
    """Say whether the words before a source's aside are only the subject of the verb after it (`The correct figure,
    according to X, is £4.2m`): a noun phrase with no verb before, a finite verb opening the words after."""
    subject = text[before[0]:before[1]].strip(" ,")
    return bool(subject) and opens_on_verb(text, after) and not has_verb(subject)


def whole_sentence(before: Span, after: Span) -> Span:
    """The claim of a subject set off before the aside: the sentence from its subject to its end, aside and all."""
    return before[0], after[1]
