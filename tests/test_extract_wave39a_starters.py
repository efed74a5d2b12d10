"""Wave 39a: a capitalised word that opens a sentence or a header and never names a party is no part of a speaker's
name: `From` (`NEWS FROM X DISTRICT COUNCIL` over a council's release is the council's, never `From X District
Council`), and a header's label in capitals before its colon (`EMBARGO: not for publication before ...`) is no
issuer. A sentence that opens on `From` keeps its own speaker, and a body's letters before a colon stay a body."""
from tests.extract_rows import cued_rows

MASTHEAD = """NEWS FROM MARROWAY DISTRICT COUNCIL

Ref: MDC/PR/2026/014
Date: 4 May 2026

Council collects record bulky waste

Marroway District Council collected 3,120 tonnes of bulky waste in 2025, the first full year of its booking scheme.

Figures in the council's annual waste report, which goes to the cabinet next week, show that the council collected \
3,120 tonnes, up from 2,640 tonnes.
"""


def test_from_opening_a_masthead_is_not_the_issuers_name():
    assert cued_rows(MASTHEAD) == [("Marroway District Council", "organisation", "show that",
                                    "the council collected 3,120 tonnes, up from 2,640 tonnes")]


def test_a_sentence_opening_on_from_keeps_its_speaker():
    text = "From April, collections will cost £25 an item, Marroway District Council said on Monday.\n"
    assert cued_rows(text) == [("Marroway District Council", "organisation", "said",
                                "From April, collections will cost £25 an item")]


EMBARGOED = """EMBARGO: not for publication before 00:01 Monday 9 March 2026

New wards proposed for Tarnside

The Regional Wards Commission (RWC) has today published draft proposals for Tarnside Borough Council.

The commission's draft recommendations propose that the council should have 41 councillors in future, six fewer than \
now.
"""


def test_a_header_label_in_capitals_is_not_the_issuer():
    assert cued_rows(EMBARGOED) == [
        ("Regional Wards Commission", "organisation", "issued the release",
         "The commission's draft recommendations propose that the council should have 41 councillors in future, six "
         "fewer than now")]


def test_a_bodys_letters_before_a_colon_keep_their_reading():
    text = EMBARGOED.replace("EMBARGO: not for publication before 00:01 Monday 9 March 2026", "RWC: news release")
    assert cued_rows(text) == [
        ("RWC", "organisation", "issued the release",
         "The commission's draft recommendations propose that the council should have 41 councillors in future, six "
         "fewer than now")]
