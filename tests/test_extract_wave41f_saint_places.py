"""Wave 41f: a name of a saint's word and one more word (`St. Paul`, `St Albans`, `San Marcos`) is a place's or a
church's, never a person who speaks: the speaker is who the sentence names there, else its words; a saint's name
inside a body's name (`St. Hilda Medical Center`) is read as before."""
import pytest

from claims.extract.entities import find_mentions
from tests.extract_rows import cued_rows


@pytest.mark.parametrize("place", ["St. Wenna", "St Wenna", "Saint Wenna", "San Wenna"])
def test_a_saints_name_is_no_person(place: str) -> None:
    text = f"Residents of {place} said the bridge would reopen in May.\n"
    assert [m for m in find_mentions(text, 0, len(text)) if m.kind == "person"] == []


def test_the_mayor_of_a_saints_place_is_the_mayor() -> None:
    assert cued_rows("The mayor of St. Wenna said the bridge would reopen in May.\n") == [
        ("The mayor of St. Wenna", "person", "said", "the bridge would reopen in May")]


def test_a_person_named_in_a_saints_place_speaks() -> None:
    text = "\"The bridge will reopen in May,\" said Jo Roe, a clerk in St. Wenna and a member of the union.\n"
    assert cued_rows(text) == [("Jo Roe", "person", "said", "The bridge will reopen in May")]


def test_a_body_named_for_a_saint_is_kept() -> None:
    assert cued_rows("St. Hilda Medical Center said 40 beds had closed.\n") == [
        ("St. Hilda Medical Center", "organisation", "said", "40 beds had closed")]
