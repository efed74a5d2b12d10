"""A surname alone set off before a post, before a cue (`A, Orrin, the chief executive, said`, `Orrin, the chief
executive, said A`): the person speaks, never the post (wave 65y). The person is the full name the text gave earlier
(`Ama Orrin`); a surname the text never gave in full speaks as written, but only after the claim (a capitalised word
opening the sentence may be a time or a place: `Yesterday, the chief executive said`).
"""
from __future__ import annotations

import re

from ..places import only_place
from ..vocabulary import NOT_NAMES, ROLES

from .context import Context

SURNAME_RE = re.compile(r"[A-Z][a-z]+(?:[\-'\u2019][A-Z]?[a-z]+)*")
"""One capitalised word that may be a surname (`Orrin`, `Kerr-Dale`, `O'Hale`)."""


def surname_alone(clause: str, ctx: Context, opens: bool) -> tuple[str, str] | None:
    """Return the person a clause of one surname names, a person: the full name the text gave earlier, else (when the
    clause does not open the sentence) the surname; None for any other clause, a common word, a post or a place."""
    word = clause.strip()
    if SURNAME_RE.fullmatch(word) is None or word.lower() in NOT_NAMES or word.lower() in ROLES or only_place(word):
        return None
    known = ctx.full_person(word)
    if " " in known and ctx.kinds.get(known, "person") == "person":
        return known, "person"
    if opens or ctx.kinds.get(word, "person") != "person":
        return None
    return word, "person"
