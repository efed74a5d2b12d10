"""The subject before a sentence's first verb: who speaks when the cue comes later in the sentence, after a colon's
infinitive (`Jo Roe went on to say:`), a participle (`Jo Roe defended the plan, saying:`) or `and` after a first
predicate set off by commas (`Inspectors from X visited the yard in Harlow, Kent, and found`)."""
from __future__ import annotations

import re

from ..items import is_verb_like
from ..speakers import Context, Who, speaker_from_region
from ..text import Span

_LOWER_WORD_RE = re.compile(r"\b[a-z]+\b")
"""A word in lower case: a verb opens with one."""


def subject_span(text: str, sentence_start: int, end: int) -> Span | None:
    """Return the words before a sentence's first verb (`Jo Roe` in `Jo Roe defended the plan, ...`), else None."""
    verb = next((m for m in _LOWER_WORD_RE.finditer(text, sentence_start, end) if is_verb_like(m.group())), None)
    return (sentence_start, verb.start()) if verb and verb.start() > sentence_start else None


def subject_before_verb(text: str, sentence_start: int, end: int, ctx: Context) -> Who | None:
    """Return who the subject before a sentence's first verb is, else None."""
    span = subject_span(text, sentence_start, end)
    return speaker_from_region(text, *span, ctx) if span is not None else None
