"""A subject set off before a source's aside (wave 34b): `The correct figure, according to the trust, is £4.2m.`,
`The largest single grant, according to the register, was £9,100, paid to ...`. The words before `according to` are
only the sentence's subject, a noun phrase with no verb, and the words after the aside open on the verb in small
letters: cut at the aside, the verb and its object (`is £4.2m`) stand without their subject. The claim is the whole
sentence, the aside inside it, as a cue set off inside its claim gives the whole sentence (`mid_cues`).

Wave 35j reads the same subject before an aside that names the figure's source with a participle instead of `according
to`: `The correct figure, supplied by the company, is about 3,500.`, `..., given by X, is 304.`, `..., as stated in the
survey, is 15 per cent.`, `The final cost, confirmed in the council's accounts, was £197,400`. The participle and
its preposition (`data/source_participles.txt`) are the cue, the words after them up to the aside's closing comma its
source, and the claim the whole sentence; a maker's or a signer's aside (`built by`, `signed by`) names no source, a
venue's (`published in`) only who printed it, and a cue word on either side of the aside speaks instead."""
from __future__ import annotations

import re

from ..items import has_verb
from ..text import Span
from ..vocabulary import FINITE_WORDS, IRREGULAR_PAST, load_words, verb_alternation

from .patterns import ANY_CUE_RE

_FIRST_WORD_RE = re.compile(r"[\s,]*(?P<word>[a-z]+)\b")
"""The first word after the aside, in small letters."""
SOURCE_PARTICIPLES = load_words("source_participles")
"""Participles and their prepositions naming where a figure came from (`supplied by`, `given by`, `stated in`)."""
SOURCE_PARTICIPLE_WORDS = frozenset(phrase.split()[0] for phrase in SOURCE_PARTICIPLES)
"""The participles alone: the first word after the comma that closes a subject, looked up before any regex."""
SOURCE_ASIDE_RE = re.compile(rf"(?:as\s+)?(?:{verb_alternation(SOURCE_PARTICIPLES)})\s+"
                             r"(?P<who>[^,.;:!?()\n]{2,80}?)(?=,\s)")
"""`supplied by the company`, `as stated in the survey`: a participle aside and its source, up to its closing comma."""
SET_OFF_SOURCE_RE = re.compile(rf",\s+(?:as\s+)?(?:{verb_alternation(SOURCE_PARTICIPLES)})\s")
"""`, supplied by `, `, as stated in `: where a block may hold a figure's source set off after its subject."""
MAX_SUBJECT_CHARS = 90
"""How far into a sentence the comma that closes a subject set off before a source's aside may be."""


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


def source_aside(text: str, sentence: Span) -> re.Match[str] | None:
    """Return the participle aside that names a figure's source after a sentence's subject (`The correct figure,
    supplied by the company, is about 3,500.`: `supplied by the company`), else None."""
    comma = text.find(", ", sentence[0], min(sentence[1], sentence[0] + MAX_SUBJECT_CHARS))
    first = text[comma + 2:comma + 16].split(None, 1)[0].lower() if comma > sentence[0] else ""
    if first != "as" and first not in SOURCE_PARTICIPLE_WORDS:
        return None  # the word after the first comma names no source (the cheap test first)
    match = SOURCE_ASIDE_RE.match(text, comma + 2, sentence[1])
    if match is None or not subject_before_aside(text, (sentence[0], comma), (match.end(), sentence[1])) \
            or ANY_CUE_RE.search(text, sentence[0], comma) or ANY_CUE_RE.search(text, match.end(), sentence[1]):
        return None  # "She told X that a fault, supplied by Y, had ...", "Research by X, ..., found that": a cue speaks
    return match


def may_set_off_source(body: str) -> bool:
    """Say whether a block with no cue word may hold a figure's source set off after its subject (`, given by X,`)."""
    return ", " in body and SET_OFF_SOURCE_RE.search(body) is not None
