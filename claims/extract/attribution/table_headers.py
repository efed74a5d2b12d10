"""A table's header (wave 35a): the line that names a table's columns by periods and dates (`Charge | Now | From 1
April`, `| | 26 weeks to 2 Oct | Change |`, `Jun-27   May-27`) or stands above a markdown rule (`|---|---|`), and the
rule itself. Neither is a claim; the rows below them stay the lead-in's or the source's (`documents.column_names`)."""
from __future__ import annotations

import re

from ..text import Block, Span
from ..vocabulary import MONTHS, load_words

RULE_RE = re.compile(r"\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*|\|[ \t]*:?-{3,}:?[ \t]*\|[ \t]*")
"""A markdown table's rule under its header: cells of three dashes or more, a colon at either end for alignment."""
_MONTHS = "|".join(sorted((m.capitalize() for m in MONTHS | load_words("month_abbreviations")), key=len, reverse=True))
"""Month names and short forms, capitalised, longest first (`September` before `Sept` before `Sep`)."""
PERIOD_RE = re.compile(rf"\b\d{{1,3}}[ \t]+(?:weeks|months)[ \t]+to\b"
                       rf"|\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{_MONTHS})\b\.?(?:[ \t]+(?:19|20)\d\d\b)?"
                       rf"|\b(?:{_MONTHS})\b\.?(?:[ \t-]+(?:(?:19|20)\d\d|\d{{1,2}})\b(?![.,]\d))?"
                       rf"|\b[QH][1-4]\b|\b(?:19|20)\d\d(?:[/\u2013-]\d\d)?\b")
"""A period or a date that names a column: `26 weeks to`, `2 Oct`, `Jun-27`, `March 2027`, `Q2`, `2027`, `2026/27`."""


def is_rule(text: str, block: Block) -> bool:
    """Say whether a line is a markdown table's rule (`|---|---|`, `| :--- | ---: |`)."""
    return text.find("---", block.body, block.end) >= 0 and RULE_RE.fullmatch(text, block.body, block.end) is not None


def period_spans(text: str, span: Span) -> list[Span]:
    """Return the spans of the periods and dates in a line (`26 weeks to`, `2 Oct`, `Q2`, `2027`)."""
    return [m.span() for m in PERIOD_RE.finditer(text, *span)]


def inside_period(at: int, periods: list[Span]) -> bool:
    """Say whether an offset falls inside one of a line's periods."""
    return any(start <= at < end for start, end in periods)
