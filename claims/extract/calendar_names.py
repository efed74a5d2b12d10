"""A month or a day of the week that is part of a person's name (wave 60e): a family name after a known given name
(`Helga May`, `Della March`), or a given name after an honorific or post with a family name after it (`Professor
Sunday Adeyanju`, `Ms June Okafor`). Elsewhere such a word dates, and never names, a speaker (`Sunday Times`, `Jo Roe
Monday said`)."""
from __future__ import annotations

from .vocabulary import GIVEN_NAMES, MONTHS, WEEKDAYS


def calendar_name_word(words: list[str], index: int, titled: bool) -> bool:
    """Say whether words[index], a month or weekday, is part of a person's name written as `words` (titles cut off;
    `titled` when an honorific or post stood before them)."""
    word = words[index].lower()
    if word in MONTHS and index == len(words) - 1 == 1:
        return words[0].lower() in GIVEN_NAMES  # "Helga May": a given name, then a month as the family name
    return titled and index == 0 and len(words) > 1 and (word in WEEKDAYS or word in MONTHS) \
        and all(w.lower() not in WEEKDAYS and w.lower() not in MONTHS for w in words[1:])
