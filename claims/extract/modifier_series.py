"""A series of one-word modifiers or nouns set off by commas inside one claim (wave 59f, issue 8).

`the loans went to micro, small and medium firms classed as hard to reach`, `investment by
national, regional and city governments that have helped operators grow and renew`: the words between the commas
and the series' own `and` (`small`, `state`) modify the noun after the last of them, so the commas cut no list of
claims; one-word nouns in such a series (`reimbursements to states, counties and cities after the storms`, `be wary
of calls, emails or texts that claim ...`) are one phrase's too. The comma list's splitter looked for its `and` at
the last one of the last part, past the series (`hard to reach`, `grow and renew`), and cut the claim
into pieces none of which holds it. A series is read where the part before the first comma ends on a word in small
letters and every later part is one word in small letters, the last one followed by `and` or `or` and another word in
small letters (`micro, small and medium`).
"""
from __future__ import annotations

from .text import Span

SERIES_JOINS: frozenset[str] = frozenset({"and", "or"})
"""The words that close a series of modifiers (`small and medium`, `public or private`)."""


def _small_word(word: str) -> bool:
    """Say whether a word is written in small letters only (`micro`, `long-term`): no figure, no capital."""
    return word.replace("-", "").isalpha() and word.islower()


def modifier_series(text: str, parts: list[Span]) -> bool:
    """Say whether comma-separated parts are one noun's series of one-word modifiers (`to micro, small and medium
    enterprises`): the first part ends on a small word, the middle parts are one small word each, and the last part
    opens on a small word, `and` or `or`, and another small word."""
    if len(parts) < 2:
        return False
    first = text[parts[0][0]:parts[0][1]].split()
    middle = [text[part[0]:part[1]].split() for part in parts[1:-1]]
    last = text[parts[-1][0]:parts[-1][1]].split()
    return bool(first) and _small_word(first[-1]) \
        and all(len(words) == 1 and _small_word(words[0]) for words in middle) \
        and len(last) >= 3 and _small_word(last[0]) and last[1] in SERIES_JOINS and _small_word(last[2])
