"""A broadcaster's photo credit written with no colon (wave 59d): `Image copyright PA`, `Image source, Getty Images`,
run on after the caption on its line as a flattened page writes it (`Pupils at a desk Image copyright PA`).
It names the agency that took the picture, never a party: no name after the label on its line is registered, so that
a later `the charity has revealed` means a body the story names, not the agency (as `byline_credits` reads
`Photograph: Jo Roe/Acme Agency`)."""
from __future__ import annotations

import re

FLAT_CREDIT_RE = re.compile(r"\bImage[ \t]+(?:copyright|source,)[ \t]+(?=[A-Z])")
"""A credit label with no colon, before a capitalised name: `Image copyright PA`, `Image source, Getty Images`."""


def on_flat_credit(text: str, at: int) -> bool:
    """Say whether a position lies after a colonless photo credit's label on its line (`Image copyright PA`)."""
    start = text.rfind("\n", 0, at) + 1
    label = text.rfind("Image", start, at)
    while label >= 0:  # the regex only where its first word stands: a long line is read once, not once a name
        if FLAT_CREDIT_RE.match(text, label, at + 1) is not None:
            return True  # the name's first letter ends the label
        label = text.rfind("Image", start, label)
    return False
