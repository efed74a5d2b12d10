"""A release's own dated act told in the first person (`In May we completed the restoration of the washhouse`, `In
February our teams recovered ...`): checkable though it holds no figure, so the issuer's claim (wave 41e)."""
from __future__ import annotations

import re

from .vocabulary import IRREGULAR_PAST, MONTH, load_words, verb_alternation

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
