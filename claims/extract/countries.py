"""The world's countries by name, and a capitalised name that ends in one (`Bank Negara Malaysia`, `Health New
Zealand`): the country closes a national body's name after the body's own words (wave 56b)."""
from __future__ import annotations

from .vocabulary import load_words

COUNTRIES: frozenset[str] = load_words("countries")
"""Every country's and territory's English name, lower case (CLDR's list as `babel` ships it: `data/countries.txt`)."""
LONGEST_COUNTRY: int = max(len(name.split()) for name in COUNTRIES)
"""How many words the longest country's name has."""


def country_tail(words: list[str]) -> int:
    """Return how many of a name's last words spell a country, each capitalised as written (`New Zealand`: 2); 0 when
    none does, or when the country is the whole name (`New Zealand` alone is the place)."""
    for size in range(min(LONGEST_COUNTRY, len(words) - 1), 0, -1):
        tail = words[-size:]
        if " ".join(tail).lower() in COUNTRIES and all(word[:1].isupper() and not word.isupper() or word == "and"
                                                       for word in tail):
            return size
    return 0
