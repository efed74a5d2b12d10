"""Wave 42d: a document as a cue's subject with its author set off after it (`The report, by the council's director
of housing, Owen Pardew, says`, `The review, written by the independent historian Dr Ama Kessie, also noted`, `The
report, prepared by a team led by retired Deputy Chief Ray Gellert, found`): the document speaks as the text reads it
without the aside, never the person who wrote it."""
from tests.extract_rows import cued_rows


def test_author_after_by() -> None:
    text = ("The Tarnford Borough Council report on temporary housing was published on Monday. The report, by the "
            "council's director of housing, Owen Pardew, says hotel rooms now cost £68 a night.")
    assert cued_rows(text)[-1][1:] == ("organisation", "says", "hotel rooms now cost £68 a night")
    assert cued_rows(text)[-1][0] != "Owen Pardew"


def test_author_after_by_and_an_adverb() -> None:
    text = ("The Severnmoor Museum has published a review of its collection. The review, by the "
            "independent historian Dr Ama Kessie, also noted that the register had called the stool a gift since 1931.")
    assert cued_rows(text)[-1] == (
        "Severnmoor Museum", "organisation", "noted that", "the register had called the stool a gift since 1931")


def test_author_after_led_by() -> None:
    """Wave 54a: the person who led the team that prepared a report speaks for it (`prepared by a team led by Jo Roe`:
    Jo Roe, benchmarks/press/README.md), not the department that published it."""
    text = ("The Dunhill Fire Department published an after-action report on Monday. The 64-page report, prepared by an "
            "independent review team led by retired Deputy Chief Ray Gellert, found that the first engine arrived "
            "within six minutes.")
    assert cued_rows(text)[-1] == ("Ray Gellert", "person", "found that", "the first engine arrived within six minutes")


def test_person_subject_with_aside_is_unchanged() -> None:
    text = "Ray Gellert, appointed by the department in May, said crews arrived within six minutes."
    assert cued_rows(text) == [
        ("Ray Gellert", "person", "said", "crews arrived within six minutes"),
    ]


def test_body_maker_is_unchanged() -> None:
    text = ("The review, conducted by the consultancy Harlow Pryce LLP, found that nine of the 40 files were "
            "incomplete.")
    assert cued_rows(text) == [
        ("Harlow Pryce LLP", "organisation", "found that", "nine of the 40 files were incomplete"),
    ]
