"""A lead-in that gives out a statement, however long its tail (`claims.extract.attribution.lists`,
`STATEMENT_LEAD_RE` in `claims.extract.attribution.patterns`)."""
from __future__ import annotations

import pytest

from claims.extract.attribution.patterns import STATEMENT_LEAD_RE
from tests.extract_rows import rows

QUOTE = '"Today the council heard that 40 pipes burst in 2024. That is £4m of waste."\n'


@pytest.mark.parametrize("line, cue", [
    ("Jo Roe issued the following statement after the hearing, at which the audit was presented:",
     "issued the following statement"),
    ("Jo Roe released this statement after a hearing at which State Auditor Tim Ash presented his audit:",
     "released this statement"),
    ("The mayor gave a brief response on Tuesday evening:", "gave a brief response"),
    ("Ms Roe made the following remarks:", "made the following remarks"),
])
def test_a_statement_given_out_before_a_colon_is_a_lead_in(line: str, cue: str) -> None:
    match = STATEMENT_LEAD_RE.search(line)
    assert match is not None and " ".join(match.group("cue").split()) == cue


@pytest.mark.parametrize("line", [
    "Jo Roe issued the following statement after the hearing.",       # no colon: no lead-in
    "The council issued a fine: £4,000.",                              # no statement given out
    'Jo Roe issued a statement saying "we are sorry": it was late.',   # a quotation inside: the lead-in is elsewhere
    "The council made changes to the statement:",                      # the statement is not what was given out
])
def test_anything_else_is_no_statement_lead_in(line: str) -> None:
    assert STATEMENT_LEAD_RE.search(line) is None


def test_the_person_who_gave_out_the_statement_speaks_its_quotation_not_the_issuer() -> None:
    text = ("Office of Councillor Jo Roe, Ward 12\n\nFOR IMMEDIATE RELEASE\n\n"
            "HALDEN — Committee Chair Jo Roe issued the following statement after Tuesday's hearing, at which "
            "Auditor Tim Ash presented his office's audit of the programme:\n\n" + QUOTE)
    assert rows(text) == [("Jo Roe", "person", "Today the council heard that 40 pipes burst in 2024."),
                          ("Jo Roe", "person", "That is £4m of waste.")]


FOLLOWING_AFTER = ("Mayors welcome freight figures\n\n"
                   "Yesterday, the Port Office released its annual freight report, showing a rise of 8% in tonnage. "
                   "{lead} Harbour Board Chair Jo Roe released the following statement.\n\n"
                   "\"This report confirms what we see in every port. The board has hired 40 new pilots since 2023.\n\n"
                   "\"Freight rose by 8% last year.\"\n")


@pytest.mark.parametrize("lead", ["", "In response to the report,"])
def test_a_following_statement_closing_a_paragraph_after_another_cue_leads_in_the_quotation(lead: str) -> None:
    """Wave 35n: a real release's `... revealing X. In response to the report, Mayor Jo Roe released the following
    statement.` closes a paragraph another party already speaks in: the quotation below is still Jo Roe's, and the
    lead-in itself is nobody's claim."""
    text = FOLLOWING_AFTER.format(lead=lead).replace("  ", " ")
    assert rows(text) == [("Port Office", "organisation", "a rise of 8% in tonnage"),
                          ("Jo Roe", "person", "This report confirms what we see in every port."),
                          ("Jo Roe", "person", "The board has hired 40 new pilots since 2023."),
                          ("Jo Roe", "person", "Freight rose by 8% last year.")]
