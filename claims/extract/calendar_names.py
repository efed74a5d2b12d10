"""A month or a day of the week that is part of a person's name (wave 60e): a family name after a known given name
(`Helga May`, `Della March`), or a given name after an honorific or post with a family name after it (`Professor
Sunday Adeyanju`, `Ms June Okafor`). Elsewhere such a word dates, and never names, a speaker (`Sunday Times`, `Jo Roe
Monday said`); wave 65x: a day or a month after a word that dates it (`On Monday`, `in March`, `Last May`, a day's
number, `4 June`) opens no name run, so `On Monday Kelby Trust said` names Kelby Trust (`date_opener_end`)."""
from __future__ import annotations

import re

from .vocabulary import GIVEN_NAMES, MONTHS, WEEKDAYS, load_words

DATING_WORDS: frozenset[str] = load_words("dating_words")
"""Words that make the day or month after them a date (`on`, `in`, `last`; `data/dating_words.txt`)."""

_DAY_NUMBER_RE = re.compile(r"(?<!\d)(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ \t]+\Z")
"""A day's number right before a month (`4 June`, `21st March`), never a year's last digits (`In 2019 June Tarrow`,
65n)."""
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
