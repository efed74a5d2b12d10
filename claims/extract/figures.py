"""Figures written in digits or in words (wave 18d): `Forty Garda stations have been closed`, `thirty-seven
children`, `two-thirds of staff` count as `40`, `37` and `2/3` do wherever a figure decides a row (a short item that
stands, a stub, a figure's piece, a reaction that holds a figure), so a claim opening with a number in words is
neither dropped nor cut (`data/number_words.txt`)."""
from __future__ import annotations

import re

from .vocabulary import NUMBER_WORDS

COMPOUND_PARTS: frozenset[str] = NUMBER_WORDS | frozenset(
    "one half halves third thirds quarter quarters fifth fifths tenth tenths".split())
"""What the parts of a number in words joined by hyphens may be (`twenty-one`, `two-thirds`, `three-quarters`)."""
NUMBER_WORD_ALTERNATION = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
"""The numbers in words as one alternation, longer words first (`fourteen` before `four`), for patterns built on it."""
_NUMBER_WORD_RE = re.compile(r"\b(?i:%s)\b" % NUMBER_WORD_ALTERNATION)
FIGURE_RE = re.compile(r"\d|" + _NUMBER_WORD_RE.pattern)
"""A figure anywhere in words: a digit, or a number in words (a compound holds one: `thirty-seven`)."""
_EDGES = "\"'()[],.;:!?\u201c\u201d\u2018\u2019"


def is_figure_word(word: str) -> bool:
    """Say whether one word is a figure: opening with a digit or a currency sign and a digit (`40`, `£4m`), or a
    number in words (`Forty`, `thirty-seven`, `two-thirds`)."""
    word = word.strip(_EDGES)
    if not word:
        return False
    if word[0].isdigit() or word[0] in "£$€" and word[1:2].isdigit():
        return True
    lower = word.lower()
    if lower in NUMBER_WORDS:
        return True
    parts = lower.split("-")
    return len(parts) > 1 and all(p in COMPOUND_PARTS for p in parts)


SCALE_WORDS: frozenset[str] = frozenset("hundred thousand million billion dozen half".split())
"""Numbers in words beyond `NUMBER_WORDS` that make an amount (`a million`, `half`)."""


def is_amount(word: str) -> bool:
    """Say whether a word is an amount or a count: a figure (`is_figure_word`: `611`, `£93.40`, `5%,`, `two`,
    `thirty-seven`) or a scale in words (`million`, `half`); the one test of `adding_acts` (`added 3,420 plots`) and
    `attribution/attending_responses` (`responded to 611 fires`), which each kept their own until wave 67x."""
    return is_figure_word(word) or word.strip(_EDGES).lower() in SCALE_WORDS


def holds_figure(words_of: str) -> bool:
    """Say whether words hold a figure, in digits or in words (`37 children`, `Thirty-seven children`)."""
    return FIGURE_RE.search(words_of) is not None
