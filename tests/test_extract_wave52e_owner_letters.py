"""Wave 52e: an owner's letters in brackets on either side of its possessive, before a document's title whose last
word is a body's head (`the Transit Riders Association's (TRA) Passenger Transport newsletter`, `the X Council
(EDC)'s Connected Homes Network survey`): the title names no party, the owner speaks for its document."""
import pytest

from claims.extract.owned_unit_names import after_possessive
from tests.extract_rows import cued_rows

NEWSLETTER = ("Bus ridership fell 4 percent, according to the Transit Riders Association's (TRA) Passenger Transport "
              "newsletter. \"Riders may drive instead,\" the newsletter stated.")


def test_the_owner_speaks_for_its_titled_newsletter_with_its_letters_after_the_possessive() -> None:
    assert cued_rows(NEWSLETTER) == [
        ("Transit Riders Association", "organisation", "according to", "Bus ridership fell 4 percent"),
        ("Transit Riders Association", "organisation", "stated", "Riders may drive instead"),
    ]


def test_the_owner_speaks_for_its_titled_survey_with_its_letters_before_the_possessive() -> None:
    text = "One home in six is offline, according to the Ridge Development Council (RDC)'s Connected Homes Network survey."
    assert cued_rows(text) == [("Ridge Development Council", "organisation", "according to", "One home in six is offline")]


@pytest.mark.parametrize("before, owned", [
    ("the Transit Riders Association's (TRA) ", True),
    ("the Transit Riders Association (TRA)'s ", True),
    ("the Transit Riders Association's annual ", True),
    ("the Transit Riders Association (TRA) and the ", False),
    ("last year's (TRA) ", False),
])
def test_an_owners_possessive_may_hold_its_letters_on_either_side(before: str, owned: bool) -> None:
    assert after_possessive(before + "Passenger Transport newsletter", len(before)) is owned
