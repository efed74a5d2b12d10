"""A post whose division stands in brackets before its holder's name (`Deputy Commissioner of Police (National
Security) Jo Roe`, `the Assistant Commissioner of Police (Crime), Mr Jo Roe,`), as police and civil services write
them: the post names no body, its holder speaks (wave 54f)."""
from __future__ import annotations

import re

from .vocabulary import HONORIFICS, ROLES, initial_alternation

DIVISION_THEN_NAME_RE = re.compile(r"[ \t]+\([A-Z][\w&'\u2019\-]*(?:[ \t]+(?:[A-Z][\w&'\u2019\-]*|and|of|&))*\)"
                                   r",?[ \t]+(?:%s\.?[ \t]+)?[A-Z][a-z]"
                                   % initial_alternation(sorted(h.capitalize() for h in HONORIFICS)))
"""A division in brackets (`(National Security)`, `(Crime and Security)`), perhaps a comma, perhaps one of
`HONORIFICS` (`Mr`, `Dr.`), then a capitalised word that may open a name (second read of wave 54: no literal list)."""


def post_before_division(text: str, run: str, end: int) -> bool:
    """Say whether a run read as a body is a post (its first word a role, `Deputy Commissioner of Police`) whose
    division in brackets and a name follow it (`(National Security) Jo Roe`): the holder's title, no body."""
    words = run.split()
    return len(words) >= 2 and words[0].lower() in ROLES and DIVISION_THEN_NAME_RE.match(text, end) is not None
