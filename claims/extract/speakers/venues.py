"""Where words were published (`published in Acme Review`, `writing in the Acme Journal`): a venue never speaks for
what it printed."""
from __future__ import annotations

import re

_VENUE_RE = re.compile(r"\b(?:published|appeared|appearing|appears|printed|reported|writing|written)\s+in\s+"
                       r"(?:the\s+)?(?:(?:journal|magazine|newspaper|review|periodical)\s+)?\Z", re.IGNORECASE)
"""The words right before a venue's name: a publishing verb and `in`, then `the` and a kind of periodical if any."""
_AUXILIARY_RE = re.compile(r"(?:\s+(?:is|are|was|were|has|have|had|been|being|first|also|now|recently))+\Z",
                           re.IGNORECASE)
"""Auxiliaries and adverbs between a subject and its publishing verb (`The results were first published in`)."""


def venue_cut(text: str, start: int, end: int, name: str) -> int | None:
    """Return where the publishing verb starts when `name` stands right after `published in` (or `appeared in`,
    `writing in`) between start and end and something stands before it, else None."""
    at = text.rfind(name, start, end)
    near = text.rfind(" in ", max(start, at - 24), at) if at > start else -1
    match = _VENUE_RE.search(text, max(start, near - 12), at) if near >= 0 else None
    if match is None:
        return None
    cut = start + len(_AUXILIARY_RE.sub("", text[start:match.start()].rstrip(" ,")))
    return cut if text[start:cut].strip(" ,") else None
