"""Fragments (wave 12): pieces a splitter must not cut off, and items that are not statements.

A list splitter cuts a span at commas and `and`; these tests keep together what only reads as one claim:

- two numbers joined by `and` / `or` (`use by 8 and 10 August`, `3 or 4 times`);
- a figure put another way after `, or` (`about £9.4m a year, or roughly £25,700 a day`);
- a part of a figure after `including` (`512 patients, including 38 children`);
- the commas of an aside between two spaced dashes (`in three areas - safe, effective and well-led - and ...`).

And they tell items that hold nothing to check: a source phrase alone (`according to the trust's own report`,
`citing its annual accounts`) and a reaction to what another said (`rejected that argument`).
"""
from __future__ import annotations

import re

from .figures import holds_figure, is_figure_word
from .text import Span
from .vocabulary import CUE_VERBS

_NUMBER_RE = re.compile(r"[£$€]?\d[\d,.]*(?:%|bn|m|k)?")
"""A bare number as one word: `8`, `10`, `2,517`, `£4m`, `12%`."""
_RESTATED_RE = re.compile(r"(?:or|equivalent\s+to)\s+(?:(?:roughly|about|around|nearly|almost|approximately|some"
                          r"|just\s+(?:over|under)|more\s+than|less\s+than|fewer\s+than|close\s+to)\s+)?[£$€]?\d")
"""`or roughly £25,700`, `or 4%`, `equivalent to 12`: the figure before, put another way."""
MAX_SUBSET_WORDS = 2
"""The longest part of a figure after `including` that cannot stand alone (`38 children`; `9 broken fire doors`
describes what it counts, and stands as an item)."""
_DASHES = (" - ", " \u2013 ", " \u2014 ")
"""A spaced hyphen, en dash or em dash: each opens or closes an aside."""
_SOURCE_RE = re.compile(r"(?:according\s+to|citing|quoting|in\s+(?:a|an|its|their|his|her)\s+(?:statement|report"
                        r"|letter|email|release))\b", re.IGNORECASE)
"""How a phrase opens that only says where a claim comes from."""
_SOURCE_INITIALS = frozenset("aAcCqQiI")
"""The letters `_SOURCE_RE` can start with."""
_FINITE_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|shows?|showed|found|finds|said|says"
                        r"|rose|fell)\b|\w(?:ed)\b(?!\s+(?:by|in|on|last|this|today|yesterday)\b)")
"""A verb that makes a phrase after a source a clause of its own (`according to X, sales rose`)."""
_REACTIONS = frozenset("rejected rejects denied denies disputed disputes dismissed dismisses challenged challenges "
                       "questioned questions contested contests".split())
"""Verbs of answering what another said: with a pointing object they claim nothing themselves."""
_POINTERS = frozenset("that this those these such both".split())
"""Determiners that point back to another's words (`that argument`, `these figures`, `both figures`)."""
MAX_REACTION_WORDS = 4


def numbers_joined(before: list[str], after: list[str]) -> bool:
    """Say whether an `and` / `or` joins two bare numbers (`8 and 10 August`, `3 or 4 times`), never two items."""
    return bool(before) and bool(after) and _NUMBER_RE.fullmatch(before[-1].rstrip(",")) is not None \
        and _NUMBER_RE.fullmatch(after[0].rstrip(",.;")) is not None


def restates_figure(text: str, start: int, end: int) -> bool:
    """Say whether a list part only restates the figure before it (`or roughly £25,700 a day`, `or 4%`)."""
    return _RESTATED_RE.match(text, start, end) is not None


def figure_subset(text: str, head: Span, listed: list[Span]) -> bool:
    """Say whether the parts after `including` are only parts of a figure of the head (`512 patients on trolleys,
    including 38 children`): the head holds a figure, each part is a figure and its bare noun, no more."""
    if not holds_figure(text[head[0]:head[1]]):
        return False
    return bool(listed) and all(_bare_figure(text, after_connector(text, part), part[1]) for part in listed)


def _bare_figure(text: str, start: int, end: int) -> bool:
    """Say whether words are only a figure and its bare noun (`38 children`), no verb."""
    words = text[start:end].split()
    return bool(words) and (_NUMBER_RE.match(text, start, end) is not None or is_figure_word(words[0])) \
        and len(words) <= MAX_SUBSET_WORDS \
        and _FINITE_RE.search(text, start, end) is None


def after_connector(text: str, part: Span) -> int:
    """The offset of a part's first word after an opening `and` / `or`."""
    words = text[part[0]:part[1]].split(maxsplit=1)
    if len(words) == 2 and words[0] in ("and", "or"):
        return text.index(words[1], part[0])
    return part[0]


def in_dashed_aside(text: str, span: Span, offset: int) -> bool:
    """Say whether an offset of a span lies between two spaced dashes (`look at - safe, effective and well-led -`)."""
    before = sum(text.count(dash, span[0], offset) for dash in _DASHES)
    after = sum(text.count(dash, offset, span[1]) for dash in _DASHES)
    return before % 2 == 1 and after >= 1


SPACED_DASH_RE = re.compile("|".join(re.escape(dash) for dash in _DASHES))
"""Finds any of `_DASHES` in one scan (no generator over the three)."""


def has_dashes(text: str, span: Span) -> bool:
    """Say whether a span holds a spaced dash at all (the cheap test before `in_dashed_aside`)."""
    return SPACED_DASH_RE.search(text, span[0], span[1]) is not None


def only_source(words_of: str) -> bool:
    """Say whether an item only names where a claim comes from (`according to the trust's own report`, `citing
    its accounts`), with no clause of its own after it."""
    opened = words_of.lstrip(" ,\"'\u201c\u2018")
    if opened[:1] not in _SOURCE_INITIALS:
        return False  # the cheap test before the pattern
    match = _SOURCE_RE.match(opened)
    return match is not None and "," not in words_of and _FINITE_RE.search(words_of, match.end()) is None


def only_reaction(words: list[str]) -> bool:
    """Say whether a short item only answers another's words (`rejected that argument`, `disputed these figures`)."""
    return 2 <= len(words) <= MAX_REACTION_WORDS and words[0].lower() in _REACTIONS \
        and words[1].lower() in _POINTERS and not any(is_figure_word(word) for word in words)


_VERBS_AFTER_NOUN = frozenset("is are was were has have had will would can could may might must should remain "
                              "remained showed show".split())
"""Verbs that, right after a cue word, make the cue word their subject noun (`the reports were late`)."""


def cue_as_noun(phrase: str) -> bool:
    """Say whether a phrase uses a cue word as a noun, the subject of the verb right after it (`, the reports were
    poor`, `, the records have gaps`): no cue closes a claim there (`, the report states` does)."""
    words = phrase.lower().split()
    return any(word in CUE_VERBS and after.strip(",.;:") in _VERBS_AFTER_NOUN for word, after in zip(words, words[1:]))
