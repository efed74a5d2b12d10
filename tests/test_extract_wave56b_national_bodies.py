"""Wave 56b: a body's name that ends in a country's (`Bank Negara Malaysia`, `Health New Zealand`, `Statistics
Canada`, `Environment Canada`) was read as a person's, or cut to its last words (`Negara Malaysia`), since only the
United Kingdom's nations closed a national body's name. Now every country of CLDR's list (`data/countries.txt`) does
after a body's or a field's word (`data/national_sectors.txt`), never after a role or an honorific (`Police Chief
Jordan` stays a person). Real pages realcheck67 (a central bank cut to its last two words) and realcheck72 (a national
agency read as a person); development p1152, p1322, p1370. Every party and sentence is invented; each case asserts a
text's whole table.
"""
from __future__ import annotations

import pytest

from claims.extract.entities import names_an_organisation
from extract_rows import cued_rows


def test_a_bank_named_for_its_country_is_a_body() -> None:
    text = ("Bank Tengah Serawi (BTS) published its annual report on Monday.\n\n"
            "According to figures released by Bank Tengah Malaysia in its annual report, card payments rose 14% "
            "in 2025.\n")
    assert cued_rows(text) == [
        ("Bank Tengah Malaysia", "organisation", "According to", "card payments rose 14% in 2025")]


def test_a_field_and_a_country_name_a_national_agency() -> None:
    text = "Environment Canada said the spring was the wettest in 40 years.\n"
    assert cued_rows(text) == [
        ("Environment Canada", "organisation", "said", "the spring was the wettest in 40 years")]


def test_a_charity_named_for_its_country_section() -> None:
    text = ("Fairness International Kenya said 61% of people it surveyed had paid a bribe to get a service in "
            "2025.\n")
    assert cued_rows(text) == [
        ("Fairness International Kenya", "organisation", "said",
         "61% of people it surveyed had paid a bribe to get a service in 2025")]


def test_a_titled_person_with_a_country_for_surname_stays_a_person() -> None:
    text = "Police Chief Marcus Jordan said 14 people were arrested on Saturday.\n"
    assert cued_rows(text) == [
        ("Marcus Jordan", "person", "said", "14 people were arrested on Saturday")]



# Round 57m (`entities._national_body`): a post or an honorific written with its stop before a country's name makes a
# titled person (`Supt. Jordan`, `Coun. Jordan`), never a national body; a field's word alone before it makes a body.
@pytest.mark.parametrize(("words", "expected"), [
    (["Health", "Supt.", "Jordan"], False),
    (["Health", "Coun.", "Jordan"], False),
    (["Health", "Jordan"], True),
], ids=["post-with-stop", "honorific-with-stop", "field-and-country"])
def test_a_titled_country_name_is_no_national_body(words: list[str], expected: bool) -> None:
    assert names_an_organisation(words) is expected
