"""A word that qualifies a body's name from outside, read into the name because it opens a headline or a sentence
capitalised (wave 45f): `New Harbour Trust rules for grants` is about the Harbour Trust, `Three KSRB cases were
closed` counts the KSRB's cases. The word is dropped when it is a number written as a word or a qualifying word
(`data/opening_qualifiers.txt`) and the text also writes the rest of the name without it; a name that does open on
such a word (`New Zealand Post`, `Four Seasons Hotels`) is never written without it, and keeps it."""
from __future__ import annotations

import re

from .vocabulary import NUMBER_WORDS, load_words

OPENING_QUALIFIERS: frozenset[str] = load_words("opening_qualifiers") | NUMBER_WORDS
"""Words that qualify a body's name from outside (`new`, `latest`, `four`), in lower case."""


def qualified_name_start(text: str, start: int, name: str) -> int:
    """Return where the name proper starts in a body's name of two words or more read at `start` whose first word
    qualifies it from outside, the text writing the rest elsewhere without it (`New Harbour Trust` -> 4), else 0."""
    first, _, rest = name.partition(" ")
    if not rest or first.lower() not in OPENING_QUALIFIERS or not text.startswith(first, start):
        return 0
    return len(first) + 1 if _written_bare(text, rest, start + len(first)) else 0


def _written_bare(text: str, rest: str, after: int) -> bool:
    """Say whether the text writes `rest` as a whole name somewhere other than right after `after` (the end of the
    qualifying word), a space or two between."""
    pattern = re.compile(r"(?<![\w\-])" + re.escape(rest) + r"(?![\w\-])")
    return any(not after < found.start() <= after + 2 for found in pattern.finditer(text))
