"""`Both` opening a joint subject (`Both the Harbour Board and the Coast Police said`, `Both Jo Roe and Ann Holt
warned`): the word counts two parties the subject then names, joined by `and`, so the subject after it speaks as
`The Harbour Board and the Coast Police said` does (wave 61f). `Both unions said`, with no `and`, names no one party
and stays nobody's claim, as `Each supplier reported` does (`speakers.words.QUANTIFIERS`)."""
from __future__ import annotations

import re

BOTH_RE = re.compile(r"(?<![\w'\u2019-])[Bb]oth[ \t]+(?=\S)")
"""`Both` and the space after it, as a whole word."""
JOINED_RE = re.compile(r"[ \t]and[ \t]+\S")
"""The `and` that joins the subject's two parties."""


def after_both(text: str, start: int, end: int) -> int | None:
    """Return where a subject opening on `Both` (its last such word between start and end) names its parties, past
    the word, when an `and` then joins two of them; else None."""
    found = [m.end() for m in BOTH_RE.finditer(text, start, end)]
    if not found or JOINED_RE.search(text, found[-1], end) is None:
        return None
    return found[-1]
