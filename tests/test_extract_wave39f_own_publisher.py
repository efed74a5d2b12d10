"""Wave 39f: a document whose own subject names its publisher (`Figures published by the X Board show that ...`) is
that publisher's, even when the text already met the same kind of document from another body: the earlier publisher
of `figures` is kept only for a later bare `The figures show`. A document whose possessive owner is a capitalised name
(`The X Board's annual review shows`) is that name's, never the `board` met before."""
from tests.extract_rows import cued_rows


def test_second_publisher_of_the_same_noun_speaks_for_its_own_figures() -> None:
    text = ("Figures published by the Quarry Board show that 312 complaints were upheld in 2024.\n\n"
            "Figures published by the Marlow Institute in March show that rents in the town rose by 14% last year.")
    assert cued_rows(text) == [
        ("Quarry Board", "organisation", "show that", "312 complaints were upheld in 2024"),
        ("Marlow Institute", "organisation", "show that", "rents in the town rose by 14% last year")]


def test_released_by_after_a_body_that_spoke() -> None:
    text = ("The Denholm Residents Forum said on Monday that the estate had been neglected.\n\n"
            "Data released by the Pellow Housing Agency show that 40 repairs were outstanding in May.\n\n"
            "Data released by the Corris Water Board show that the estate lost supply on nine days.")
    assert cued_rows(text) == [
        ("Denholm Residents Forum", "organisation", "said on Monday that", "the estate had been neglected"),
        ("Pellow Housing Agency", "organisation", "show that", "40 repairs were outstanding in May"),
        ("Corris Water Board", "organisation", "show that", "the estate lost supply on nine days")]


def test_bare_figures_later_stay_with_the_first_publisher() -> None:
    text = ("Figures published by the Quarry Board show that 312 complaints were upheld in 2024.\n\n"
            "The Marlow Institute said the board had been slow to act.\n\n"
            "The figures show that 90 complaints were still open in March.")
    assert cued_rows(text) == [
        ("Quarry Board", "organisation", "show that", "312 complaints were upheld in 2024"),
        ("Marlow Institute", "organisation", "said", "the board had been slow to act"),
        ("Quarry Board", "organisation", "show that", "90 complaints were still open in March")]


def test_publisher_named_by_a_short_reference_is_unchanged() -> None:
    text = ("The Quarry Board runs the site. The Marlow Institute said the site was unsafe.\n\n"
            "Figures released by the board show that 312 complaints were upheld in 2024.")
    assert cued_rows(text) == [
        ("Marlow Institute", "organisation", "said", "the site was unsafe"),
        ("Quarry Board", "organisation", "show that", "312 complaints were upheld in 2024")]


def test_short_reference_publisher_closed_by_a_preposition() -> None:
    text = ("The Lanwick Parents Network said the scheme had failed families. The Orbury County Council runs it.\n\n"
            "Figures released by the council under freedom of information rules show that 212 appeals were refused.")
    assert cued_rows(text) == [
        ("Lanwick Parents Network", "organisation", "said", "the scheme had failed families"),
        ("Orbury County Council", "organisation", "show that", "212 appeals were refused")]


def test_named_owner_of_a_product_is_not_the_board_met_before() -> None:
    text = ("The Marlow Arts Board said the cuts would close theatres.\n\n"
            "The Quarry Board's annual review shows the budget falling from £1.6bn to £1.5bn.")
    assert cued_rows(text) == [
        ("Marlow Arts Board", "organisation", "said", "the cuts would close theatres"),
        ("Quarry Board", "organisation", "shows", "the budget falling from £1.6bn to £1.5bn")]


def test_short_possessive_owner_still_means_the_board_met_before() -> None:
    text = ("The Marlow Arts Board said the cuts would close theatres.\n\n"
            "The board's annual review shows the budget falling from £1.6bn to £1.5bn.")
    assert cued_rows(text) == [
        ("Marlow Arts Board", "organisation", "said", "the cuts would close theatres"),
        ("Marlow Arts Board", "organisation", "shows", "the budget falling from £1.6bn to £1.5bn")]
