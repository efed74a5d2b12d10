"""A document named after a phrase of time fronted without a comma (`Over the same period the figures show`,
`Covering the period to 7am yesterday the statistics also show`, `In the year to March the data show`): British and
Irish papers often leave out the comma after a short opening of time, and the words before the document's own
determiner then only say when, never name the document (wave 52d). The phrase of time must end on a word of time
(`data/fronting_times.txt`), a day, a month or a figure, and hold no document's noun nor an owner's possessive
(`figures in the report`, `the council's report in March the` are left as read)."""
from __future__ import annotations

from ..vocabulary import DOCUMENT_NOUNS, MONTHS, WEEKDAYS, load_words, without_possessive
from .words import DETERMINERS

FRONTING_TIMES: frozenset[str] = load_words("fronting_times") | WEEKDAYS | MONTHS
"""Words of time that can end a phrase fronted before a document (`data/fronting_times.txt`, days and months)."""
_OPENING_DETERMINERS: frozenset[str] = DETERMINERS - {"such"}
"""Determiners that open a document's own phrase (`the`, `its`, `these`, ...)."""


def ends_time(word: str) -> bool:
    """Say whether a lower-case word can end a phrase of time (`yesterday`, `march`, `2019`, `7am`)."""
    return word in FRONTING_TIMES or word[:1].isdigit()


def document_start(words: list[str]) -> int:
    """Return where a document's own phrase starts after a phrase of time fronted without a comma (`over the same
    period the figures`: 4), else 0."""
    if len(words) < 3 or words[-1] not in DOCUMENT_NOUNS:
        return 0
    start = max((i for i, w in enumerate(words[:-1]) if i and w in _OPENING_DETERMINERS), default=0)
    before = words[:start]
    if not start or not ends_time(before[-1]) or not DOCUMENT_NOUNS.isdisjoint(before) \
            or any(without_possessive(w) != w for w in before):
        return 0
    return start
