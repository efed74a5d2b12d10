"""Wave 52a: one set of a body's own people (`investigators`, `officers`, `executives`, ...) serves the speakers' words
and the attribution's lists alike; in a release, a bare `Investigators believe` is its issuer's, as `Investigators
seized:` already was; a lower-case field before the people (`air accident investigators`) is no body's name."""
from extract_rows import rows, subject_words

from claims.extract import vocabulary
from claims.extract.speakers import words
from claims.extract.speakers.qualified_groups import qualified_group

RELEASE = ("Fernleigh Police Department\nNEWS RELEASE\n\n"
           "Fernleigh, Ore. - Fernleigh Police Department detectives arrested three men on Tuesday.\n\n")


def test_one_set_of_body_people() -> None:
    assert words.BODY_PEOPLE is vocabulary.BODY_PEOPLE
    assert {"investigators", "detectives", "officials", "officers", "executives", "councillors"} <= words.BODY_PEOPLE


def test_bare_investigators_in_a_release_are_the_issuer() -> None:
    text = RELEASE + "Investigators believe the group is responsible for at least 60 thefts from parked vans since March.\n"
    assert rows(text) == [("Fernleigh Police Department", "organisation",
                           "the group is responsible for at least 60 thefts from parked vans since March")]


def test_officials_who_told_the_issuer_are_not_the_issuer() -> None:
    text = RELEASE + "Officials told us they had closed 14 of the 20 depots by June.\n"
    assert rows(text) == [("Officials", "unresolved", "us they had closed 14 of the 20 depots by June")]


def test_investigators_outside_a_release_stay_unresolved() -> None:
    text = "Investigators believe the group is responsible for at least 60 thefts from parked vans since March."
    assert rows(text) == [("Investigators", "unresolved",
                           "the group is responsible for at least 60 thefts from parked vans since March")]


def test_lower_case_field_before_investigators_is_a_group() -> None:
    assert qualified_group(*subject_words("air accident investigators")) == ("air accident investigators", "unresolved")


def test_capitalised_body_before_its_officers_is_left_to_the_body() -> None:
    assert qualified_group(*subject_words("Council planning officers")) is None
