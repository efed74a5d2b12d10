"""A release's header line saying a person gave out the statement below (`President of the X Party, Shri Jo Roe
issued a statement`, `Jo Roe, Chair of X, has released the following statement`), with no full stop: the statement's
cue-less figures are that person's, as under `Statement by X` (wave 54f)."""
from __future__ import annotations

import re

from ..entities import Mention, find_mentions

GIVER_LINE_RE = re.compile(r"(?P<who>[A-Z][^\n.!?:]{2,150}?)[ \t]+(?:has[ \t]+)?(?:issued|released|made)[ \t]+"
                           r"(?:a|the[ \t]+following)[ \t]+(?:press[ \t]+)?statement[ \t]*:?[ \t]*")
"""A header line of a person's name, perhaps with a post, and a verb giving out a statement, no sentence's end."""


def statement_giver(text: str, start: int, end: int) -> Mention | None:
    """Return the one person a header line `X issued a statement` names, else None (a body, two people, a sentence
    that ends on a full stop)."""
    line = GIVER_LINE_RE.fullmatch(text, start, end)
    if line is None:
        return None
    people = [m for m in find_mentions(text, line.start("who"), line.end("who")) if m.kind == "person"]
    return people[0] if len(people) == 1 else None
