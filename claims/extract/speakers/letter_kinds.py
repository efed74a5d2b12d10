"""The kind of a body a text calls by its letters (`the FCA`, `the NAO`): the kind of the body the letters stand for,
given in brackets after its name or spelled by its initials (wave 27h)."""
from __future__ import annotations

import re

from .body_traits import initials_of
from .focus import Focus

LETTERS_RE = re.compile(r"[A-Z][A-Z&]{1,7}")
"""A name of capital letters only (`FCA`, `NAO`, `A&E`), as a body's short name is written."""
BODY_KINDS: frozenset[str] = frozenset({"organisation", "inspectorate"})
"""The kinds a body's letters may take from it (never a person's or a document's)."""


def stands_for(letters: str, names: Focus) -> str | None:
    """Return the one body the letters stand for: the body they were given to in brackets, else the one registered
    body whose capitalised words' initials spell them; None when no body or two different bodies do."""
    if not LETTERS_RE.fullmatch(letters):
        return None
    given = names.full_org(letters)
    if given != letters:
        return given
    spelled = {org for org in names.orgs if org != letters and initials_of(org) == letters.replace("&", "")}
    return spelled.pop() if len(spelled) == 1 else None


def letters_kind(letters: str, names: Focus) -> str:
    """Return the kind of the body a name of letters stands for (`inspectorate` for the Financial Conduct Authority's
    `FCA`), else `organisation`, the kind any body's name gets when nothing says more."""
    body = stands_for(letters, names)
    kind = names.kinds.get(body, "") if body is not None else ""
    return kind if kind in BODY_KINDS else "organisation"
