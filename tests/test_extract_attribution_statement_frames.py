"""A statement given out over what it answers (`claims.extract.attribution.statement_frames`, wave 54e): `X released
the following statement in response to the Y report, which showed A:` gives A to the report, and `X issued the
following statement today after the Z Board announced that A:` gives A to the board; the quotation below stays X's.
Each case is a short text written for this test in our own words about invented parties, and the whole table it must
give as (speaker, speaker_kind, quote) rows, in text order."""
from __future__ import annotations

import pytest

from claims.extract.attribution.statement_frames import STATEMENT_FRAME_RE
from extract_rows import rows

QUOTE = '\n\n"This is welcome news for families," said Governor Ruiz.\n'
QUOTE_ROW = ("Alma Ruiz", "person", "This is welcome news for families")


@pytest.mark.parametrize(("lead", "expected"), [
    ("Governor Alma Ruiz released the following statement in response to today's housing report, which showed home "
     "sales rose 8 percent in March:",
     [("today's housing report", "document", "home sales rose 8 percent in March"), QUOTE_ROW]),
    ("Governor Alma Ruiz issued the following statement on the housing report released today by the Corlan Housing "
     "Agency, which showed that home sales rose 8 percent in March:",
     [("Corlan Housing Agency", "organisation", "home sales rose 8 percent in March"), QUOTE_ROW]),
    ("Governor Alma Ruiz released the following statement today after the Department of Commerce announced that the "
     "state added 2,100 jobs in May:",
     [("Department of Commerce", "organisation", "the state added 2,100 jobs in May"), QUOTE_ROW]),
])
def test_what_the_answered_source_showed_is_its_claim(lead: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(lead + QUOTE) == expected


def test_a_bare_document_read_as_an_earlier_body_gives_no_row() -> None:
    text = ("The Department of Commerce said the state added 2,100 jobs in May.\n\n"
            "Governor Alma Ruiz issued the following statement on the county audit, which found that the county "
            "overspent by $2 million:" + QUOTE)
    assert rows(text) == [("Department of Commerce", "organisation", "the state added 2,100 jobs in May"), QUOTE_ROW]


@pytest.mark.parametrize(("sentence", "frame"), [
    ("X released the following statement in response to the report", "in response to"),
    ("X issued this statement today after the Board announced", "after"),
    ("X issued a statement on Monday regarding the figures", "regarding"),
    ("X released the following statement:", None),
    ("X welcomed the report, which showed", None),
])
def test_the_frame_after_a_given_statement(sentence: str, frame: str | None) -> None:
    found = STATEMENT_FRAME_RE.search(sentence)
    assert (found.group("frame") if found else None) == frame
