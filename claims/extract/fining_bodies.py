"""A body the text shows fining someone (`was fined £1m by Ofcom`, `Ofcom has fined X`): the text's regulator, though
its name has no regulator's head."""
from __future__ import annotations

import re

FINED_BY_BEFORE_RE = re.compile(r"\bfined\b(?:[^.;:!?]|\.(?=\d)){0,40}?\bby\s+(?:the\s+)?$")
"""`fined £1.4m by ` right before a body's name: the body fined someone."""
FINES_AFTER_RE = re.compile(r"(?:\s+\([^()]{1,12}\))?\s+(?:has\s+|had\s+|have\s+)?(?:fined|fines)\b")
"""` has fined`, ` (Ofcom) fined` right after a body's name: the body fines someone."""
WINDOW = 60
"""Characters before a name read for `fined ... by`."""


def fines_someone(text: str, name: str) -> bool:
    """Say whether the text shows a body fining someone: `fined £1.4m by NAME` or `NAME has fined`."""
    if "fine" not in text:
        return False  # the cheap test first: most texts fine nobody
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if FINED_BY_BEFORE_RE.search(text, max(0, at - WINDOW), at) or FINES_AFTER_RE.match(text, end):
            return True
        at = text.find(name, end)
    return False
