"""A release's own dated act told in the first person (`In May we completed the restoration of the washhouse`, `In
February our teams recovered ...`): checkable though it holds no figure, so the issuer's claim (wave 41e)."""
from __future__ import annotations

import re

from .vocabulary import IRREGULAR_PARTICIPLES, IRREGULAR_PAST, MONTH, is_ed_form, load_words, verb_alternation

ASKING_ACTS = load_words("asking_acts")
"""Acts of asking or consulting (`surveyed`, `asked`): how the work was done, never a dated claim
(`data/asking_acts.txt`)."""
DATED_ACT_RE = re.compile(
    r"\s*(?:In|During|Last|This|Earlier\s+this|Over\s+the)\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?:{MONTH}(?:\s+\d{{4}})?|\d{{4}}|year|summer|spring|autumn|winter)\s*,?\s+"
    r"(?:we|our\s+(?:[a-z\-]+\s+){0,2}?[a-z\-]+)\s+(?:(?:have|had|also)\s+)?"
    rf"(?P<verb>[a-z]+ed|{verb_alternation(IRREGULAR_PAST)})\b")
"""A sentence opening on when, then `we` or `our` people and a past tense: `In October we opened`, `Last year our
nurses cared`."""


def is_dated_act(text: str, start: int, end: int) -> bool:
    """Say whether text[start:end] opens as a dated act of the writer's own (`In May we completed ...`), not one of
    asking (`In March we surveyed ...`)."""
    match = DATED_ACT_RE.match(text, start, end)
    return match is not None and match.group("verb") not in ASKING_ACTS


OWN_ACT_RE = re.compile(
    r"\s*(?:(?:However|Since\s+then|Instead|Today|Yesterday|This\s+week|So|But|And),?\s+we|We)\s+(?:(?:have|had)\s+)?"
    r"(?:(?:also|now|already|since|then|again|quickly|immediately|today|yesterday|recently|this\s+week|last\s+week"
    r"|successfully|not|never)\s+)*"
    r"(?P<verb>[a-z]+)\b")
"""A release's own sentence opening on `We` and a past or perfect tense, with no date before it: `We have agreed to
refund the charges`, `However, we closed the north wing within an hour`, `We have not disconnected anyone`."""
UNCLAIMED_OWN_PASTS = load_words("unclaimed_own_pasts") | ASKING_ACTS
"""Pasts after `We` that tell a wish, a feeling, a way of learning or of asking (`We welcomed`, `We asked`): never an
act a reader could check (`data/unclaimed_own_pasts.txt`, `data/asking_acts.txt`)."""


def is_own_act(text: str, start: int, end: int) -> bool:
    """Say whether text[start:end] opens as an act of the writer's own told in the past or perfect with no date (`We
    have agreed to reimburse the charges in full`, `We closed the wing within an hour`; wave 50v), not a wish, a
    feeling or an act of asking (`We welcomed the report`, `We asked every tenant`)."""
    match = OWN_ACT_RE.match(text, start, end)
    verb = match.group("verb") if match is not None else ""
    return bool(verb) and verb not in UNCLAIMED_OWN_PASTS \
        and (verb in IRREGULAR_PAST or verb in IRREGULAR_PARTICIPLES or is_ed_form(verb))
