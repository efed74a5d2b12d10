"""Two verb phrases of one subject joined by `and` that are one claim (wave 25h, issue 8).

- **A second verb whose object is a bare count** (`had opened six shops and closed three since the spring`,
  `received 2,310 bids and backed 204, so ...`): the count's noun is the first verb's object, so the second half
  cannot stand alone; a count followed by its own noun (`recruited 40 new staff`), a share or a sum (`fell 4%`,
  `awarded £2m`) is a claim of its own.
"""
from __future__ import annotations

import re

from .figures import NUMBER_WORDS
from .vocabulary import load_words

PREPOSITIONS = load_words("prepositions")
"""A preposition after the count opens a phrase about the act (`closed three since the spring`), not the count's noun."""
_BARE_COUNT_RE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
"""A count in figures (`204`, `2,310`): no sign, no unit, no decimal point."""
_CLOSING = ",.;:)\u201d\u2019\"'"
"""What may close a count that ends its phrase (`backed 204,`)."""


def is_bare_count(word: str) -> bool:
    """Say whether a word is a count with no sign or unit: figures (`204`, `2,310`) or a number in words (`forty`)."""
    word = word.rstrip(_CLOSING)
    return _BARE_COUNT_RE.fullmatch(word) is not None or word.lower() in NUMBER_WORDS


def elided_count(right: list[str]) -> bool:
    """Say whether the words after `and` are a verb and a bare count whose noun is left out (`closed three since the
    spring`, `backed 204, so ...`, `rejected forty of them`): nothing, a closing mark or a preposition after the
    count."""
    if len(right) < 2 or not is_bare_count(right[1]):
        return False
    count = right[1]
    return len(right) == 2 or count[-1:] in _CLOSING or right[2].lower() in PREPOSITIONS
