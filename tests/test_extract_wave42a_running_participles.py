"""Wave 42a: a body's operator in an aside opened by an irregular participle after a voice (`A spokesperson for the
home, run by Larchfield Care, said`): the operator took the home's statement. After a voice for a body, `run`,
`held`, `bought`, `built` (`data/running_participles.txt`) open an aside, so the body spoken for speaks, in the
text's words when it has no name. Without a voice (`The X Helpline, run by the charity Y, said`) the operator still
speaks, as the development gold has it."""
from tests.extract_rows import cued_rows

_QUOTE = ' said: "An action plan is in place."'


def test_home_spoken_for_keeps_the_texts_words() -> None:
    assert cued_rows("A spokesperson for the home, run by Larchfield Care," + _QUOTE) == [
        ("the home", "unresolved", "said:", "An action plan is in place."),
    ]


def test_named_home_spoken_for() -> None:
    assert cued_rows("A spokeswoman for Fenwick Care Centre, run by Larchfield Care," + _QUOTE) == [
        ("Fenwick Care Centre", "organisation", "said:", "An action plan is in place."),
    ]


def test_service_without_a_voice_is_unchanged() -> None:
    text = "The Kelby Exam Helpline, run by the charity Larchfield Care, said it took 418 calls by noon."
    assert cued_rows(text) == [
        ("Larchfield Care", "organisation", "said", "it took 418 calls by noon"),
    ]


def test_operator_spoken_for_is_unchanged() -> None:
    assert cued_rows("A spokesperson for Larchfield Care, which runs the home," + _QUOTE) == [
        ("Larchfield Care", "organisation", "said:", "An action plan is in place."),
    ]

