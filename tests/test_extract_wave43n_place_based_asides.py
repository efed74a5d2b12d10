"""Wave 43n: a set-off description of the subject whose words include a capitalised compound (`X Ltd, the
Dunford-based contractor that loads benefits onto cards for the Y Office, has confirmed`): the aside describes the
subject, so the body named inside it never speaks (`attribution/subject_asides`, as for lower-case words only)."""
from tests.extract_rows import cued_rows

LEAD = "The Pier Trust is worried.\n\n"


def test_place_based_description_with_body_inside() -> None:
    text = (f"{LEAD}Tarrow Pay Ltd, the Dunford-based contractor that loads benefits onto cards for the Welfare "
            "Office, has confirmed a processing failure overnight.")
    assert cued_rows(text) == [("Tarrow Pay Ltd", "organisation", "confirmed",
                                "has confirmed a processing failure overnight")]


def test_place_based_description_said() -> None:
    text = (f"{LEAD}Tarrow Pay Ltd, the Dunford-based contractor that runs the Welfare Office card scheme, said the "
            "failure was fixed.")
    assert cued_rows(text) == [("Tarrow Pay Ltd", "organisation", "said", "the failure was fixed")]


def test_lower_case_description_unchanged() -> None:
    text = (f"{LEAD}Tarrow Pay Ltd, the contractor that loads benefits onto cards for the Welfare Office, has "
            "confirmed a processing failure overnight.")
    assert cued_rows(text) == [("Tarrow Pay Ltd", "organisation", "confirmed",
                                "has confirmed a processing failure overnight")]


def test_capitalised_name_in_description_not_an_aside() -> None:
    text = f"{LEAD}Ruth Penhallow, the Welfare Office director who ran the scheme, said the failure was fixed."
    assert cued_rows(text) == [("Ruth Penhallow", "person", "said", "the failure was fixed")]
