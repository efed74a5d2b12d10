"""Wave 53e: `police said` and `the police department said` in a US report mean the one body the text names whose name
ends in `Police Department` (`police_endings.txt`) or in the reference's own two words, before the cue or after it,
even where another `Department` is named; two such bodies leave them unresolved."""
import pytest

from claims.extract.speakers.named_endings import ends_in, POLICE_ENDINGS
from tests.extract_rows import cued_rows


@pytest.mark.parametrize("name, ends", [
    ("Port Arthur Police Department", True),
    ("Toronto Police Service", True),
    ("Portland Police Bureau", True),
    ("Police Department", False),
    ("Oregon Department of Justice", False),
    ("Harbour Police", False),
])
def test_a_name_ends_in_a_police_bodys_last_words(name: str, ends: bool) -> None:
    assert ends_in(name, POLICE_ENDINGS) is ends


TEXT = """Police said the sweep led to 31 arrests.

The work was paid for by a grant from the Oregon Department of Justice.

The police department said 19 of those arrested had been cited before.

According to the Kelby Police Department, detectives also linked the group to two break-ins."""


def test_police_and_the_police_department_are_the_one_police_body_named() -> None:
    assert cued_rows(TEXT) == [
        ("Kelby Police Department", "organisation", "said", "the sweep led to 31 arrests"),
        ("Kelby Police Department", "organisation", "said", "19 of those arrested had been cited before"),
        ("Kelby Police Department", "organisation", "According to",
         "detectives also linked the group to two break-ins"),
    ]


def test_two_police_bodies_leave_police_unresolved() -> None:
    text = TEXT.replace("According to the Kelby", "According to the Ash Police Department and the Kelby")
    assert [row[:2] for row in cued_rows(text)][:2] == [("Police", "unresolved"), ("the police department", "unresolved")]
