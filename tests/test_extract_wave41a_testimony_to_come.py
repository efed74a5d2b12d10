"""Wave 41a: testimony announced before it is given (`The authority will say that A`, `Wardens will also tell the
committee that A`): the party that will say it claims A, as a party that said it would; `will say so`, `will tell
you if`, `You will say that A` (a rebuttal) and `I will say that in my appeal` stay no cue."""
from tests.extract_rows import cued_rows


def test_will_say_that_is_a_cue() -> None:
    text = "The Brindle Harbour Authority will say that groundings fell by a third last year."
    assert cued_rows(text) == [
        ("Brindle Harbour Authority", "organisation", "will say that", "groundings fell by a third last year"),
    ]


def test_will_also_tell_an_audience_that_is_a_cue() -> None:
    text = ("The Brindle Harbour Authority will appear before councillors on Monday. The authority will also tell "
            "the harbour committee that 14 boats were seized.")
    assert cued_rows(text) == [
        ("Brindle Harbour Authority", "organisation", "will also tell the harbour committee that",
         "14 boats were seized"),
    ]


def test_pronoun_subject_is_the_body() -> None:
    text = ("The Brindle Harbour Authority said groundings fell by a third. It will say that 14 boats were seized "
            "in the spring.")
    assert cued_rows(text) == [
        ("Brindle Harbour Authority", "organisation", "said", "groundings fell by a third"),
        ("Brindle Harbour Authority", "organisation", "will say that", "14 boats were seized in the spring"),
    ]


def test_second_person_rebuttal_is_no_cue() -> None:
    text = "You will say that new boats cost money. The harbour spent twice as much on repairs."
    assert cued_rows(text) == []


def test_first_person_and_without_that_are_no_cue() -> None:
    text = ("The Brindle Harbour Authority will tell boat owners if the fees change. We will say that in our "
            "reply to the board.")
    assert cued_rows(text) == []
