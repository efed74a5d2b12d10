"""A party accusing another of something (`Jo Roe accused the council of running the pool down`, `The union has
accused the trust of "ignoring staff"`): the accused and what it is accused of are the subject's claim, as if it had
said so."""
from __future__ import annotations

import re

from ..speakers import Context
from ..text import Span
from ..vocabulary import any_script

from .characterisations import active_subject, object_spans
from .records import SPEAKING_KINDS, Attribution, inside_holes

ACCUSED_RE = any_script(re.compile(
    r"(?<![\w-])(?P<verb>accused|accuses|accuse)\s+(?!of\b)"
    r"(?P<object>[^.;:!?,\"\u201c\u201d]{1,80}?)\s+of\s+(?=\S)"))
"""A verb of accusing, its object and `of`: `accused the company of `; never the participle `X, accused of fraud,`
(no object before `of`)."""


def may_accuse(body: str) -> bool:
    """Say whether a paragraph may hold an accusation (the verb's stem first: the cheap test)."""
    return "accus" in body and ACCUSED_RE.search(body) is not None


def accusation(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `X accused Y of Z` to its subject X: Y with Z is the claim; None when the verb is passive, inside a
    quotation, or no party is its subject."""
    match = ACCUSED_RE.search(text, *sentence) if text.find("accus", *sentence) >= 0 else None
    if match is None or inside_holes(match.start(), holes) or text[sentence[1] - 1] == "?":
        return None
    who = active_subject(text, sentence, match.start(), ctx)  # "Jo Roe was accused of", "The complaint accuses": None
    if who is None or who.kind not in SPEAKING_KINDS:
        return None
    spans = object_spans(text, (match.start("object"), sentence[1]), holes)
    return Attribution(who.name, who.kind, match.group("verb"), spans) if spans else None
