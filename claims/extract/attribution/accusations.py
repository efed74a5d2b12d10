"""A party accusing another of something (`Jo Roe accused the council of running the pool down`, `The union has
accused the trust of "ignoring staff"`): the accused and what it is accused of are the subject's claim, as if it had
said so."""
from __future__ import annotations

import re

from ..items import split_items
from ..speakers import Context, speaker_from_region
from ..text import Span, subtract
from ..vocabulary import any_script, DOCUMENT_NOUNS

from .characterisations import PASSIVE_BEFORE_RE
from .records import Attribution, inside_holes
from .subjects import subject_region

ACCUSED_RE = any_script(re.compile(
    r"(?<![\w-])(?P<verb>accused|accuses|accuse)\s+(?!of\b)"
    r"(?P<object>[^.;:!?,\"\u201c\u201d]{1,80}?)\s+of\s+(?=\S)"))
"""A verb of accusing, its object and `of`: `accused the company of `; never the participle `X, accused of fraud,`
(no object before `of`)."""
SPEAKING_KINDS: frozenset[str] = frozenset({"person", "organisation", "inspectorate"})
"""The kinds of party whose accusation is a claim (a document's is read by the document rules)."""


def may_accuse(body: str) -> bool:
    """Say whether a paragraph may hold an accusation (the verb's stem first: the cheap test)."""
    return "accus" in body and ACCUSED_RE.search(body) is not None


def accusation(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `X accused Y of Z` to its subject X: Y with Z is the claim; None when the verb is passive, inside a
    quotation, or no party is its subject."""
    match = ACCUSED_RE.search(text, *sentence) if text.find("accus", *sentence) >= 0 else None
    if match is None or inside_holes(match.start(), holes) or text[sentence[1] - 1] == "?" \
            or PASSIVE_BEFORE_RE.search(text, max(sentence[0], match.start() - 30), match.start()):
        return None  # "Jo Roe was accused of ...": nobody's claim here
    region = subject_region(text, sentence[0], match.start())
    last = text[region[0]:region[1]].split()[-1:]
    if not last or last[0].lower() in DOCUMENT_NOUNS:
        return None  # "The complaint accuses X of ...": a document's author is read by the document rules
    who = speaker_from_region(text, *region, ctx)
    if who is None or who.kind not in SPEAKING_KINDS:
        return None
    spans = tuple(s for part in subtract((match.start("object"), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, match.group("verb"), spans) if spans else None
