"""Wave 41a: an unowned document framing a sentence whose subject is a body's name after `the` (`In a major
announcement today, the Brindle Harbour Authority released details of ...`): the body speaks, as it does without `the`
(wave 40e), never the announcement."""
from tests.extract_rows import cued_rows


def test_frame_then_the_and_a_name_is_the_body() -> None:
    text = ("In a major announcement today, the Brindle Harbour Authority released details of two new ferries. The two "
            "ferries are the first additions to the fleet since 2010.")
    assert cued_rows(text) == [
        ("Brindle Harbour Authority", "organisation", "In",
         "the Brindle Harbour Authority released details of two new ferries"),
        ("Brindle Harbour Authority", "organisation", "In", "The two ferries are the first additions to the fleet since 2010"),
    ]


def test_frame_then_a_name_without_the_is_unchanged() -> None:
    text = "In a statement, Brindle Harbour Authority apologised to passengers."
    assert cued_rows(text) == [
        ("Brindle Harbour Authority", "organisation", "In", "Brindle Harbour Authority apologised to passengers"),
    ]


def test_frame_then_a_reference_is_unchanged() -> None:
    text = "In a statement today, the council released details of two new ferries."
    assert cued_rows(text) == [
        ("the council", "unresolved", "In", "the council released details of two new ferries"),
    ]
