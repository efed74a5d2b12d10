"""Wave 42a: people of a body in a headline-cased lead (`Nurses At Bellmore General Hospital are protesting`): the
capitalised `At` or `From` joined the plural noun of people and the name into one run, read as a body called `Nurses
At Bellmore General Hospital`, which then took the hospital's own statement (`The hospital responded`). The body is
the name after the preposition, as with a lower-case `at`."""
from tests.extract_rows import cued_rows


def test_hospital_statement_is_the_hospitals() -> None:
    text = ("Nurses At Bellmore General Hospital are protesting staffing changes.\n\n"
            "The hospital responded with a statement saying it has enough nurses on every ward.")
    assert cued_rows(text) == [
        ("Bellmore General Hospital", "organisation", "responded",
         "a statement saying it has enough nurses on every ward"),
    ]


def test_capitalised_from_reads_as_lower_case() -> None:
    text = "Teachers From Kelby Academy say 40 pupils were sent home."
    assert cued_rows(text) == cued_rows(text.replace("From", "from")) == [
        ("Kelby Academy", "organisation", "say", "40 pupils were sent home"),
    ]


def test_capitalised_at_reads_as_lower_case() -> None:
    text = "Workers At Dunmore Foods say the plant will close in June."
    assert cued_rows(text) == cued_rows(text.replace("At", "at")) == [
        ("Dunmore Foods", "organisation", "say", "the plant will close in June"),
    ]


def test_name_of_no_people_is_unchanged() -> None:
    text = "Friends At Home said 40 pupils were sent home."
    assert cued_rows(text) == [
        ("Friends At Home", "organisation", "said", "40 pupils were sent home"),
    ]


def test_other_preposition_is_unchanged() -> None:
    text = "Nurses For Fair Pay said 40 wards were short of staff."
    assert cued_rows(text) == [
        ("Nurses For Fair Pay", "organisation", "said", "40 wards were short of staff"),
    ]
