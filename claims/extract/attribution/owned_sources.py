"""A source after `according to` that is an owner's record the rules do not read as a document (`the coastguard's
incident log`, `the council's own register`, `the city clerk's office`): it keeps the text's words, unresolved, rather
than losing the claim (wave 23e)."""
from __future__ import annotations

import re

from ..speakers import Who

OWNED_SOURCE_RE = re.compile(r"(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*['\u2019]s\s+(?:own\s+)?"
                             r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}")
"""An owner in lower case, its possessive and one to three lower-case words of what it owns (`the department's traffic
counts`, `the airport's own summary`); a capitalised owner is a name the rules read already."""


def owned_source(text: str, match: re.Match[str]) -> Who | None:
    """Return the words of an owner's record after `according to` as an unresolved speaker, or None."""
    start, end = match.span("who")
    words = text[start:end].rstrip()
    if OWNED_SOURCE_RE.fullmatch(words) is None:
        return None
    return Who(" ".join(words.split()), "unresolved", start)
