"""The council a page speaks for when it names that council by a short form (`Fenbury DC`) and uses its letters
(`FDC Cabinet Member`, `FDC is giving`): `the council` before any council is named means that one, never a council
named in full only in passing (a funder, a partner) (wave 41i)."""
from __future__ import annotations

import re

from ..entities import Mention
from ..vocabulary import load_words

JOINT_RE = re.compile(r",\s*|\s+and\s+|\s*&\s*")
"""What joins two bodies named together (`Fenbury DC, Holme DC and MCC`)."""

COUNCIL_SHORT_FORMS: frozenset[str] = load_words("council_short_forms")
"""Short forms ending a council's name (`DC`, `BC`), lower case: each stands for `council`."""


def own_short_council(text: str, bodies: list[Mention]) -> Mention | None:
    """Return the one body named by a council's short form whose letters the text also uses on their own, else
    None (none, or two such councils: no one to be sure of)."""
    own = {part: mention._replace(name=part) for mention in bodies for part in JOINT_RE.split(mention.name)
           if _letters_used(text, part)}  # `Fenbury DC and Holme DC`: each council on its own
    return next(iter(own.values())) if len(own) == 1 else None


def _letters_used(text: str, name: str) -> bool:
    """Say whether a name ends with a council's short form and the text writes its letters as a word (`Fenbury DC`:
    `FDC`)."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in COUNCIL_SHORT_FORMS or not all(w[:1].isupper() for w in words[:-1]):
        return False
    letters = "".join(word[0] for word in words[:-1]) + words[-1]
    return re.search(rf"(?<![\w-]){re.escape(letters)}(?![\w-])", text) is not None
