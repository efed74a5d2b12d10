"""Wave 42i: a unit a possessive owner opens, its noun lower case (`The borough's housing unit said that A`, `the
council's fraud team said`), is a reference of its own: the unit speaks in the text's words, as wave 42b's capitalised
units do; its sentence is never left to the body that spoke before."""
from tests.extract_rows import cued_rows


def test_owned_unit_speaks_in_its_own_words() -> None:
    text = "The council's fraud team said that 14 claims were false."
    assert cued_rows(text) == [("The council's fraud team", "unresolved", "said that", "14 claims were false")]


def test_owned_unit_after_a_body_that_spoke() -> None:
    text = "Harnley Council said the levy would stay. The borough's housing unit said that rents would rise by 3%."
    assert cued_rows(text) == [
        ("Harnley Council", "organisation", "said", "the levy would stay"),
        ("The borough's housing unit", "unresolved", "said that", "rents would rise by 3%"),
    ]


def test_named_owner_unit_is_unchanged() -> None:
    text = "Harnley Council's housing unit said rents would rise."
    assert cued_rows(text) == [("Harnley Council", "organisation", "said", "rents would rise")]


def test_owned_department_is_unchanged() -> None:
    text = "The council's housing department said that rents would rise by 3%."
    assert cued_rows(text) == [("The council's housing department", "unresolved", "said that", "rents would rise by 3%")]
