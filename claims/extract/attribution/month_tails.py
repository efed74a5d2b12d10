"""Months after a body's name (wave 40c): `Latest figures from the Orrin Housing Fund for June show` names the
document's period after the body, and the name reader takes `for June` into the name; a body's speaker that ends in
`for` or `in` and a month is the body without them."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..vocabulary import MONTH
from .records import Found

MONTH_TAIL_RE = re.compile(rf"\s+(?:for|in)\s+{MONTH}\Z")
"""`for June`, `in March` closing a speaker's name."""


def without_month_tails(found: list[Found]) -> list[Found]:
    """Return the rows with a month closing a body's speaker (`X Fund for June`) cut from its name."""
    rows = []
    for item in found:
        tail = MONTH_TAIL_RE.search(item.speaker) if item.kind in BODY_KINDS else None
        rows.append(item._replace(speaker=item.speaker[:tail.start()]) if tail is not None else item)
    return rows
