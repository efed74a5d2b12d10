"""A department named field first (`the Health Department`) after its full name with the field last (`Corland State
Department of Health`): the same body (`claims.extract.speakers.inverted_departments`, wave 61e)."""
from __future__ import annotations

import pytest

from claims.extract.speakers.inverted_departments import inverted_department, inverted_field
from tests.extract_rows import rows


@pytest.mark.parametrize("name, expected", [
    ("Health Department", "health"),
    ("Public Works Department", "public works"),
    ("Department", None),                          # no field
    ("Corland Public Works Department", None),     # three words: a place and a field, another rule's
    ("Health department", None),                   # the head in lower case
    ("health Department", None),                   # the field in lower case
    ("Health Ministry", None),                     # another head
    ("Health & Care Department", None),            # no word of letters
])
def test_inverted_field(name: str, expected: str | None) -> None:
    assert inverted_field(name) == expected


@pytest.mark.parametrize("name, known, expected", [
    ("Health Department", ["Corland State Department of Health"], "Corland State Department of Health"),
    ("Health Department", ["Tarn Department of Health", "Corland Department of Health"], "Corland Department of Health"),
    ("Transportation Department", ["Corland State Department of Health"], None),
    ("Health Department", ["Corland Health Trust"], None),
    ("Health Department", [], None),
    ("Acme Health", ["Corland State Department of Health"], None),
])
def test_inverted_department(name: str, known: list[str], expected: str | None) -> None:
    assert inverted_department(name, known) == expected


def test_the_short_name_speaks_for_the_full_one() -> None:
    text = ("Data by town to end\n\n"
            "Corland State Department of Health officials said on Monday the agency would stop issuing "
            "figures for each town.\n\n"
            "Health Department officials said admissions to hospital have dropped by close to 58% since March.")
    assert rows(text) == [
        ("Corland State Department of Health", "organisation", "the agency would stop issuing figures for each town"),
        ("Corland State Department of Health", "organisation", "admissions to hospital have dropped by close to 58% since March"),
    ]
