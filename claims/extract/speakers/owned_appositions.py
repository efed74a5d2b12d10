"""A body named in apposition after its kind and its owner's possessive (wave 62d): `The NSU's fisheries agency,
Kelvar, has denied ...`, `Britain's competition watchdog, the Markets Board, said`. The name after the comma is the
body the noun means, so a later `the agency` or `the Marnau-based agency` is that body, never the owner whose
possessive opens the phrase (`the NSU`), as it is without an owner (`The fisheries agency, Kelvar,`)."""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..vocabulary import any_script

from .appositives import APPOSED_BODY_NOUNS
from .context import Context

OWNED_APPOSITION_RE = any_script(re.compile(
    r"\b[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3}['\u2019]s\s+(?:[a-z][\w\-]*\s+){0,3}?(?P<noun>%s),\s+"
    r"(?P<name>(?:the\s+)?[A-Z][\w&\-\u2019']*(?:\s+(?:of|for|and|&|the\s+)?\s*[A-Z][\w&\-\u2019']*){0,5}),"
    % "|".join(sorted(APPOSED_BODY_NOUNS, key=len, reverse=True))))
"""An owner's possessive, up to three lower-case modifiers, a body's common noun, a comma, a capitalised name and its
closing comma: `The NSU's fisheries agency, Kelvar,`."""


def register_owned_appositions(text: str, start: int, end: int, ctx: Context) -> None:
    """Register the body an owner's kind names in apposition (`The NSU's fisheries agency, Kelvar,`) as the one that
    kind's noun means (`the agency`)."""
    if text.find("'s ", start, end) < 0 and text.find("\u2019s ", start, end) < 0:
        return  # no possessive: the cheap test first
    for match in OWNED_APPOSITION_RE.finditer(text, start, end):
        named = find_mentions(text, match.start("name"), match.end("name"))
        name = named[0].name if len(named) == 1 and named[0].kind == "org" \
            else match.group("name") if not named and " " not in match.group("name") else None
        if name is not None:  # registered only: the body in focus stays the one the text's sentences give
            ctx.also_called(ctx.register_org_once(name), match.group("noun").lower())
