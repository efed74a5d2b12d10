"""A titled document read as a body whose title opens with its maker's letters (`TSO Shop Trade Index figures`,
`2026 KEA Home Warmth Annual Report shows`): the body the letters name made the document and speaks for it, as the
guide's `the trust's annual report shows` is the trust's (wave 66d). A country's letters (`UK Shop Trade Index`)
name no maker; a title with any word in small letters (`NHS staff survey`) is no such title."""
from __future__ import annotations

import re

from ..entities import COUNTRY_ACRONYMS
from ..vocabulary import DOCUMENT_NOUNS
from .records import Found

_TITLE_RE = re.compile(r"(?:[Tt]he[ \t]+)?(?:(?:19|20)\d\d[ \t]+)?(?P<letters>[A-Z][A-Z&]{1,6})"
                       r"(?:[ \t]+[A-Z][\w'\u2019&\-]*){1,6}")
"""A title of capitalised words after a body's letters, a year or `the` before them: `2026 KEA Home Warmth Annual
Report`."""
MAKER_KINDS: frozenset[str] = frozenset({"organisation", "document"})
"""The kinds a titled document is read as, which its maker's letters replace."""


def title_maker(speaker: str) -> str | None:
    """Return the letters opening a capitalised document title (`TSO` of `TSO Shop Trade Index`), else None."""
    match = _TITLE_RE.fullmatch(speaker)
    if match is None or speaker.split()[-1].lower() not in DOCUMENT_NOUNS:
        return None
    letters = match.group("letters")
    return None if letters.lower() in COUNTRY_ACRONYMS else letters


def name_title_makers(found: list[Found]) -> list[Found]:
    """Return the rows with every titled document read as a body made the body its opening letters name."""
    rows = []
    for item in found:
        maker = title_maker(item.speaker) if item.kind in MAKER_KINDS else None
        rows.append(item._replace(speaker=maker, kind="organisation") if maker else item)
    return rows
