"""The person a text names as a role's holder in an apposition (`the planning inspector, Jo Roe,`, `its new
chair, Al Key,`): later, `the inspector` or `the chair` with no name is that person, not a body.

`inspector Jo Roe` (the role right before the name) is registered where the name is; this reads the apposition that
sets the name off by commas, once per paragraph, whether or not the sentence is anyone's claim.
"""
from __future__ import annotations

import re

from .entities import find_mentions
from .speakers import Context
from .vocabulary import ROLES, VOICE_ROLES

_ROLE_THEN_NAME_RE = re.compile(r"\b(?:the|its|their|his|her)[ \t]+(?:[a-z\-]+[ \t]+){0,3}?(?P<role>[a-z]+),[ \t]+(?=[A-Z])")
"""A role set off before a name: `the planning inspector, ` then `Jo Roe`."""
MAX_NAME_CHARS = 60
"""How far a holder's name may run after the role's comma."""


def register_role_holders(text: str, start: int, end: int, ctx: Context) -> None:
    """Note, for each `the <role>, <Person>,` in a paragraph, that `the <role>` is that person."""
    if text.find(", ", start, end) < 0:
        return  # no apposition (a cheap test first)
    for match in _ROLE_THEN_NAME_RE.finditer(text, start, end):
        role = match.group("role")
        if role not in ROLES or role in VOICE_ROLES:
            continue
        mentions = find_mentions(text, match.end(), min(end, match.end() + MAX_NAME_CHARS))
        if mentions and mentions[0].start == match.end() and mentions[0].kind == "person" \
                and text.startswith(",", mentions[0].end):  # "the inspector, Jo Roe, said": closed by a comma
            ctx.titles[role] = ctx.full_person(mentions[0].name)
