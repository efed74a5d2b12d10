"""Wave 63f: a lead's description of a body written before the text names any body (`The struggling water board
... says`, `according to the charity's analysis`) read as the body the text later names as a sentence's subject
(speakers/later_named_leads). Whole values."""
import pytest

from claims.extract.speakers import later_named_leads as later_named_leads_module
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


# Round 64m (mutation): the description's words and length, the subjects read after it, and the fit of another head,
# each asserted whole.
@pytest.mark.parametrize(("speaker", "expected"), [
    ("a troubled trust", None),  # no `the`
    ("the Kelby trust", None),  # a name's word first
    ("the very old health trust", "trust"),  # three describing words
    ("the very old local health trust", None),  # four
    ("the cash-strapped trust", None),  # a hyphened word
])
def test_description_noun_reads_the_and_up_to_three_small_words(speaker: str, expected: str | None) -> None:
    assert description_noun(speaker) == expected


def test_subjects_after_are_named_twice_from_the_point_on_past_a_sentence_starter() -> None:
    text = ("Kelmere Water Board said no. Meanwhile Kelmere Water said yes. Kelmere Water Board said so. "
            "Meanwhile Kelmere Water agreed.")
    assert later_named_leads_module._subjects_after(text, 28) == ["Kelmere Water Board"]


@pytest.mark.parametrize(("text", "speaker", "noun", "expected"), [
    ("Ama Orrin says the troubled water board will cut jobs.\n\nKelmere Water Board has been rated poor. "
     "Kelmere Water Board will report in May.\n", "the troubled water board", "board",
     "Kelmere Water Board"),  # a person named before it: no body
    ("Two in five families fell behind, according to the charity's analysis.\n\nKelby Hospital Trust has called on "
     "ministers to act. Kelby Hospital Trust runs 40 centres.\n", "the charity", "charity", None),  # a public trust
    ("Calls rose, the troubled trust said.\n\nAshby Borough Council said so. Ashby Borough Council agreed.\n",
     "the troubled trust", "trust", None),  # another head, no describing word in its name
    ("Leaks fell, the water board said.\n\nKelmere Water Company said so. Kelmere Water Company agreed.\n",
     "the water board", "board", "Kelmere Water Company"),  # its one describing word in the name
])
def test_later_subject_weighs_what_comes_before_and_the_subject_s_head(text: str, speaker: str, noun: str,
                                                                       expected: str | None) -> None:
    assert later_subject(text, speaker, noun) == expected


def test_later_named_leads_maps_a_description_by_its_describing_word() -> None:
    assert later_named_leads(WATER_TEXT, [("the struggling water board", "unresolved")]) == {
        "the struggling water board": ("Dunford and Kelmere Water", "organisation")}
