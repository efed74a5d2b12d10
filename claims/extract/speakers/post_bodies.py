"""A post read as a body's name (`Trustees of the Acme Museum`, `Director of the Acme Museum` from an apposition,
`Chair and Chief Executive of Acme Council` from a letter's heading): never the full name of the body it is of, so
`the museum said` or `a spokesperson for Acme Council said` is the body itself, never its trustees, director or chief
executive (wave 40b)."""
from __future__ import annotations

import re

from ..vocabulary import BODY_ROLES, ROLES

POST_OF_RE = re.compile(r"(?P<post>[A-Z][\w'\u2019]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019]*){0,3}?)\s+of\s+(?:the\s+)?"
                        r"(?P<body>[A-Z].*)")
"""A post's words, `of`, and the body it is of: `Trustees of the Acme Museum`, `Chair and Chief Executive of X`."""


def is_post_of(name: str, body: str) -> bool:
    """Say whether a name is a post of the body (`Trustees of the Acme Museum` of `Acme Museum`): role words, `of`,
    the body's whole name."""
    match = POST_OF_RE.fullmatch(name) if name != body else None
    return match is not None and match.group("body").lower() == body.lower() \
        and all(w.lower() in ROLES or w.lower() in BODY_ROLES for w in match.group("post").split() if w != "and")


def body_of_post(name: str, word: str, orgs: list[str]) -> str | None:
    """Return the body a post's name is of (`Director of the Acme Museum`: Acme Museum) when the text registered that
    body alone and the reference's noun is no word of the post (`the board` of `Board of Governors of X`: the
    board)."""
    match = POST_OF_RE.fullmatch(name)
    if match is None or match.group("body") not in orgs or word.lower() in match.group("post").lower().split():
        return None
    return match.group("body") if is_post_of(name, match.group("body")) else None
