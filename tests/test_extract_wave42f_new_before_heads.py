"""Wave 42f: `New` opening a sentence before a body's name that opens on its head noun, then that body's document
(`New Ministry of Harbours data shows`): `New` describes the document, never the body, so the body speaks. Where the
name after `New` does not open on a head noun (`New Zealand ...`, `New Brindlemoor ...`), `New` may be the name's own
word and is kept (31c's `document_openers` leaves `new` out for this reason)."""
from tests.extract_rows import cued_rows


def test_new_before_department_of() -> None:
    text = "New Department of Harbours data shows 4,200 ships docked last year."
    assert cued_rows(text) == [
        ("Department of Harbours", "organisation", "shows", "4,200 ships docked last year"),
    ]


def test_new_before_office_for() -> None:
    text = "New Office for Rural Transport figures show that bus journeys rose by 8 per cent."
    assert cued_rows(text) == [
        ("Office for Rural Transport", "organisation", "show that", "bus journeys rose by 8 per cent"),
    ]


def test_new_as_a_place_word_kept() -> None:
    text = "New Zealand Transport Agency data shows 4,200 crashes were recorded last year."
    assert cued_rows(text) == [
        ("New Zealand Transport Agency", "organisation", "shows", "4,200 crashes were recorded last year"),
    ]


def test_new_before_a_name_not_opening_on_a_head_kept() -> None:
    text = "New Brindlemoor Housing Office data shows 4,200 homes were built last year."
    assert cued_rows(text) == [
        ("New Brindlemoor Housing Office", "organisation", "shows", "4,200 homes were built last year"),
    ]


def test_new_without_a_document_kept() -> None:
    text = "The New Department of Harbours said 4,200 ships docked last year."
    assert cued_rows(text) == [
        ("New Department of Harbours", "organisation", "said", "4,200 ships docked last year"),
    ]
