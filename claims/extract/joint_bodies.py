"""Two bodies read as one name (`X NHS Trust and the Y Ambulance Service`, a list's last two parties): the name still
speaks when the text makes it the subject (a joint statement), but a later reference by one body's head (`the
ambulance service`, `the team`) means that body alone, never both (wave 22d)."""
from __future__ import annotations

import re

from .entities import head_noun
from .vocabulary import ORG_HEADS

_AND_RE = re.compile(r" and (?=(?:the )?[A-Z])")
"""An `and` before a capitalised word, maybe after `the`: where a name may join two bodies."""


def joint_halves(name: str, text: str) -> tuple[str, str] | None:
    """Return the two bodies a name joins (`A Council` and `B Team`), or None: each half ends in a body's head and has
    two words or more, and the text shows them as two (`and the B Team`, or `B Team` written on its own too)."""
    if " and " not in name:
        return None  # the common case, tested cheaply
    for found in _AND_RE.finditer(name):
        left, right = name[:found.start()], name[found.end():]
        bare = right[4:] if right.startswith("the ") else right
        if _headed(left) and _headed(bare) and (bare is not right or _written_alone(text, left, bare)):
            return left, bare
    return None


def _written_alone(text: str, left: str, bare: str) -> bool:
    """Say whether the text writes the second half without the word before its `and` (`Optical Standards Council`
    only ever in `Hearing Care and Optical Standards Council` is one body's name, even when the text drops the
    words before that, `Fitness to Practise Committee of the`, wave 52h)."""
    return text.count(bare) > text.count(f"{left.split()[-1]} and {bare}")


def _headed(words: str) -> bool:
    """Say whether some words are a body's name of two words or more that ends in a body's head (`B Team`)."""
    return len(words.split()) > 1 and head_noun(words) in ORG_HEADS
