"""A party's words that cite a source at their end (`She said rents rose 11%, according to the tenancy board`, `Cllr
Jo Roe, chair of the council, said A and noted that B, according to figures from X`, `The union said A, according to
the board`): the party that says them speaks and the source only backs the words; the source never takes them."""
from __future__ import annotations

import itertools
import re

from ..entities import find_mentions
from ..text import Span
from ..vocabulary import PERSON_PRONOUNS

from .patterns import CUE_RE, MAX_CUES_PER_SENTENCE
from .recorded_speech import PERSON_CUE_WORDS
from .records import inside_holes

_APPOSITION_RE = re.compile(r",[^,;:\"\u201c\u201d]{1,80},\s*\Z")
"""A comma-set-off apposition between a name and its cue (`, chair of the council,`)."""


def speaker_cites_source(text: str, sentence: Span, match: re.Match[str], holes: list[Span]) -> bool:
    """Say whether `according to X` closes a sentence whose first cue is a speech verb with a named party or `he` or
    `she` as its subject: that party speaks, citing X."""
    for cue in itertools.islice(CUE_RE.finditer(text, sentence[0], match.start()), MAX_CUES_PER_SENTENCE):
        if inside_holes(cue.start(), holes):
            continue
        return cue.group().split()[0].lower() in PERSON_CUE_WORDS and named_subject(text, sentence[0], cue.start())
    return False


def named_subject(text: str, start: int, end: int) -> bool:
    """Say whether the words before a cue end in `he`, `she`, or a name, alone or with a post set off after it by
    commas (`Jo Roe, chair of the council,`)."""
    words = text[start:end].split()
    if words and words[-1].lower() in PERSON_PRONOUNS:
        return len(words) == 1 or words[-2].endswith(",")  # "She said", "In May, he said"; "the rise she said" no
    names = [m for m in find_mentions(text, start, end) if not m.possessive]
    if not names:
        return False
    between = text[names[-1].end:end]
    return not between.strip() or _APPOSITION_RE.fullmatch(between) is not None  # "Jo Roe, chair of Acme, said"
