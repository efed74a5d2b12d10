"""A body's people opening a sentence under a short reference (`The council's planning officers had recommended
approval.`): `officers` later are that body's, and a `Their report` opening the next sentence is the body's report,
not the report of the last body named (the developer)."""
from __future__ import annotations

import re

from ..speakers import Context
from ..speakers.words import BODY_PEOPLE, REFERENCE_WORDS
from ..text import Span

REFERENCE_PEOPLE_RE = re.compile(
    r"[ \t]*(?:The|the)[ \t]+(?P<ref>[a-z]+)['\u2019]s[ \t]+(?:[a-z\-]+[ \t]+)?(?P<people>%s)\b"
    % "|".join(sorted(BODY_PEOPLE)))
"""`The council's planning officers`, `the trust's staff` opening a sentence."""
THEIR_NEXT_RE = re.compile(r"\s*Their\s")
"""`Their` opening the next sentence."""


def note_reference_people(text: str, span: Span, ctx: Context) -> None:
    """Note whose people open a sentence under a short reference (`The council's planning officers`), and make that
    body the subject a `Their report` opening the next sentence means."""
    if not text.startswith(("The ", "the "), span[0] if text[span[0]] != " " else span[0] + 1):
        return  # the cheap test first: most sentences open otherwise
    found = REFERENCE_PEOPLE_RE.match(text, span[0], span[1])
    if found is None or found.group("ref") not in REFERENCE_WORDS:
        return
    body = ctx.resolve_reference(found.group("ref"))
    if body is None:
        return
    ctx.people_of[found.group("people")] = body
    if THEIR_NEXT_RE.match(text, span[1]):
        ctx.subject = (body, ctx.block)  # "The council's planning officers ... Their report said": the council's
