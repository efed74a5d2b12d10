"""A unit's name whose remits are joined by a slash (wave 55e): `the Warrant/Fugitive Division`, `the Sex Crimes/Child
Abuse Unit`. The words before the slash are the name's own, never a run apart: the whole name, ending on a body's
head, is one run. A wire's name set between slashes (`/Acme Wire/`) is no such name."""
from __future__ import annotations

from .vocabulary import ORG_HEADS, SINGULAR_POSSESSIVES

SLASH = "/"
"""The mark that joins the two remits of a unit's name."""
MAX_REMIT_WORDS = 3
"""How many words the remit before the slash may have (`Sex Crimes`)."""


def joins_by_slash(text: str, first_start: int, first: str, second: str) -> bool:
    """Say whether a run (`Warrant`) and the run right after a slash (`Fugitive Division`) are one unit's name: the
    first a remit of a few capitalised words, after no slash of its own, the second ending on a body's head."""
    words = first.split()
    return 0 < len(words) <= MAX_REMIT_WORDS and text[first_start - 1:first_start] != SLASH \
        and second.split()[-1].lower() in ORG_HEADS and not first.endswith(SINGULAR_POSSESSIVES)
