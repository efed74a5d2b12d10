"""Wave 43e: a concessive opening in which a named body would not say something, then `it` and a cue (`And while
Orrin Foods would not say how many stores would close, it stated that A`): `it` is the opening's body, which claims A,
whoever the text named before (42g skips the negated cue; `clause_pronouns.conceded_it` resolves the pronoun)."""
from tests.extract_rows import cued_rows

LEAD = "Pellow Water said 300 homes lost supply."


def test_it_after_named_body_that_would_not_say() -> None:
    text = f"{LEAD}\n\nAnd while Brantley Foods would not say how many shops would shut, it stated that the review had ended."
    assert cued_rows(text) == [("Pellow Water", "organisation", "said", "300 homes lost supply"),
                               ("Brantley Foods", "organisation", "stated that", "the review had ended")]


def test_it_after_body_with_article() -> None:
    text = f"{LEAD}\n\nAlthough the Harle District Council did not say when the contract ends, it confirmed that 90 staff were moved."
    assert cued_rows(text) == [("Pellow Water", "organisation", "said", "300 homes lost supply"),
                               ("Harle District Council", "organisation", "confirmed that", "confirmed that 90 staff were moved")]


def test_reference_in_opening_unchanged() -> None:
    text = f"{LEAD}\n\nWhile the utility did not reveal the cost, it confirmed that 40 mains burst."
    assert cued_rows(text) == [("Pellow Water", "organisation", "said", "300 homes lost supply"),
                               ("Pellow Water", "organisation", "confirmed that", "confirmed that 40 mains burst")]


def test_person_in_opening_unchanged() -> None:
    text = f"{LEAD}\n\nWhile Ola Penn would not say how many staff would go, it said that pay would rise."
    assert cued_rows(text) == [("Pellow Water", "organisation", "said", "300 homes lost supply"),
                               ("Pellow Water", "organisation", "said that", "pay would rise")]
