"""Wave 63f: a lead's description of a body written before the text names any body (`The struggling water board
... says`, `according to the charity's analysis`) read as the body the text later names as a sentence's subject
(speakers/later_named_leads). Whole values."""
import pytest

from claims.extract.speakers.later_named_leads import description_noun, later_named_leads, later_subject

WATER_TEXT = ("The struggling water board whose head quit after an audit by the Norland Accounts Office says it has cut "
              "leaks.\n\nLeakage fell by a fifth.\n\nDunford and Kelmere Water has been placed in special measures. "
              "Dunford and Kelmere Water will report again in May.\n")
CHARITY_TEXT = ("Two in five families fell behind on bills, according to the charity's analysis.\n\n"
                "Priya Rowe, a mother of three, said she had.\n\n"
                "Hearth for Families has called on ministers to act. Hearth for Families runs 40 advice centres.\n")


@pytest.mark.parametrize(("speaker", "expected"), [
    ("the charity", "charity"), ("the struggling water board", "board"), ("The charity", "charity"),
    ("the company", None),  # lead_company's
    ("the draft decommissioning programme", None), ("the partners", None), ("the ruling coalition", None),
    ("the Water Board", None), ("the very long winded troubled health trust", None)])
def test_description_noun_is_a_standalone_body_noun(speaker: str, expected: str | None) -> None:
    assert description_noun(speaker) == expected


@pytest.mark.parametrize(("text", "speaker", "noun", "expected"), [
    (WATER_TEXT, "the struggling water board", "board", "Dunford and Kelmere Water"),  # a describing word in its name
    (CHARITY_TEXT, "the charity", "charity", "Hearth for Families"),  # a person opening a sentence is passed over
    ("Acme Trust funds it.\n\n" + CHARITY_TEXT, "the charity", "charity", None),  # a body named before it
    (CHARITY_TEXT.replace("Hearth for Families", "Ashby Borough Council"), "the charity", "charity", None),
    (CHARITY_TEXT.replace(" Hearth for Families runs 40 advice centres.", ""), "the charity", "charity", None),  # once
    ("Calls rose, the trust said.\n\nRegional Department said so. Regional Department agreed.\n", "the trust",
     "trust", None),  # another kind of body
])
def test_later_subject_is_the_first_fitting_body_opening_a_sentence(text: str, speaker: str, noun: str,
                                                                     expected: str | None) -> None:
    assert later_subject(text, speaker, noun) == expected


def test_later_named_leads_maps_only_unresolved_descriptions() -> None:
    speakers = [("the charity", "unresolved"), ("Priya Rowe", "person"), ("the union", "unresolved")]
    assert later_named_leads(CHARITY_TEXT, speakers) == {"the charity": ("Hearth for Families", "organisation")}
    assert later_named_leads(CHARITY_TEXT, [("the charity", "organisation")]) == {}
