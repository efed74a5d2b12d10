"""A lead-in that makes a claim of its own before the list it opens (`the society had invested £11m during the year,
including:`, `inspectors found non-compliance in seven centres, in areas including:`): the words before the opener
are a claim with a figure, the items below are more claims of the same speaker."""
from __future__ import annotations

import re

from .items import tidy
from .release import has_figure
from .text import Span

LIST_OPENER_RE = re.compile(r",[ \t]*(?:in[ \t]+(?:areas|ways|places)[ \t]+)?(?:including|which[ \t]+will|such[ \t]+as"
                            r"|among[ \t]+them|notably|in[ \t]+particular)[ \t]*:[ \t]*$")
"""What opens a list at a lead-in's end after a clause: `, including:`, `, in areas including:`, `, which will:`."""
MIN_HEAD_WORDS = 4
"""A claim before the opener has at least this many words (`raise an extra £6.1m`)."""


def claim_before_list(text: str, start: int, end: int) -> Span | None:
    """Return the span of the claim text[start:end] makes before the list opener it ends with, when it holds a figure
    (`the society had invested £11m during the year` before `, including:`), else None (`a number of improvements,
    including:` claims nothing of its own)."""
    if text[end - 1] != ":" and text[start:end].rstrip()[-1:] != ":":
        return None  # the cheap test first: a lead-in ends in a colon
    opener = LIST_OPENER_RE.search(text, start, end)
    if opener is None or len(text[start:opener.start()].split()) < MIN_HEAD_WORDS \
            or not has_figure(text, start, opener.start()):
        return None
    return start, opener.start()


MIN_PHRASE_WORDS = 2
MAX_PHRASE_WORDS = 6
"""A listed noun phrase has two to six words (`fire precautions`, `governance and management`); its quote is short,
its claim column stands alone with the lead-in's words in brackets."""


def phrase_items(text: str, lead: Span | None, part: Span, items: list[Span]) -> list[Span]:
    """Return the items of one line under a lead-in: those `split_items` kept, else the line whole when the lead-in
    is a clause that lists examples after a comma (`..., in areas including:`; not `Symptoms include:`) and the line
    is a short noun phrase (`- governance and management;`), which the lead-in's words make a claim (`[... in areas
    including] governance and management`)."""
    if items or lead is None or LIST_OPENER_RE.search(text, *lead) is None:
        return items
    span = tidy(text, part)
    return [span] if MIN_PHRASE_WORDS <= len(text[span[0]:span[1]].split()) <= MAX_PHRASE_WORDS else items
