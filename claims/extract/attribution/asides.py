"""A sentence's subject set off by a relative aside before its first verb (`The professional body, which
represents 14,000 dentists, examined the survey and estimated that ...`): the cue after `and` is the subject's, not
the object's of the first verb (`the survey`). The aside is blanked (offsets kept) so the one-clause reading applies."""
from __future__ import annotations

import re

_ASIDE_RE = re.compile(r",[ \t]+(?:which|who)[ \t](?:[^,;:.\n]|(?<=\d)[,.](?=\d)){3,120},[ \t]+")
"""A relative aside set off by commas (a figure's own comma or point inside): `, which represents 14,000 dentists, `."""


def without_relative_aside(text: str, start: int, end: int) -> str | None:
    """Return the text with the one relative aside of a subject region blanked, else None (none, or more commas)."""
    match = _ASIDE_RE.search(text, start, end)
    if match is None or text.find(",", match.end(), end) >= 0 or text.find(",", start, match.start()) >= 0:
        return None
    return text[:match.start()] + " " * (match.end() - match.start()) + text[match.end():]
