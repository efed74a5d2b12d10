"""A statement given out over what it answers (`claims.extract.attribution.statement_frames`, wave 54e): `X released
the following statement in response to the Y report, which showed A:` gives A to the report, and `X issued the
following statement today after the Z Board announced that A:` gives A to the board; the quotation below stays X's.
Each case is a short text written for this test in our own words about invented parties, and the whole table it must
give as (speaker, speaker_kind, quote) rows, in text order."""
from __future__ import annotations

import pytest

from claims.extract.attribution.statement_frames import STATEMENT_FRAME_RE
from extract_rows import cued_rows, rows

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


@pytest.mark.parametrize(("text", "expected"), [
    ("The county audit, which found that the county overspent by $2 million, was published on Monday.\n\n"
     "Governor Alma Ruiz released the following statement today after the Department of Commerce announced that the "
     "state added 2,100 jobs in May:" + QUOTE,
     [("the county audit", "document", "the county overspent by $2 million"),
      ("Department of Commerce", "organisation", "the state added 2,100 jobs in May"), QUOTE_ROW]),
    ("Governor Alma Ruiz released the following statement today after Senator Jo Bell said that the state added "
     "2,100 jobs in May:" + QUOTE, [QUOTE_ROW]),
    ("Governor Alma Ruiz released the following statement in response to the \"Homes First\" report, which showed "
     "home sales rose 8 percent in March:" + QUOTE,
     [("the homes first report", "document", "home sales rose 8 percent in March"), QUOTE_ROW]),
])
def test_the_answered_source_is_read_inside_the_lead_in_alone_and_never_a_person(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    """Round 55m's survivors: a source earlier in the text is not the lead-in's; a person announcing gives no row of
    the lead-in (the statement is the governor's reply, read as before); a quotation inside the lead-in."""
    assert rows(text) == expected


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


def test_the_source_keeps_its_cue_and_a_source_with_no_party_gives_no_row() -> None:
    """Round 55m's survivors: the row's cue is the source's words (`which showed`); `after the vote, which showed`
    names no party, so no row of the lead-in."""
    lead = "Governor Alma Ruiz released the following statement in response to today's housing report, which showed "
    assert [cued_rows(lead + "home sales rose 8 percent in March:" + QUOTE),
            rows("Governor Alma Ruiz released the following statement after the vote, which showed that home sales "
                 "rose 8 percent in March:" + QUOTE)] \
        == [[("today's housing report", "document", "which showed", "home sales rose 8 percent in March"),
             ("Alma Ruiz", "person", "said", "This is welcome news for families")], [QUOTE_ROW]]
