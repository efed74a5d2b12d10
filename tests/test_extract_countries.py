"""Wave 56b: `countries`, the world's countries by name, and a name that ends in one."""
from __future__ import annotations

import babel
import pytest

from claims.extract.countries import COUNTRIES, country_tail


def test_the_list_holds_every_country_cldr_names() -> None:
    regions = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
    names = {name.replace(" & ", " and ").lower() for code, name in babel.Locale("en").territories.items()
             if len(code) == 2 and code.isalpha() and code not in regions}
    assert sorted(names - COUNTRIES) == ["norfolk island"]  # the seed texts' county, kept out of the package


@pytest.mark.parametrize(("name", "size"), [
    ("Bank Negara Malaysia", 1),
    ("Health New Zealand", 2),
    ("Healthy Futures Alliance South Africa", 2),
    ("New Zealand", 0),
    ("Markets Briefing SINGAPORE", 0),
    ("Kestrel Holdings", 0),
    ("Health Trinidad and Tobago", 3),  # round 57m: a country's own lower-case `and`
], ids=["one-word", "two-words", "longest-first", "the-country-alone", "capitals", "no-country", "joined-by-and"])
def test_country_tail(name: str, size: int) -> None:
    assert country_tail(name.split()) == size
