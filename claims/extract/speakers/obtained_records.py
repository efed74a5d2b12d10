"""A body's own record named with the body before its noun, then the party that obtained it or was given it (`Tenancy
Standards Office figures obtained by the network under Freedom of Information show`, `Home Department data released to
the HRN show`, wave 42d): the record is the body's, so the body speaks, never the party that obtained it."""
from __future__ import annotations

import re

from ..entities import Mention
from ..vocabulary import DOCUMENT_NOUNS

from .context import Context

PASSED_ON_RE = re.compile(r"\s*(?P<noun>[a-z]+)\s+(?:obtained\s+by|(?:released|given|supplied|provided|disclosed|passed|"
                          r"shown|sent|leaked)\s+to)\s")
"""A record's noun right after its owner's name, then who obtained it or was given it (`figures obtained by`)."""


def obtained_owner(text: str, start: int, mentions: list[Mention], ctx: Context) -> tuple[str, str] | None:
    """Return the body whose name opens a subject right before a record's noun that another party obtained or was given
    (`Tenancy Standards Office figures obtained by the network`), else None."""
    if not mentions or mentions[0].kind != "org" or mentions[0].possessive \
            or text[start:mentions[0].start].strip().lower() not in ("", "the"):
        return None
    passed = PASSED_ON_RE.match(text, mentions[0].end)
    if passed is None or passed.group("noun") not in DOCUMENT_NOUNS:
        return None
    name = ctx.add(mentions[0])
    return name, ctx.kind_of(name)
