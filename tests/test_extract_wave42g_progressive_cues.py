"""Wave 42g: a reporting verb in the progressive (`The agency is reporting that A`, `Wardens are now warning that A`,
`The board was predicting that A`): the subject claims A as if it had reported it; without `that` (`is reporting
delays`, `are saying nothing`), a first person's (`We are saying that A`, read by the speech rules) and a verb that
reports nothing (`is hoping that`) stay no cue."""
from tests.extract_rows import cued_rows


def test_is_reporting_that_is_a_cue() -> None:
    text = "The Velmont Police Service is reporting that there have been 12 fewer burglaries this year than last."
    assert cued_rows(text) == [
        ("Velmont Police Service", "organisation", "is reporting that",
         "there have been 12 fewer burglaries this year than last"),
    ]


def test_adverb_between_copula_and_verb() -> None:
    text = "The Corvale Trust is now reporting that 310 patients waited more than a year for surgery."
    assert cued_rows(text) == [
        ("Corvale Trust", "organisation", "is now reporting that", "310 patients waited more than a year for surgery"),
    ]


def test_plural_and_past_copulas() -> None:
    text = ("The Harlow Tenants Union are claiming that rents rose 30 per cent in a year. The Dorran Water Board "
            "was predicting that the reservoir would fall to 40 per cent of capacity.")
    assert cued_rows(text) == [
        ("Harlow Tenants Union", "organisation", "are claiming that", "rents rose 30 per cent in a year"),
        ("Dorran Water Board", "organisation", "was predicting that",
         "the reservoir would fall to 40 per cent of capacity"),
    ]


def test_without_that_first_person_and_hoping_are_no_cue() -> None:
    text = ("The Velmont Police Service is reporting delays on the ring road. We are saying that the depot must "
            "close. The Corvale Trust is hoping that 310 patients can be seen by June.")
    assert cued_rows(text) == []
