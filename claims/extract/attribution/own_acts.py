"""`It` acting right after the body that just spoke (`X said A. It has downgraded the warning.`, `It had asked the
review body for 8.5%.`, `It now maintains 6,870 plans.`): in the same paragraph and with no cue of its own, the
sentence is the body's claim about what it did or holds (never after `according to X`, a source the writer reads
from); `It` of a copula, an expletive or a passive (`It was the
third cut`, `It follows a cut last year`, `It had been closed since March`) is the writer's (wave 22e)."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..items import split_items
from ..text import Span, subtract

from .patterns import is_commentary
from .records import Attribution

IT_ACTS_RE = re.compile(r"It[ \t]+(?:(?:now|also|still|already|has|have|had|will|would|then|since|previously)[ \t]+){0,3}"
                        r"(?P<verb>[a-z]+)\b")
"""`It has downgraded`, `It now maintains`, `It had also asked`: `It` and the verb it does, past its adverbs."""
NOT_ACTS: frozenset[str] = frozenset(
    "is was are were be been being seems seemed appears appeared remains remained follows followed comes came means "
    "meant takes took became becomes happened happens looks looked sounds sounded depends depended matters mattered "
    "makes made goes went gets got leaves left costs cost".split())
"""Verbs after `It` that describe or narrate rather than tell what the body did: a copula, an expletive's verb (`It
remains to be seen`, `It follows a cut`, `It takes six weeks`)."""
MAX_GAP_CHARS = 80
"""How far the end of the body's claim may lie before this sentence: a closing cue (`, the company said.`) fits,
another sentence does not."""

def own_act(text: str, sentence: Span, holes: list[Span], previous: Attribution | None) -> Attribution | None:
    """Give a cue-less sentence opening `It <verb>` right after a body's claim in the same paragraph to that body."""
    if previous is None or not text.startswith("It", sentence[0]) or previous.kind not in BODY_KINDS \
            or not previous.spans or previous.colon or text[sentence[1] - 1] == "?" \
            or previous.cue.lower().startswith("according"):
        return None  # the cheap tests first; a source the writer reads from (`according to its annual report`) does
        # not act, the writer goes on in its own words
    acts = IT_ACTS_RE.match(text, *sentence)
    gap = text[previous.spans[-1][1]:sentence[0]]
    if acts is None or acts.group("verb") in NOT_ACTS or not 0 <= len(gap) <= MAX_GAP_CHARS \
            or _sentence_between(gap) or is_commentary(text, *sentence):
        return None
    spans = tuple(s for part in subtract(sentence, holes) for s in split_items(text, part))
    return Attribution(previous.speaker, previous.kind, previous.cue, spans) if spans else None


_STOP_RE = re.compile(r"[.!?][\"\u201d\u2019']?\s+\S")
"""A sentence's end followed by another sentence's first character."""


def _sentence_between(gap: str) -> bool:
    """Say whether another sentence lies between the body's claim and this one."""
    return _STOP_RE.search(gap) is not None
