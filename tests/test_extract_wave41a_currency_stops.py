"""Wave 41a: a currency written with a full stop before its figure (`Rs. 500`, `Rs. 4.2 crore`) ends no sentence: the
claim holding it stays whole, never cut into `500 and Rs` pieces."""
from tests.extract_rows import cued_rows


def test_rupee_stop_ends_no_sentence() -> None:
    text = "The Brindle Municipal Corporation said it collected Rs. 4.2 crore in property tax on Saturday."
    assert cued_rows(text) == [
        ("Brindle Municipal Corporation", "organisation", "said",
         "it collected Rs. 4.2 crore in property tax on Saturday"),
    ]


def test_two_rupee_amounts_in_one_claim() -> None:
    text = "The commissioner, Anil Varkey, said residents paid with Rs. 500 and Rs. 1,000 notes before the deadline."
    assert cued_rows(text) == [
        ("Anil Varkey", "person", "said", "residents paid with Rs. 500 and Rs. 1,000 notes before the deadline"),
    ]


def test_sentence_end_after_a_figure_is_unchanged() -> None:
    text = "The Brindle Municipal Corporation said it collected Rs 4.2 crore. It expects Rs 9 crore by Monday."
    assert cued_rows(text) == [
        ("Brindle Municipal Corporation", "organisation", "said", "it collected Rs 4.2 crore"),
        ("Brindle Municipal Corporation", "organisation", "expects", "expects Rs 9 crore by Monday"),
    ]
