"""A broadcaster's photo credit written with no colon (wave 59d): `Image copyright PA`, `Image source, Getty Images`,
run on after the caption on its line as a flattened page writes it (`Pupils at a desk Image copyright PA`).
It names the agency that took the picture, never a party: no name after the label on its line is registered, so that
a later `the charity has revealed` means a body the story names, not the agency (as `byline_credits` reads
`Photograph: Jo Roe/Acme Agency`)."""
from __future__ import annotations

import re
from bisect import bisect_left

from ..text_caches import per_text

FLAT_CREDIT_RE = re.compile(r"\bImage[ \t]+(?:copyright|source,)[ \t]+(?=[A-Z])")
"""A credit label with no colon, before a capitalised name: `Image copyright PA`, `Image source, Getty Images`."""


@per_text(64)
def flat_credit_labels(text: str) -> tuple[tuple[int, int], ...]:
    """Return where each colonless photo credit's label of a text starts and ends, in order (read once a text: a long
    line was read back to its start once a name)."""
    return tuple(label.span() for label in FLAT_CREDIT_RE.finditer(text)) if "Image" in text else ()


def on_flat_credit(text: str, at: int) -> bool:
    """Say whether a position lies after a colonless photo credit's label on its line (`Image copyright PA`)."""
    labels = flat_credit_labels(text)
    for index in range(bisect_left(labels, (at,)) - 1, -1, -1):  # the labels opening before it, nearest first
        start, end = labels[index]
        if text.find("\n", start, at) >= 0:
            return False  # a line break between: that label and every earlier one are on lines before
        if end <= at:
            return True  # the name's first letter ends the label
    return False
