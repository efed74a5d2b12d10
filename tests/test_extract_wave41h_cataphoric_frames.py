"""Wave 41h: a sentence opening on a document framed by `his` or `her` (`In his report, Commissioner Aled Brennock
voiced concern ...`) names its owner right after the comma: the pronoun points forward to the person the clause opens
on, never back to an earlier name (a capitalised phrase misread as a person, or another person)."""
from tests.extract_rows import cued_rows

EARLIER = "Coastal Districts made up 420 complaints, with 60 of those from the harbour wards.\n\n"


def test_his_report_is_the_person_after_it() -> None:
    text = EARLIER + "In his report, Commissioner Aled Brennock voiced concern at the low number of meter complaints."
    assert cued_rows(text) == [
        ("Aled Brennock", "person", "In",
         "Commissioner Aled Brennock voiced concern at the low number of meter complaints"),
    ]


def test_her_review_is_the_person_after_it() -> None:
    text = ("Tomas Ferrand chaired the board until May.\n\n"
            "In her annual review, Inspector Maren Solberg found that 14 depots had no fire plan.")
    assert cued_rows(text) == [
        ("Maren Solberg", "person", "found that", "14 depots had no fire plan"),
    ]


def test_his_report_without_a_named_subject_is_unchanged() -> None:
    text = ("Auditor Aled Brennock reviewed the meters in March.\n\n"
            "In his report, the meters were found to be 8% slow on average.")
    assert cued_rows(text) == []
