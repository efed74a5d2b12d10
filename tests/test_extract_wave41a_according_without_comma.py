"""Wave 41a: a sentence opening `According to X` with no comma after the source (`According to the Brindle Rowing
Union the average crowd was 12,344, the best since 1990`): the source ends with its name, the claim runs from the
clause after it (a number's comma no cut), as it does after a comma."""
from tests.extract_rows import cued_rows


def test_source_without_comma_then_claim() -> None:
    text = "According to the Brindle Rowing Union the average crowd rose sharply last season."
    assert cued_rows(text) == [
        ("Brindle Rowing Union", "organisation", "According to", "the average crowd rose sharply last season"),
    ]


def test_number_comma_stays_in_the_claim() -> None:
    text = ("According to the Brindle Rowing Union the average crowd was 12,344, the best since 1990, and the final "
            "drew 20,000.")
    assert cued_rows(text) == [
        ("Brindle Rowing Union", "organisation", "According to", "the average crowd was 12,344, the best since 1990"),
        ("Brindle Rowing Union", "organisation", "According to", "the final drew 20,000"),
    ]


def test_source_with_comma_is_unchanged() -> None:
    text = "According to the Brindle Rowing Union, the average crowd was 12,344, the best since 1990."
    assert cued_rows(text) == [
        ("Brindle Rowing Union", "organisation", "According to", "the average crowd was 12,344, the best since 1990"),
    ]


def test_role_after_the_name_is_no_cut() -> None:
    text = "According to the Brindle Rowing Union chairman, the average crowd rose sharply last season."
    assert cued_rows(text) == [
        ("the Brindle Rowing Union chairman", "unresolved", "According to", "the average crowd rose sharply last season"),
    ]


def test_closing_source_is_unchanged() -> None:
    text = "The average crowd rose sharply last season, according to the Brindle Rowing Union."
    assert cued_rows(text) == [
        ("Brindle Rowing Union", "organisation", "according to", "The average crowd rose sharply last season"),
    ]
