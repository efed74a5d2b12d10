"""Wave 52e: `they` and its cue after a claim in its sentence (`X Police Department officers have made four arrests
..., they announced.`) mean the body whose people at work open the claim's own sentence, after a dateline too, their
body's name up to five words long (`Granite Falls Fire Department crews rescued ...`), their verb maybe after
`have`; a `they` after a claim whose sentence opens on no such group stays unresolved."""
from tests.extract_rows import cued_rows


def test_they_after_a_claim_means_the_body_whose_officers_open_its_sentence() -> None:
    text = ("HARBOUR CITY \u2014 Harbour Police Department officers have made four arrests in a string of thefts and have "
            "recovered 40 bikes, they announced Friday.")
    assert cued_rows(text) == [
        ("Harbour Police Department", "organisation", "announced",
         "Harbour Police Department officers have made four arrests in a string of thefts"),
        ("Harbour Police Department", "organisation", "announced", "have recovered 40 bikes"),
    ]


def test_a_body_of_four_words_whose_crews_open_the_sentence() -> None:
    text = "Granite Falls Fire Department crews rescued 14 people from flooded homes, they said Sunday."
    assert cued_rows(text) == [
        ("Granite Falls Fire Department", "organisation", "said", "Granite Falls Fire Department crews rescued 14 people "
         "from flooded homes"),
    ]


def test_they_after_a_claim_with_no_group_opening_it_stays_unresolved() -> None:
    text = "Residents of Harbour Street met on Friday. Burglaries fell 12 percent last year, they said."
    assert cued_rows(text)[-1] == ("they", "unresolved", "said", "Burglaries fell 12 percent last year")
