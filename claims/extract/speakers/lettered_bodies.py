"""A body the text calls only by letters (`the KVLA`) hides its head noun, so the text's own noun for it (`the union`,
`the trust`) is the only head it has: a `the union` that no body the text names has as its head means the lettered
body in focus, as `the agency` after `NRE said` does (`turn_bodies`)."""
from __future__ import annotations

import re

from .context import Context
from .spelled_letters import letters_only
from .turn_bodies import SIDE_DESCRIPTIONS, answers_for_others, body_for_reference


def lettered(name: str) -> bool:
    """Say whether a body's name is letters only (`KVLA`, `the KVLA`): an acronym that hides its head."""
    return letters_only(name.removeprefix("the ").removeprefix("The "))


def lettered_body_in_focus(noun: str, ctx: Context) -> str | None:
    """Return the body in focus for a head-noun reference (`the union`) when its name is letters only, else None; a
    body the text shows answering for others (`The PWLU, which represents drivers,`) is only a side's noun (`the
    union`), and a side's noun is never the body in focus while the text shows another body answering for others."""
    body = body_for_reference(noun, ctx)
    if body is None or not lettered(body) or introduced(ctx.text, noun):
        return None
    side = answers_for_others(ctx.text, body)
    if side != (noun in SIDE_DESCRIPTIONS) and (side or _another_side(body, ctx)):
        return None  # "The PWLU, which represents nurses, ... a spokesman for the hospital": not the union's
    return body


def _another_side(body: str, ctx: Context) -> bool:
    """Say whether the text shows a body other than this one answering for others (`The TDU, which represents`)."""
    return any(name != body and answers_for_others(ctx.text, name) for name in ctx.orgs)


def introduced(text: str, noun: str) -> bool:
    """Say whether the text brings in a party by this noun with `a` or `an` (`an independent regulatory commission
    found`): `the commission` is then that party, never a lettered body."""
    return re.search(rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,3}}{re.escape(noun)}\b", text) is not None
