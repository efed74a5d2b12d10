"""Rows opening on a participle of speech (wave 37d): `Fuel exports fell by 52%, the ministry said, adding that tea
exports rose 4%.` and `"...," she said adding that 40 staff were hired.` give the participle's clause as a row of the
same speaker, but the row used to open on `adding that`, which no reader of the claim needs. A row whose words open on
a participle of speech (`data/speech_participles.txt`), with `only` or `that` after it, starts past them when a comma
or a cue word stands right before the participle, so that the claim stands alone; a quotation that opens on such a word
(`"Saying sorry is not enough," she said`) has neither and is kept, and so is a participle before a preposition
(`..., adding to pressure on the service`, `data/participle_prepositions.txt`)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution.records import Found
from .vocabulary import CUE_VERBS, load_words, verb_alternation

SPEECH_PARTICIPLES = load_words("speech_participles")
"""Participles of speech that go on from a cue (`adding`, `saying`, `warning`)."""
PARTICIPLE_PREPOSITIONS = load_words("participle_prepositions")
"""Words after a participle that make it none of speech (`adding to pressure`, `warning of delays`)."""
PARTICIPLE_OPENING_RE = re.compile(rf"(?:{verb_alternation(SPEECH_PARTICIPLES)})(?:\s+only)?(?:\s+that\b)?[\s,]*"
                                   rf"(?=\S)(?!(?:{verb_alternation(PARTICIPLE_PREPOSITIONS)})\b)")
"""A participle of speech opening a row, with `only` or `that` and a comma after it, no preposition next."""
_BEFORE_RE = re.compile(r"(?:,|\b[a-z]+)\s*$")
"""What stands right before the participle: a comma or a word (read as a cue when it is one)."""
LOOK_BEHIND_CHARS = 24
"""How far before a row its comma or cue word is looked for."""
_CUE_STARTS: tuple[str, ...] = tuple({w[:2] for w in CUE_VERBS})
"""The opening letters of every cue verb."""


_PARTICIPLE_STARTS: tuple[str, ...] = tuple({w[:3] for w in SPEECH_PARTICIPLES})
"""The opening letters of every participle of speech: the cheap test before any pattern."""
_CUE_WORD_RE = re.compile(r"[a-z]+\s+")
"""A lower-case word opening a row, read as its cue when it is one (`announced adding that A`)."""


def participle_end(text: str, start: int, end: int) -> int:
    """Return where a row text[start:end] starts past a participle of speech opening it (and past its cue word before
    it, `announced adding that`), else `start`."""
    cue = _CUE_WORD_RE.match(text, start, end) if text.startswith(_CUE_STARTS, start) else None
    at = cue.end() if cue is not None and cue.group().strip() in CUE_VERBS else start
    if not text.startswith(_PARTICIPLE_STARTS, at):
        return start  # the cheap guard: no participle's opening letters
    match = PARTICIPLE_OPENING_RE.match(text, at, end)
    before = _BEFORE_RE.search(text, max(0, at - LOOK_BEHIND_CHARS), at)
    if match is None or before is None or match.end() >= end:
        return start
    word = before.group().strip(" ,")
    return match.end() if not word or word in CUE_VERBS else start


def past_participle_openings(text: str, found: Sequence[Found]) -> list[Found]:
    """Return the rows with each one that opens on a participle of speech started past it (same speaker, cue, kind)."""
    rows = []
    for row in found:
        start = participle_end(text, *row.span)
        rows.append(row if start == row.span[0] else row._replace(span=(start, row.span[1])))
    return rows
