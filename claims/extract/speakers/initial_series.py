"""A body named by a series of capitalised nouns with commas (wave 63e): `Wood, Lake, and Trails is reporting ...`, then
`WLT` in the text. The commas would cut the series into parties and leave its last noun (`Parks`) to speak; when the
text writes the series' initials as an acronym, the series is one body's name. Without the acronym, `Hale, Ross and
Dunn said` stays three parties."""
from __future__ import annotations

import re

SERIES_RE = re.compile(r"(?:[Tt]he\s+)?(?P<name>[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)+,?\s+(?:and|&)\s+[A-Z][a-z]+)")
"""Single capitalised nouns joined by commas and a closing `and` (`Wood, Lake, and Trails`)."""
MIN_INITIALS = 3
"""The fewest letters an acronym of a series has (three nouns at least)."""


def initial_series(text: str, start: int, end: int) -> str | None:
    """Return the series of nouns text[start:end] is whole (`Wood, Lake, and Trails`) when the text writes its initials as
    an acronym (`WLT`), else None."""
    region = text[start:end].strip()
    found = SERIES_RE.fullmatch(region)
    if found is None:
        return None
    initials = "".join(word[0] for word in re.findall(r"[A-Z][a-z]+", found.group("name")))
    if len(initials) < MIN_INITIALS or re.search(rf"\b{initials}\b", text) is None:
        return None
    return " ".join(found.group("name").split())
