"""Wave 46a: a charity or campaign named in capitalised common words, perhaps joined by a preposition (`Hope for
Carers`, `Action on Debt`, `Carers Lifeline`), is the whole subject of `said`: the body speaks under its own name, and
`the charity` after it is that body; the claim is never dropped for want of a head noun. A phrase the text writes
before `said` is no report's title, even when the text names it twice. The names and sentences are invented."""
from tests.extract_rows import rows


def test_a_body_named_with_for_speaks() -> None:
    text = "Hope for Carers said rising costs are leaving 4,000 carers without a break."
    assert rows(text) == [("Hope for Carers", "organisation", "rising costs are leaving 4,000 carers without a break")]


def test_a_body_named_with_a_plural_noun_speaks() -> None:
    text = "Tenants Lifeline said 300 households had been evicted in the year."
    assert rows(text) == [("Tenants Lifeline", "organisation", "300 households had been evicted in the year")]


def test_the_charity_after_it_is_that_body() -> None:
    text = ("Action on Damp said 1,200 homes in the borough had mould. "
            "The charity said it had inspected 80 of them itself.")
    assert rows(text) == [("Action on Damp", "organisation", "1,200 homes in the borough had mould"),
                          ("Action on Damp", "organisation", "it had inspected 80 of them itself")]


def test_a_body_named_in_the_standfirst_and_again_is_no_title() -> None:
    text = ("Charity warns on hostels\n\nShelter for Walkers said hostels are closing across the hills\n\n"
            "Shelter for Walkers said nine hostels had shut since 2020.")
    assert rows(text)[-1] == ("Shelter for Walkers", "organisation", "nine hostels had shut since 2020")


def test_a_post_alone_is_no_body() -> None:
    assert rows("Chief Executive said costs rose by 4%.") == []
