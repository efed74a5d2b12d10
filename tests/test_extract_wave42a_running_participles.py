"""Wave 42a: a body's operator in an aside opened by an irregular participle after a voice (`A spokesperson for the
home, run by Larchfield Care, said`): the operator took the home's statement. After a voice for a body, `run`,
`held`, `bought`, `built` (`data/running_participles.txt`) open an aside, so the body spoken for speaks, in the
text's words when it has no name. Without a voice (`The X Helpline, run by the charity Y, said`) the helpline speaks
since wave 42i (the development gold takes it as an alias of its operator)."""
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


def test_service_without_a_voice_speaks_itself() -> None:
    """Wave 42i: the operator's aside after the body's own name is an aside too (the development gold names the
    helpline as an alias of its operator)."""
    text = "The Kelby Exam Helpline, run by the charity Larchfield Care, said it took 418 calls by noon."
    assert cued_rows(text) == [
        ("Kelby Exam Helpline", "organisation", "said", "it took 418 calls by noon"),
    ]


def test_operator_spoken_for_is_unchanged() -> None:
    assert cued_rows("A spokesperson for Larchfield Care, which runs the home," + _QUOTE) == [
        ("Larchfield Care", "organisation", "said:", "An action plan is in place."),
    ]

