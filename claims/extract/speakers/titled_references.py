"""A titled document called by its head noun (`Motion 14 ... As carried, the motion notes that:`, `The annual Visitor
Economy Monitor ... The Monitor also found`): the title the text gave it before speaks, as a document (wave 22b)."""
from __future__ import annotations

import functools
import re

from ..vocabulary import load_words

TITLED_REFERENCE_HEADS: frozenset[str] = load_words("titled_reference_heads")
"""Nouns heading a document's title that the text may then use alone (`motion`, `monitor`)."""


@functools.lru_cache(maxsize=16)
def _title_re(noun: str) -> re.Pattern[str]:
    """Match a title ending in the noun after capitalised words (`Visitor Economy Monitor`) or the noun and a number
    (`Motion 14`, `Amendment 3A`)."""
    head = noun.capitalize()
    return re.compile(rf"(?:(?:[A-Z][\w'\u2019\-]+[ \t]+){{1,4}}{head}|{head}[ \t]+\d{{1,4}}[A-Z]?)\b")


def titled_reference(text: str, start: int, words: list[str]) -> tuple[str, str] | None:
    """Resolve `the motion`, `The Monitor` to the last title with that head the text gives before `start`, as a
    document; None when the subject is no such reference or no title comes before."""
    if len(words) != 2 or words[0] != "the" or words[1] not in TITLED_REFERENCE_HEADS:
        return None  # the cheap test first
    titles = [_without_opener(title.split()) for title in _title_re(words[1]).findall(text, 0, start)]
    titles = [title for title in titles if len(title) > 1]
    return (" ".join(titles[-1]), "document") if titles else None


_OPENERS: frozenset[str] = frozenset("The A An This That As Its Their Our".split())
"""Capitalised words that open a sentence before a title (`The Rural Jobs Monitor`): no part of it."""


def _without_opener(words: list[str]) -> list[str]:
    """Drop the capitalised article or possessive a sentence opens with before a title."""
    return words[1:] if words and words[0] in _OPENERS else words
