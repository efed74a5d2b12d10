"""A news agency's credit (wave 41c): capitals in brackets that close a dateline's date before its colon or dash
(`Ravelpur, Aug 12 (KNS): ...`, `BUNDI, Jan 12 (PNI) - ...`), or that open a byline line of fields split by `|` with
its time (`KNS | Ravelpur (Uttar Pradesh) | Updated: 4-03-2026`), name the wire that filed the story: never a party
in it, and never the one body a later `police said` or `showed` falls back on.

Below `entities` (which reads no name there).
"""
from __future__ import annotations

import re

from .vocabulary import DATE_LINE_RE

DATELINE_CREDIT_RE = re.compile(r"(?<=\d[ \t])\([A-Z]{2,6}\)[ \t]*(?::|[\u2014\u2013-][ \t])")
"""A wire's credit in brackets after a dateline's date, then its colon or dash: `Aug 12 (KNS):`, `2026 (PNI) -`."""
BYLINE_CREDIT_RE = re.compile(r"[A-Z]{2,6}[ \t]+\|[^\n]*\|")
"""A wire's name opening a line of fields split by `|`: `KNS | Ravelpur | Updated: ...`."""


def is_wire_credit(text: str, start: int, end: int) -> bool:
    """Say whether the capitals text[start:end] are a news agency's credit in a dateline or a byline line."""
    if text[start - 1:start] == "(" and text[end:end + 1] == ")":
        return DATELINE_CREDIT_RE.match(text, start - 1) is not None
    if start and text[start - 1] != "\n" or BYLINE_CREDIT_RE.match(text, start) is None:
        return False
    line_end = text.find("\n", start)
    return DATE_LINE_RE.search(text, start, line_end if line_end >= 0 else len(text)) is not None
