"""A company's abbreviated legal form keeps the full stop the text writes (wave 27d): `Corvane Inc.`, `Clearspan
Window & Door Co.`, `Wendridge Hill Financial Corp.`. The name reader stops a run before the full stop, so the
speaker was written `Corvane Inc`, a name the text never writes; the row now names the company as the text does.
`Ltd` and `plc`, which texts write with no full stop as often as with one, are left as read."""
from __future__ import annotations

from .vocabulary import load_words

DOTTED_FORMS: frozenset[str] = load_words("dotted_forms")
"""Abbreviated legal forms written with a full stop (`Inc.`, `Co.`, `Corp.`), lower case, without it."""


def as_written(text: str, speaker: str) -> str:
    """Return a speaker ending in an abbreviated legal form with the full stop the text writes after it, else as is."""
    words = speaker.split()
    if len(words) < 2 or words[-1].lower() not in DOTTED_FORMS:
        return speaker  # the cheap test first: most speakers end in no legal form
    return f"{speaker}." if f"{speaker}." in text else speaker
