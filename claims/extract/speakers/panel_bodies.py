"""A hearing's panel the text ties to the body it sits for (wave 23a): `a fitness to practise panel of the Nursing
Council`, `a Nursing Council conduct panel`, `an NC panel`; `the panel found` later is that body's finding. A panel of
people (`a panel of eight residents`) or one tied to two bodies is no one body's."""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..text import line_start
from ..vocabulary import CUE_VERBS, PREPOSITIONS, load_words

from .words import DETERMINERS
from ..text_caches import per_text

PANEL_NOUNS: frozenset[str] = load_words("panel_nouns")
"""Nouns for a hearing's panel that sits for a body (`panel`, `tribunal`, `committee`)."""
_NOT_MODIFIERS: frozenset[str] = DETERMINERS | CUE_VERBS | (PREPOSITIONS - {"to"}) \
    | frozenset("and or but told asked".split())
"""Words that end a body's name before its panel: a determiner, a cue, a preposition (`Acme told the committee`);
`to` stays (`fitness to practise panel`)."""
_MODIFIERS_RE = re.compile(r"(?:['\u2019]s)?(?P<words>(?:[ \t]+[a-z][a-z\-]*){0,4})[ \t]+$")
"""What may stand between a body's name and its panel: a possessive and up to four lower-case words (` fitness to
practise `)."""
_NAME_SPAN = 150
"""How far before a panel its body's name may start, and after `of` how far it may run."""


@per_text(64)
def panel_body(text: str, word: str) -> str | None:
    """Return the one body the text says a panel of this noun sits for (`a panel of the X`, `an X conduct panel`),
    else None (no body, or two)."""
    if word not in PANEL_NOUNS or word not in text:
        return None  # the common case: no such panel written in lower case
    bodies: set[str] = set()
    for match in re.finditer(rf"\b{word}\b", text):
        body = _body_after_of(text, match.end()) or _body_before(text, match.start())
        if body is not None:
            bodies.add(body)
    return bodies.pop() if len(bodies) == 1 else None


def _body_after_of(text: str, end: int) -> str | None:
    """Return the body named right after a panel's `of (the)` (`panel of the Nursing Council`), else None."""
    rest = text[end:end + 10]
    if not rest.startswith(" of "):
        return None
    start = end + 4 + (4 if rest[4:8] == "the " else 0)
    mentions = find_mentions(text, start, min(len(text), start + _NAME_SPAN))
    return mentions[0].name if mentions and mentions[0].start == start and mentions[0].kind == "org" else None


def _body_before(text: str, start: int) -> str | None:
    """Return the body named right before a panel and its describing words (`an NC conduct panel`), else None."""
    line = line_start(text, start)
    mentions = [m for m in find_mentions(text, max(line, start - _NAME_SPAN), start) if m.end <= start]
    if not mentions or mentions[-1].kind != "org":
        return None
    between = _MODIFIERS_RE.fullmatch(text, mentions[-1].end, start)
    if between is None or _NOT_MODIFIERS.intersection(between.group("words").split()):
        return None  # "Acme told the committee": an audience, not Acme's panel
    return mentions[-1].name
