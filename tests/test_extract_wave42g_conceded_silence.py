"""Wave 42g: a concessive opening with a negated cue (`While the firm did not reveal its costs, it confirmed that A`,
`Although X didn't say how many, it said A`): what the party would not say is no claim and must not stop the
sentence's own cue; the later cue claims A. A negated cue with no later cue (`While X did not say why, shares fell.`)
and a plain negation (`X did not reveal its costs.`) stay no row."""
from tests.extract_rows import cued_rows


def test_later_cue_after_a_conceded_silence() -> None:
    text = ("Burlow Mining said output rose. And while the company didn't reveal its unit cost for the quarter, it "
            "confirmed that it is on track to meet its cost guidance of $900 an ounce.")
    assert cued_rows(text) == [
        ("Burlow Mining", "organisation", "said", "output rose"),
        ("Burlow Mining", "organisation", "confirmed that",
         "confirmed that it is on track to meet its cost guidance of $900 an ounce"),
    ]


def test_although_and_did_not() -> None:
    text = ("Although the Harlow Water Board did not say how many homes lost supply, it said that 14 mains burst "
            "in the cold snap.")
    assert cued_rows(text) == [
        ("Harlow Water Board", "organisation", "said that", "14 mains burst in the cold snap"),
    ]


def test_no_later_cue_and_plain_negation_give_no_row() -> None:
    text = ("While the Harlow Water Board did not say why, its bills rose in April. The Harlow Water Board did not "
            "reveal its costs.")
    assert cued_rows(text) == []
