"""Where a claim was said, before a quotation: `X said in a joint statement: "..."` holds no claim in
`in a joint statement` (the quotation is the claim), whatever words describe the statement (`joint`, `short`,
`open letter`)."""
from __future__ import annotations

import re

from ..text import Span

WHERE_BEFORE_QUOTE_RE = re.compile(
    r"\s*(?:in|on|via)\s+(?:a|an|its|their|his|her|the)\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?:statement|letter|post|email|message|note|video|blog|website|interview|briefing|update)"
    r"(?:\s+(?:on|to)\s+[^,.;:\"\u201c]{1,30}?)?\s*[:,]?\s*(?=[\"\u201c])")
"""Only the place of a cue's words before its quotation (`in a joint statement: "`, `in an open letter to staff: "`)."""


def past_where(text: str, span: Span) -> Span:
    """Return the words a cue's subject claims without the place they were said, when a quotation follows it
    (`in a joint statement: "..."` is the quotation alone); else the words as they are."""
    if text[span[0]:span[0] + 4].lstrip()[:2] not in ("in", "on", "vi"):
        return span  # the cheap test first
    where = WHERE_BEFORE_QUOTE_RE.match(text, span[0], span[1])
    return (where.end(), span[1]) if where is not None else span
