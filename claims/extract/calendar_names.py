"""A month or a day of the week that is part of a person's name (wave 60e): a family name after a known given name
(`Helga May`, `Della March`), or a given name after an honorific or post with a family name after it (`Professor
Sunday Adeyanju`, `Ms June Okafor`). Elsewhere such a word dates, and never names, a speaker (`Sunday Times`, `Jo Roe
Monday said`); wave 65x: a day or a month after a word that dates it (`On Monday`, `in March`, `Last May`, a day's
number, `4 June`) opens no name run, so `On Monday Kelby Trust said` names Kelby Trust (`date_opener_end`); wave 66x: a month that is also a given name (`data/calendar_given_names.txt`: `June`, `May`)
opening an untitled run of a family name or two right before a speaking verb is that person's given name (`June
Tarrow said`, `May Orbell, the trust's chair, told`; `calendar_given_person`), never a date cut off the name."""
from __future__ import annotations

import re

from .title_nouns import is_common_plural
from .vocabulary import (
    DOCUMENT_NOUNS, GIVEN_NAMES, MONTHS, ORG_HEADS, PLACE_WORDS, QUOTING_VERBS, ROLES, WEEKDAYS, load_words,
    names_no_one, verb_alternation,
)

DATING_WORDS: frozenset[str] = load_words("dating_words")
"""Words that make the day or month after them a date (`on`, `in`, `last`; `data/dating_words.txt`)."""

_DAY_NUMBER_RE = re.compile(r"(?<!\d)(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ \t]+\Z")
"""A day's number right before a month (`4 June`, `21st March`), never a year's last digits (`In 2019 June Tarrow`,
65n)."""
CALENDAR_GIVEN_NAMES: frozenset[str] = load_words("calendar_given_names")
"""Months that are also given names (`april`, `may`, `june`, `august`; `data/calendar_given_names.txt`)."""
_FAMILY_WORD_RE = re.compile(r"[A-Z][a-z]+(?:[-'\u2019][A-Z][a-z]+)?")
"""A family name's word: `Tarrow`, `Orbell-Hart`, `O'Dare`."""
_NO_FAMILY_WORDS: frozenset[str] = ORG_HEADS | DOCUMENT_NOUNS | PLACE_WORDS | ROLES
"""Words that make a run after a month a body's, a document's, a place's or a post's (`June Report`, `May Council`)."""
_SPEAKING_RE = re.compile(rf"(?:,[^,.\n]{{1,60}},)?\s+(?:also\s+|[a-z]+ly\s+)?(?:{verb_alternation(QUOTING_VERBS)})\b")
"""A speaking verb right after a name, or after a post set off by commas (`, the trust's chair, told`)."""
_MAX_FAMILY_WORDS = 2
"""The most words a family name after a month's given name is read in (`June Orbell Hart`)."""
_WORD_RE = re.compile(r"[^ \t]+")
"""A run's word, however many blanks part it from the next (`On  Monday`)."""


def calendar_name_word(words: list[str], index: int, titled: bool) -> bool:
    """Say whether words[index], a month or weekday, is part of a person's name written as `words` (titles cut off;
    `titled` when an honorific or post stood before them)."""
    word = words[index].lower()
    if word in MONTHS and index == len(words) - 1 == 1:
        return words[0].lower() in GIVEN_NAMES  # "Helga May": a given name, then a month as the family name
    return titled and index == 0 and len(words) > 1 and _calendar_word(word) \
        and not any(_calendar_word(w) for w in words[1:])


def calendar_given_person(text: str, start: int, end: int) -> bool:
    """Say whether an untitled run text[start:end] is a person named by a month's given name (`June Tarrow` before
    `said`): the month, one or two family name words that name no body, document, place nor post, then a speaking
    verb."""
    words = text[start:end].split()
    if not 2 <= len(words) <= _MAX_FAMILY_WORDS + 1 or words[0].lower() not in CALENDAR_GIVEN_NAMES:
        return False  # the cheap test first: most runs open on no month
    return all(_family_word(word) for word in words[1:]) and _SPEAKING_RE.match(text, end) is not None


def _family_word(word: str) -> bool:
    """Say whether a capitalised word may be a family name after a month's given name (`Tarrow`; never `Figures`,
    `Council`, `Monday`)."""
    return _FAMILY_WORD_RE.fullmatch(word) is not None and word.lower() not in _NO_FAMILY_WORDS \
        and not names_no_one(word) and not is_common_plural(word)


def date_opener_end(text: str, start: int, end: int) -> int:
    """Return where the name starts in a run text[start:end] opened by a date (`On Monday Kelby Trust`: after
    `Monday `; `Monday Kelby Trust` after a lower-case `on` or a day's number), else `start`."""
    spots = list(_WORD_RE.finditer(text, start, end))
    words = [spot.group() for spot in spots]
    dated = len(words) > 2 and words[0].lower() in DATING_WORDS and _calendar_word(words[1])
    if not dated and not (len(words) > 1 and _calendar_word(words[0]) and _dated_before(text, start)):
        return start  # the cheap test first: most runs open on no date
    cut = 2 if dated else 1
    return spots[cut].start() if words[cut][:1].isupper() else start  # 65n: words however spaced


def _calendar_word(word: str) -> bool:
    """Say whether a word is a day of the week or a month."""
    return word.lower() in WEEKDAYS or word.lower() in MONTHS


def _dated_before(text: str, start: int) -> bool:
    """Say whether the word right before a run dates it: a lower-case dating word or a day's number."""
    before = text[max(0, start - 12):start]
    word = before.rstrip().rsplit(maxsplit=1)[-1] if before.strip() else ""
    return before.endswith(" ") and (word in DATING_WORDS or _DAY_NUMBER_RE.search(before) is not None)
