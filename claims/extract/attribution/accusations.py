"""A party accusing another of something (`Jo Roe accused the council of running the pool down`, `The union has
accused the trust of "ignoring staff"`): the accused and what it is accused of are the subject's claim, as if it had
said so; wave 43i: condemning another for something, `Jo Roe condemned the board for closing two wards`, alike."""
from __future__ import annotations

import re

from ..speakers import Context
from ..text import Span
from ..vocabulary import any_script

from .characterisations import active_subject, conjoined_first, object_spans
from .records import SPEAKING_KINDS, Attribution, holds_any, inside_holes

ACCUSED_RE = any_script(re.compile(
    r"(?<![\w-])(?:(?P<verb>accused|accuses|accuse)\s+(?!of\b)(?P<object>[^.;:!?,\"\u201c\u201d]{1,80}?)\s+of"
    r"|(?P<condemning>condemned|condemns|condemn)\s+(?!for\b)(?P<condemned>[^.;:!?,\"\u201c\u201d]{1,80}?)\s+for)"
    r"\s+(?=\S)"))
"""A verb of accusing, its object and `of`: `accused the company of `; never the participle `X, accused of fraud,`
(no object before `of`); wave 43i: a verb of condemning, its object and `for`, `condemned the council for `."""
STEMS: tuple[str, ...] = ("accus", "condemn")
"""The verbs' stems, one of which a sentence must hold before the pattern is tried."""


GROUP_RE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Za-z][a-z\-]*\s+){0,2}[A-Za-z][a-z\-]{2,}s")
"""A group named by a plural common noun, with its article and up to two modifiers (`The doctors`, `Striking nurses`)."""


def group_subject(name: str) -> bool:
    """Say whether an unresolved subject names a group of people by a plural common noun (`The doctors`)."""
    return GROUP_RE.fullmatch(name) is not None


def may_accuse(body: str) -> bool:
    """Say whether a paragraph may hold an accusation (the verb's stem first: the cheap test)."""
    return any(stem in body for stem in STEMS) and ACCUSED_RE.search(body) is not None


def accusation(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `X accused Y of Z` to its subject X: Y with Z is the claim; None when the verb is passive, inside a
    quotation, or no party is its subject."""
    match = ACCUSED_RE.search(text, *sentence) if holds_any(text, *sentence, STEMS) else None
    if match is None or inside_holes(match.start(), holes) or text[sentence[1] - 1] == "?":
        return None
    who = active_subject(text, sentence, match.start(), ctx)  # "Jo Roe was accused of", "The complaint accuses": None
    if who is None or who.kind not in SPEAKING_KINDS and not (who.kind == "unresolved" and group_subject(who.name)):
        return None  # "The doctors accused the county of ...": a group named by its common noun accuses too (43i)
    verb, accused = _verb_and_accused(match)
    spans = object_spans(text, (accused, sentence[1]), holes)
    return Attribution(who.name, who.kind, verb, spans) if spans else None


def _verb_and_accused(match: re.Match[str]) -> tuple[str, int]:
    """Return an accusation's verb (`accused`, `condemned`) and where the party it accuses starts."""
    if match.group("condemning"):
        return match.group("condemning"), match.start("condemned")
    return match.group("verb"), match.start("object")


def accused_first(text: str, sentence: Span, found: Attribution, holes: list[Span]) -> list[Attribution]:
    """Return a cue's attribution with, before it, its subject's accusation conjoined right before the cue (`X accused
    A of B and said C`: `A of B` is its claim too, under the verb that accuses; wave 43i)."""
    if not found.spans or found.colon or not holds_any(text, sentence[0], found.spans[0][0], STEMS):
        return [found]
    match = ACCUSED_RE.search(text, sentence[0], found.spans[0][0])
    if match is None or inside_holes(match.start(), holes):
        return [found]
    verb, accused = _verb_and_accused(match)
    return conjoined_first(text, found, match.end(), accused, verb, holes)
