"""A post read as a body's name (`Trustees of the Acme Museum`, `Director of the Acme Museum` from an apposition):
a reference to the body's kind (`the museum said`) means the body itself when the text names it alone too, never
its trustees or its director (wave 40b)."""
from __future__ import annotations

import re

from ..vocabulary import BODY_ROLES, ROLES

POST_OF_RE = re.compile(r"(?P<post>[A-Z][\w'\u2019]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019]*){0,3}?)\s+of\s+(?:the\s+)?"
                        r"(?P<body>[A-Z].*)")
"""A post's words, `of`, and the body it is of: `Trustees of the Acme Museum`, `Chair and Chief Executive of X`."""


def body_of_post(name: str, word: str, orgs: list[str]) -> str | None:
    """Return the body a post's name is of (`Trustees of the Acme Museum`: Acme Museum) when the text registered that
    body alone and the reference's noun is no word of the post (`the board` of `Board of Governors of X` is the board)."""
    match = POST_OF_RE.fullmatch(name)
    if match is None or word.lower() in match.group("post").lower().split():
        return None
    if not all(w.lower() in ROLES or w.lower() in BODY_ROLES for w in match.group("post").split() if w != "and"):
        return None
    return match.group("body") if match.group("body") in orgs else None
