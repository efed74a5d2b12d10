"""A party's words in a free relative of describing (`... in what the council describes as the largest programme in a
decade`, `... to close what district officials describe as an $18m gap`, `in what the charity called its biggest
rescue`): the words after the verb are the party's claim (wave 31g); a passive (`what was described as`) and an
indirect question (`has not said what it calls a pothole`, `data/question_takers.txt`) report nothing."""
from __future__ import annotations

import re

from ..speakers import Context, Who, speaker_from_region
from ..text import Span
from ..vocabulary import any_script, load_words

from .characterisations import object_spans
from .names import remember_names
from .records import SPEAKING_KINDS, Attribution, inside_holes
from .subjects import main_subject

DESCRIBED_RELATIVE_RE = any_script(re.compile(
    r"\b(?P<before>[A-Za-z]+)\s+what\s+"
    r"(?P<who>(?!(?:was|were|is|are|has|have|had|been|be|it\s+is|it\s+was)\b)[^.,;:!?\"\u201c\u201d]{1,60}?)\s+"
    r"(?P<cue>(?:describes?|described|characteri[sz]es?|characteri[sz]ed)\s+as"
    r"|(?:calls?|called|terms?|termed|brands?|branded|dubs?|dubbed)(?:\s+as)?(?=\s+(?:the|an?|its|their|one|some|\d)\b))"
    r"\s+(?=[\w$\u00a3\u20ac])"))
"""`in what it describes as `, `close what district officials describe as `, `in what the nonprofit called the`: the
word before `what`, the describing party and the verb (`describe` with `as`; `call` before `as` or an article, so that
`what the report describes happened` and `what it calls urgent` are no description)."""
QUESTION_TAKERS: frozenset[str] = load_words("question_takers")
"""Words before `what` that make it an indirect question (`said what it calls`), from `data/question_takers.txt`."""
PRONOUNS: frozenset[str] = frozenset({"it", "they", "he", "she"})
"""Describing parties that are the main clause's subject (`X published the list, in what it describes as`)."""
CHEAP_WORD = "what "
"""What a sentence must hold before the pattern is tried."""


def described_relative(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `..., in what X describes as Y.` to X: Y, to the sentence's end, is X's claim; None when no party
    describes (a passive, an indirect question, a speaker of no speaking kind)."""
    if text.find(CHEAP_WORD, *sentence) < 0 or text[sentence[1] - 1] == "?":
        return None
    match = DESCRIBED_RELATIVE_RE.search(text, *sentence)
    if match is None or inside_holes(match.start("who"), holes) or match.group("before").lower() in QUESTION_TAKERS:
        return None
    who = _describer(text, sentence, match, holes, ctx)
    if who is None or who.kind not in SPEAKING_KINDS:
        return None
    spans = object_spans(text, (match.end(), sentence[1]), holes)
    return Attribution(who.name, who.kind, " ".join(match.group("cue").split()), spans) if spans else None


def _describer(text: str, sentence: Span, match: re.Match[str], holes: list[Span], ctx: Context) -> Who | None:
    """Return who describes: a pronoun is the subject opening the main clause (`X has published the list, in what it
    describes as`), else the party the words name."""
    if match.group("who").lower() in PRONOUNS:
        opening = main_subject(text, sentence[0], match.start("before"), ctx) \
            or speaker_from_region(text, sentence[0], match.start("before"), ctx)
        return opening if opening is not None and opening.clause_start == sentence[0] else None
    remember_names(text, (sentence[0], match.start("who")), holes, ctx)  # "X removed 94 dogs, in what the charity called"
    return speaker_from_region(text, match.start("who"), match.end("who"), ctx)


def may_describe_relative(body: str) -> bool:
    """Say whether a paragraph may hold a free relative of describing (the cheap test first)."""
    return CHEAP_WORD in body and DESCRIBED_RELATIVE_RE.search(body) is not None
