"""Wave 42a: a minister's title whose portfolio is a series with commas (`the Minister for Farming, Fisheries and the
Coast Ruairi Delbeck said`): the title and its whole series are one run before the name, so the person speaks; the
sentence is no longer dropped, and the quotation after it no longer continues the person quoted before."""
from tests.extract_rows import cued_rows


def test_series_portfolio_then_name_speaks() -> None:
    text = "The Minister for Farming, Fisheries and the Coast Ruairi Delbeck said exports grew for a ninth year."
    assert cued_rows(text) == [
        ("Ruairi Delbeck", "person", "said", "exports grew for a ninth year"),
    ]


def test_longer_series() -> None:
    text = ("Minister for Housing, Parks, Canals and Rural Roads Elspeth Varney said 400 homes were finished "
            "in May.")
    assert cued_rows(text) == [
        ("Elspeth Varney", "person", "said", "400 homes were finished in May"),
    ]


def test_quotation_after_an_earlier_speaker_is_the_ministers() -> None:
    text = ('Tamsin Ostrey, head of the Varn Board, explained the rise.\n\n"We sold more cheese," she said.\n\n'
            'Speaking at the launch of the review, the Minister for Farming, Fisheries and the Coast Ruairi Delbeck '
            'said: "Exports grew for the ninth year in a row.\n\n"Trade with Norland has grown by 12 per cent."')
    assert cued_rows(text) == [
        ("Tamsin Ostrey", "person", "said", "We sold more cheese"),
        ("Ruairi Delbeck", "person", "said:", "Exports grew for the ninth year in a row."),
        ("Ruairi Delbeck", "person", "quotation continues", "Trade with Norland has grown by 12 per cent."),
    ]


def test_name_after_the_portfolio_stays_apart() -> None:
    text = "The Minister for Farming, Ruairi Delbeck, said exports grew for a ninth year."
    assert cued_rows(text) == [
        ("Ruairi Delbeck", "person", "said", "exports grew for a ninth year"),
    ]


def test_two_people_after_a_portfolio_are_no_series() -> None:
    """As before the rule: no series is joined to the title (the nearer person speaks)."""
    text = "The Minister for Farming, Ruairi Delbeck and Tamsin Ostrey said exports grew for a ninth year."
    assert cued_rows(text) == [
        ("Tamsin Ostrey", "person", "said", "exports grew for a ninth year"),
    ]
