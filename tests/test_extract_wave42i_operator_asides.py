"""Wave 42i: a participle aside naming a body's operator or owner (`run by`, `held by`, `bought by`, `built by`) set
off right after the body's own name (`Tarnwick Dairies, run by Jo Marr, said`) is an aside: the body speaks, never
the operator; and `helpline` heads a body's name (`The Results Day Helpline`), so its common opening word is kept."""
from tests.extract_rows import cued_rows


def test_owner_aside_after_a_named_body() -> None:
    text = "Brimwell Foods Ltd, run by Hana Tolley, said it would keep all 40 jobs."
    assert cued_rows(text) == [("Brimwell Foods Ltd", "organisation", "said", "it would keep all 40 jobs")]


def test_buyer_aside_after_a_named_body() -> None:
    text = "Ostrel Mills Ltd, bought by Fenna Capital in 2024, said output rose by a fifth."
    assert cued_rows(text) == [("Ostrel Mills Ltd", "organisation", "said", "output rose by a fifth")]


def test_operator_spoken_for_after_a_voice_is_unchanged() -> None:
    text = "A spokeswoman for Brimwell Foods Ltd, run by Hana Tolley, said it would keep all 40 jobs."
    assert cued_rows(text) == [("Brimwell Foods Ltd", "organisation", "said", "it would keep all 40 jobs")]


def test_relative_operator_is_unchanged() -> None:
    text = "Hana Tolley, who runs Brimwell Foods Ltd, said it would keep all 40 jobs."
    assert cued_rows(text) == [("Hana Tolley", "person", "said", "it would keep all 40 jobs")]


def test_helpline_keeps_its_common_opening_word() -> None:
    text = "The Results Week Helpline said it took 310 calls before noon."
    assert cued_rows(text) == [("Results Week Helpline", "organisation", "said", "it took 310 calls before noon")]
