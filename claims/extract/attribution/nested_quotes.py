"""A quotation inside reported speech after a second cue: `Residents said the review confirmed "everything we warned
about"` is the residents' one claim, the quoted words part of it; the review is what they cite, not a speaker of its
own, and `the review confirmed` is no row."""
from __future__ import annotations

import re

from ..text import Block, Quote

OUTER_REPORT_RE = re.compile(r"\b(?:said|says|told\s+(?:\w+\s+){1,3}?|added|claimed|argued|insisted|warned|believed"
                             r"|believes)\s+(?:that\s+)?(?P<clause>[a-z][^\"\u201c\u201d:;.!?]{2,80})$")
"""A reporting verb, then the reported clause that runs up to the quotation (lower case, no mark, no sentence end)."""
MAX_REACH = 160
"""How far before a quotation its outer reporting verb may stand."""
MIN_CLAUSE_WORDS = 3
"""A reported clause holds at least its subject and its own cue (`the review confirmed`)."""


def reported_inside(text: str, block: Block, quote: Quote) -> bool:
    """Say whether a quotation right after a cue sits in a clause another cue reports (`said the review confirmed`)."""
    start = max(block.body, quote.outer[0] - MAX_REACH)
    before = text[start:quote.outer[0]].rstrip()
    if not before or not before[-1].isalpha():
        return False  # `X said: "..."` and `X said, "..."` open the quotation with the cue
    match = OUTER_REPORT_RE.search(before)
    return match is not None and len(match.group("clause").split()) >= MIN_CLAUSE_WORDS
