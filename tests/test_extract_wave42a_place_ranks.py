"""Wave 42a: a party described by its rank in a named place, set off by commas before the cue (`Skyvane, Europe's
largest by passenger traffic, said`, `Harl Bank, Norland's second-largest lender, said`): the description is no
speaker (it was read as a person, or as its last noun); the words before it speak, a name or the text's own
reference (`The airline, Europe's largest ..., said`)."""
from tests.extract_rows import cued_rows


def test_named_body_before_a_ranked_description() -> None:
    text = ("Skyvane carried more people in May. Skyvane, Europe's largest by passenger traffic, said it has flown "
            "12.4 million guests.")
    assert cued_rows(text) == [
        ("Skyvane", "organisation", "said", "it has flown 12.4 million guests"),
    ]


def test_reference_before_a_ranked_description() -> None:
    text = ("Skyvane flew more people in May, Skyvane said. The airline, Europe's largest by passenger traffic, said "
            "it has flown 12.4 million guests.")
    assert cued_rows(text) == [
        ("Skyvane", "organisation", "said", "Skyvane flew more people in May"),
        ("Skyvane", "organisation", "said", "it has flown 12.4 million guests"),
    ]


def test_ordinal_and_noun_after_the_rank() -> None:
    text = "Harl Bank, Norland's second-largest lender, said profits rose by 8 per cent."
    assert cued_rows(text) == [
        ("Harl Bank", "organisation", "said", "profits rose by 8 per cent"),
    ]


def test_leading_provider() -> None:
    text = "Harl Bank, Norland's leading mortgage provider, said profits rose by 8 per cent."
    assert cued_rows(text) == [
        ("Harl Bank", "organisation", "said", "profits rose by 8 per cent"),
    ]


def test_lower_case_place_is_unchanged() -> None:
    text = "The Harl Bank, the country's biggest lender, said profits rose by 8 per cent."
    assert cued_rows(text) == [
        ("Harl Bank", "organisation", "said", "profits rose by 8 per cent"),
    ]


def test_person_before_a_ranked_post_is_unchanged() -> None:
    text = "Jo Marr, Norland's top economist, said profits rose by 8 per cent."
    assert cued_rows(text) == [
        ("Jo Marr", "person", "said", "profits rose by 8 per cent"),
    ]


def test_possessive_name_without_a_rank_is_unchanged() -> None:
    text = "Harl Bank's chief executive, Jo Marr, said profits rose by 8 per cent."
    assert cued_rows(text) == [
        ("Jo Marr", "person", "said", "profits rose by 8 per cent"),
    ]
