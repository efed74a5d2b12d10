"""Wave 54d: bare `inspectors` in a text that names no inspectorate are the one body the text names as the author of
a report or a review after `by` (`A report by Education Wales`); a council's report names its own inspectors, and two
authors leave `inspectors` as they were. Wave 65h: a bare `an inspection by X` names no author here."""
from claims.extract.speakers.report_inspectors import report_author
from tests.extract_rows import cued_rows

TEXT = """Schools in Harrowby have been commended by inspectors.

A report by Education Wales, published on Tuesday, looked at the council's 50 schools.

Education inspectors identified several strengths, including:

  • Attendance at secondary schools that has returned to 91%

Inspectors also said that results for 400 pupils learning English had not improved since 2022."""


def test_the_author_of_a_report_is_read_after_by() -> None:
    author = report_author(TEXT)
    assert author is not None and (author.name, author.kind) == ("Education Wales", "org")


def test_bare_inspectors_are_the_reports_author() -> None:
    assert cued_rows(TEXT) == [
        ("Education Wales", "inspectorate", "identified",
         "Attendance at secondary schools that has returned to 91%"),
        ("Education Wales", "inspectorate", "said that",
         "results for 400 pupils learning English had not improved since 2022"),
    ]


def test_a_councils_report_has_inspectors_of_its_own() -> None:
    assert report_author(TEXT.replace("Education Wales", "Harrowby Borough Council")) is None


def test_two_authors_name_no_one() -> None:
    text = TEXT.replace("looked at the council's 50 schools.", "looked at the schools. A review by Skills Wales agreed.")
    assert report_author(text) is None


def test_before_the_rule_inspectors_stayed_unresolved_words() -> None:
    """The defect this reproduces: without an inspectorate named, the rows went to the bare noun `inspectors`."""
    assert [row[0] for row in cued_rows(TEXT.replace("A report by Education Wales", "A report"))] \
        == ["inspectors", "inspectors"]


def test_the_author_is_read_past_other_works_words_before_its_name_and_after_the() -> None:
    """Round 55m's survivors: a survey's author is no inspector; `a report by staff from X` names no author at the
    start of its words; `a review by the Care Board` is the board's, its `the` skipped."""
    text = ("A survey by Kelby University found parents were content.\n\nA report by staff from Skills Wales was "
            "shared.\n\nA review by the Care Board followed.\n\nInspectors said the wards were clean.\n")
    author = report_author(text)
    assert ((author.name, author.kind, text[author.start:author.end]) if author else None) \
        == ("Care Board", "org", "Care Board")


def test_a_bare_inspection_by_names_no_author() -> None:
    assert report_author("The home was rated good after an inspection by the Orlen Care Board. Inspectors said") is None
