"""A sentence that gives another category's figure for the measure of the sentence before it, by an ellipsis: `In
physics, only 29% of the posts were filled. In computing it was 34%.` The second says nothing alone (`it` is the
share of posts filled); with the first it is a series of figures for one measure, which the annotation guide makes one
claim. So a short sentence of that shape joins the sentence before it when that one holds a figure (wave 44a)."""
from __future__ import annotations

import re

from .text import Span

ELLIPTIC_CATEGORY_RE = re.compile(
    r"(?:In|For|Among|At|Across)\s+(?:[\w'\u2019-]+\s+){1,3}?(?:it|this|that|the\s+(?:figure|share|rate|number))\s+"
    r"(?:was|is|were|stood\s+at|rose\s+to|fell\s+to)\s+(?:only\s+|just\s+|about\s+|nearly\s+|almost\s+)?"
    r"[£$€]?\d[\d,.]*(?:%|\s+per\s+cent)?[.!]?[\"\u201d']?\s*")
"""A sentence that names a category and gives its figure with a pronoun for the measure (`In computing it was 34%.`,
`For girls the figure was 12%.`)."""
FIGURE_RE = re.compile(r"\d")
"""A digit: the sentence before holds a figure."""


def joined_categories(text: str, sentences: list[Span]) -> list[Span]:
    """Return sentences with each elliptic category figure (`ELLIPTIC_CATEGORY_RE`) joined to the sentence before it
    when that one holds a figure."""
    joined: list[Span] = []
    for start, end in sentences:
        if joined and ELLIPTIC_CATEGORY_RE.fullmatch(text, start, end) \
                and FIGURE_RE.search(text, *joined[-1]) is not None:
            joined[-1] = (joined[-1][0], end)
            continue
        joined.append((start, end))
    return joined
