"""A one-word body shown a body by the document it publishes (`claims.extract.attribution.publisher_subjects`, wave
62d; the real sets' 97th): `Harrowmere released findings from its survey ... The survey revealed A` makes Harrowmere A's
speaker, as it is for a publisher the name reader knows; a person, a word that names no party and a verb that
publishes no document are left alone. Each text is written for this test in our own words about invented parties;
rows are (speaker, speaker_kind, quote)."""
from __future__ import annotations

import pytest

from extract_rows import rows

_FOUND = " The survey revealed most carers feel exhausted at least once a week.\n"


@pytest.mark.parametrize("opening", [
    "Harrowmere released findings from its survey of 1,200 carers.",
    "Harrowmere published a survey of 1,200 carers.",
    "Harrowmere has today released the findings of its first survey of carers.",
    "Harrowmere launched a new survey of carers last month.",
])
def test_a_one_word_publisher_of_a_survey_speaks_for_it(opening: str) -> None:
    assert rows(opening + _FOUND) == [("Harrowmere", "organisation", "most carers feel exhausted at least once a week")]


def test_research_a_one_word_body_published_is_its_own() -> None:
    text = ("Ostwick has published new research on respite care.\n\n"
            "The research found that 14 of the valley's 31 respite homes had closed since 2019.\n")
    assert rows(text) == [("Ostwick", "organisation", "14 of the valley's 31 respite homes had closed since 2019")]


@pytest.mark.parametrize(("opening", "speaker", "kind"), [
    ("Yesterday released findings from its survey of 1,200 carers.", "the survey", "document"),  # names no party
    ("Harrowmere released balloons over the park.", "the survey", "document"),  # no document published
    ("Jo Harrowmere chairs the carers' panel. Harrowmere released findings from its survey of 1,200 carers.",
     "the survey", "document"),  # a person's surname, though no body of that name was registered
])
def test_no_publisher_is_read_where_none_publishes_a_document(opening: str, speaker: str, kind: str) -> None:
    assert rows(opening + _FOUND) == [(speaker, kind, "most carers feel exhausted at least once a week")]
