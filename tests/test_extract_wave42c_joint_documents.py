"""Wave 42c: a joint study's findings given to one of its makers or to the person in focus.

A document the text names by two bodies joined by `and` before its noun (`A Fenmoor Health Board and University of
Kellan study indicates`) speaks as that joint document, named from its first capitalised word to its noun, and a later
bare `The study` is it (`speakers/joint_documents`); the second body is told apart from a longer name by its own
institution's head (`data/institution_heads.txt`), so one body whose name holds `and` keeps its reading.
"""
from tests.extract_rows import cued_rows

JOINT = """Fewer drink-related deaths

The levy was welcomed by Minister Orla Venn. A Fenmoor Health Board and University of Kellan study indicates a 9% fall in deaths in the first two years. The study also concludes the levy cut admissions.
"""


def test_joint_study_speaks_and_the_study_again() -> None:
    """The joint study's makers speak together (wave 45b, after audit 44), never the minister in focus, and `The
    study also concludes` is them again."""
    assert cued_rows(JOINT) == [
        ("Fenmoor Health Board and University of Kellan", "organisation", "indicates",
         "a 9% fall in deaths in the first two years"),
        ("Fenmoor Health Board and University of Kellan", "organisation", "concludes", "the levy cut admissions"),
    ]


def test_second_body_ending_on_its_head() -> None:
    """`The Tarn Trust and Kellan University report found`: the second body ends on an institution's head."""
    text = """Fewer deaths

The Tarn Trust and Kellan University report found that deaths fell by 9%.
"""
    assert cued_rows(text) == [
        ("Tarn Trust and Kellan University", "organisation", "found that", "deaths fell by 9%"),
    ]


def test_one_body_with_and_in_its_name_unchanged() -> None:
    """Negative: `A Department of Health and Social Care report` is one body's."""
    text = """Fewer deaths

A Department of Health and Social Care report indicates a 9% fall in deaths in the first two years.
"""
    assert cued_rows(text)[0][:2] == ("Department of Health and Social Care", "organisation")


def test_single_maker_study_unchanged() -> None:
    """Negative: `A University of Kellan study` stays its one maker's."""
    assert cued_rows(JOINT.replace("Fenmoor Health Board and ", ""))[0][:2] == ("University of Kellan", "organisation")
