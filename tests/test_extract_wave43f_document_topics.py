"""Wave 43f: what a document is on, read as a body that speaks.

`The 2027 Report on Port Services shows that ...`: the capitalised run after `Report on` was read alone, and its
plural head (`Services`, `Times`) made it a body, `Port Services`, which then spoke the report's findings. A run made
of common words only, right after a document's capitalised noun and `on` (`entities._DOCUMENT_TOPIC_RE`), is the
document's topic and names no body, so the document speaks in the text's words. A report on a named body (`Report on
Velmora District Council`, wave 39d) and the same words as a subject of their own are read as before.
"""
from tests.extract_rows import cued_rows


def test_report_on_a_topic_speaks_as_the_report() -> None:
    """`The 2027 Report on Port Services shows`: the report, never a body called `Port Services`."""
    text = """Ships wait longer

The 2027 Report on Port Services shows that 61 per cent of ships were cleared within an hour.
"""
    assert cued_rows(text) == [
        ("the 2027 report", "document", "shows that", "61 per cent of ships were cleared within an hour"),
    ]


def test_review_and_study_on_a_topic() -> None:
    """`A new Review on Waiting Times found`, `The Study on Port Services shows`: the documents."""
    text = """Ships wait longer

A new Review on Waiting Times found that 8 per cent of ships waited a day.

The Study on Port Services shows that 5 per cent of ships turned away.
"""
    assert cued_rows(text) == [
        ("new review", "document", "found that", "8 per cent of ships waited a day"),
        ("the study", "document", "shows that", "5 per cent of ships turned away"),
    ]


def test_report_on_a_named_body_and_bare_topic_words_unchanged() -> None:
    """Negative: `The Report on Velmora District Council` is the council's (39d); `Port Services said` a body."""
    text = """Council criticised

The Report on Velmora District Council found that 8 per cent of repairs were late.

Port Services said ships were cleared faster.
"""
    assert cued_rows(text) == [
        ("Velmora District Council", "organisation", "found that", "8 per cent of repairs were late"),
        ("Port Services", "organisation", "said", "ships were cleared faster"),
    ]
