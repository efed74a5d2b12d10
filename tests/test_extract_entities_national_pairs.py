"""A national body's name of two parts joined by `and` and ending in its country (`claims.extract.bodynames.national_pair`,
read whole by `claims.extract.entities`)."""
from __future__ import annotations

import pytest

from claims.extract.bodynames import national_pair
from claims.extract.entities import find_mentions
from tests.extract_rows import rows


@pytest.mark.parametrize("name", [
    "Parks and Wildlife Canada",
    "Housing and Family Services Canada",
    "Transport and Harbours Australia",
    "Sport and Leisure New Zealand",
    "Tax and Excise Ireland",
])
def test_two_parts_joined_by_and_before_a_country_are_one_name(name: str) -> None:
    assert national_pair(name.split()) is True


@pytest.mark.parametrize("name", [
    "Parks Canada",                          # no `and`: another rule's
    "Wildlife and Canada",                   # one word each side: places or a pair
    "Queensland and South Australia",        # a region of the country: two places
    "Sport England and Sport Wales",         # a country before `and`: two bodies
    "Wales and Northern Ireland",            # places
    "Parks and Wildlife Canada Ltd",         # the country does not end the name
    "Parks and Wildlife Kanata",             # no country
    "Parks and wildlife Canada",             # a lower-case word inside
    "Parks and Rivers and Lakes Canada",     # two `and`s: a list
])
def test_anything_else_is_no_national_pair(name: str) -> None:
    assert national_pair(name.split()) is False


def test_the_name_is_read_whole_as_a_body() -> None:
    text = "Figures were provided by Housing and Family Services Canada (HFSC) on Monday."
    named = [(m.name, m.kind) for m in find_mentions(text, 0, len(text)) if "Canada" in m.name]
    assert named == [("Housing and Family Services Canada", "org")]


def test_the_department_is_the_national_body_that_spoke_last() -> None:
    text = ("Trail closes for the winter\n\n"
            "Parks and Wildlife Canada announced on Monday that the coastal trail would close until April.\n\n"
            "In a statement, the department said storms had washed away two bridges.")
    assert rows(text) == [
        ("Parks and Wildlife Canada", "organisation", "the coastal trail would close until April"),
        ("Parks and Wildlife Canada", "organisation", "storms had washed away two bridges"),
    ]


def test_a_claim_according_to_the_body_is_its() -> None:
    text = ("Payments late again\n\n"
            "About 900 families were paid late this month, according to figures provided by Transport and Harbours "
            "Australia (THA).")
    assert rows(text) == [("Transport and Harbours Australia", "organisation",
                           "About 900 families were paid late this month")]


def test_the_company_is_never_the_national_body() -> None:
    text = ("Storm cuts power\n\n"
            "Trent Vale Power said crews had restored supply to 30,000 customers.\n\n"
            "Parks and Wildlife Canada has issued a wind warning for tonight. The company said it expected more "
            "outages overnight.")
    assert rows(text) == [
        ("Trent Vale Power", "organisation", "crews had restored supply to 30,000 customers"),
        ("Trent Vale Power", "organisation", "it expected more outages overnight"),
    ]
