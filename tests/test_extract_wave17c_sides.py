"""Two sides in one text, headings and capitalised words read as speakers (wave 17c): each case is a short text
written for this test in our own words about invented parties, and the whole table it must give as (speaker,
speaker_kind, quote) rows, in text order, or the whole value a helper returns."""
import pytest

from claims.extract.layout import spelt_later
from extract_rows import rows

# A reference by a body's own head beats a body only of a kind like it (17c, speakers/context._own_head). `the
# agency` matches an office, a service or a commission as well as an agency; when an auditor's Office has spoken and
# the text has named a body whose own head is Agency, the audited agency's reply is the agency's.
AUDITED_AGENCY = (
    "The Harbour Works Agency's programme will protect 8,000 fewer homes than planned, according to a report by the "
    "State Audit Office (SAO).\n\nThe SAO found that 12 schemes had been dropped.\n\n"
    "In its response, the agency said it had accepted all four recommendations.\n")
NO_OWN_HEAD = (
    "The Harbour Works Board's programme is late, according to a report by the State Audit Office (SAO).\n\n"
    "The SAO found that 12 schemes had been dropped.\n\nThe agency said it had saved 3% on its running costs.\n")


def test_the_agency_is_the_body_headed_so() -> None:
    assert rows(AUDITED_AGENCY) == [
        ("State Audit Office", "inspectorate", "The Harbour Works Agency's programme will protect 8,000 fewer homes "
                                               "than planned"),
        ("State Audit Office", "inspectorate", "12 schemes had been dropped"),
        ("Harbour Works Agency", "organisation", "it had accepted all four recommendations")]


def test_the_agency_falls_back_to_an_office_like_it() -> None:
    assert rows(NO_OWN_HEAD)[-1] == ("State Audit Office", "inspectorate", "it had saved 3% on its running costs")


# A release's header line in capitals names its issuer as the text spells it later (17c, layout.spelt_later): `OFFICE
# OF THE COUNTY AUDITOR` over an audit of another body, with `The Office of the County Auditor is ...` at the foot.
CAPITAL_MASTHEAD = (
    "OFFICE OF THE COUNTY AUDITOR\n\nFOR IMMEDIATE RELEASE\n\n"
    "Auditor: Parks Department Cannot Account For Equipment\n\n"
    "County Auditor Dana Reyes today released an audit of the Parks Department.\n\nWhat we found\n"
    "1. Crews bought 44 mowers in 2024 that were never used.\n"
    "2. Staff signed for their own purchases on 90 occasions.\n\n"
    "###\n\nThe Office of the County Auditor audits every county department.\n")


def test_a_header_in_capitals_names_the_issuer_as_spelt_below() -> None:
    assert rows(CAPITAL_MASTHEAD) == [
        ("Office of the County Auditor", "organisation", "Crews bought 44 mowers in 2024 that were never used"),
        ("Office of the County Auditor", "organisation", "Staff signed for their own purchases on 90 occasions")]


@pytest.mark.parametrize(("text", "expected"), [
    ("ACME WATER\n\nAcme Water said sales rose.", (12, 22)),
    ("ACME WATER\n\nSales rose at ACME WATER.", (0, 10)),  # never written in its own case
    ("ACME\n\nAcme said sales rose.", (0, 4)),  # one word: left to the acronym rules
    ("ACME WATER\n\nacme water said sales rose.", (0, 10)),  # no capital: no name
])
def test_spelt_later(text: str, expected: tuple[int, int]) -> None:
    assert spelt_later(text, 0, text.index("\n")) == expected
