"""A news agency's credit (wave 41c): capitals in brackets that close a dateline's date before its colon or dash
(`Ravelpur, Aug 12 (KNS): ...`, `BUNDI, Jan 12 (PNI) - ...`), or that open a byline line of fields split by `|` with
its time (`KNS | Ravelpur (Uttar Pradesh) | Updated: 4-03-2026`), name the wire that filed the story: never a party
in it, and never the one body a later `police said` or `showed` falls back on. So does an outlet's header line over a
reporter's byline (`FREIGHT & STORAGE REVIEW | Property`, then `By Jo Roe`, wave 53h): the outlet and its section,
never `the company` of the story; a header with no byline is a release's, the body that issues it.

So does a broadcaster's credit in brackets between a dateline's place and its dash (`SACRAMENTO (CBS13) \u2013`,
wave 54q): the station that filed the story, never the body `their findings` or `the report` falls back on.

Below `entities` (which reads no name there).
"""
from __future__ import annotations

import re

from .datelines import place_dateline_end
from .vocabulary import BYLINE_RE, DATE_LINE_RE

DATELINE_CREDIT_RE = re.compile(r"(?<=\d[ \t])\([A-Z]{2,6}\)[ \t]*(?::|[\u2014\u2013-][ \t])")
"""A wire's credit in brackets after a dateline's date, then its colon or dash: `Aug 12 (KNS):`, `2026 (PNI) -`."""
BYLINE_CREDIT_RE = re.compile(r"[A-Z]{2,6}[ \t]+\|[^\n]*\|")
"""A wire's name opening a line of fields split by `|`: `KNS | Ravelpur | Updated: ...`."""
OUTLET_HEADER_RE = re.compile(r"\s*(?P<fields>[^|\n]{2,60}\|[^|\n]{2,60})\n")
"""A text's first line of two fields split by `|`: an outlet and its section (`GRID LEDGER | Transmission`)."""
_CREDIT_REACH = 40
"""How far into its line a broadcaster's credit after a dateline's place may start (`SAN ANTONIO (KXYZ) -`)."""
_HEADER_REACH = 200
"""How far into a text a name in an outlet's header line may start (the cheap test first)."""
_BYLINE_REACH = 6
"""How many lines after an outlet's header its reporter's byline may open (a headline and a standfirst between)."""


def is_wire_credit(text: str, start: int, end: int) -> bool:
    """Say whether the capitals text[start:end] are a news agency's credit in a dateline or a byline line."""
    if text[start - 1:start] == "(" and text[end:end + 1] == ")":
        return DATELINE_CREDIT_RE.match(text, start - 1) is not None
    if start and text[start - 1] != "\n" or BYLINE_CREDIT_RE.match(text, start) is None:
        return False
    line_end = text.find("\n", start)
    return DATE_LINE_RE.search(text, start, line_end if line_end >= 0 else len(text)) is not None


def in_dateline_credit(text: str, start: int) -> bool:
    """Say whether text[start:] stands in the brackets after a dateline's place, before its dash: a broadcaster's or
    wire's credit (`SACRAMENTO (CBS13) \u2013 A new count`, `DENVER (KXYZ News) - `; wave 54q), never a party."""
    line_start = text.rfind("\n", 0, start) + 1  # as text.line_start; this module is below `text`
    bracket = text.rfind("(", line_start, start)
    if bracket < 0 or start - line_start > _CREDIT_REACH or ")" in text[bracket:start]:
        return False  # the cheap tests first: an open bracket near the line's start
    end = place_dateline_end(text, line_start, min(len(text), line_start + 2 * _CREDIT_REACH))
    return end is not None and start < end


def in_outlet_header(text: str, start: int, end: int) -> bool:
    """Say whether text[start:end] lies in an outlet's header line, the text's first, over a reporter's byline."""
    header = OUTLET_HEADER_RE.match(text) if start < _HEADER_REACH else None
    if header is None or not header.start("fields") <= start < end <= header.end("fields"):
        return False
    lines = text[header.end():].split("\n", _BYLINE_REACH)[:_BYLINE_REACH]
    return any(BYLINE_RE.match(line.strip()) for line in lines)
