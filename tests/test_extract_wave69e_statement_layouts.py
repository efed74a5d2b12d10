"""A statement whose layout, not a verb of speech, says who gives it (wave 69e): a heading naming its giver as the
subject of a verb of giving (`Chairman Jo Roe delivers a Club Statement`), a byline with a post (`By Union President
Jo Roe`), a source phrase opening the quotation's sentence (`In a statement signed by its spokesman, Jo Roe, "..."`,
`According to Jo Roe, "..."`), a page's label line between a lead-in and its quotation (`Quote / Testimonial:`) and a
signature block under it (`Jo Roe` / `Chief Executive`). Each case is a short text written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.giver_headings import giver_first_heading
from claims.extract.attribution.lists import SUB_LABEL_RE
from extract_rows import cued_rows

QUOTED = "\u201cThe league fined the club \u00a340,000 last week. We were given no reason for the size of the fine.\u201d\n"


@pytest.mark.parametrize(("heading", "expected"), [
    ("Chairman Orrin Valtey delivers a Club Statement", True),
    ("Mayor Tessa Quill Issues Statement on Floods", True),
    ("Mayor Tessa Quill issues statement on floods", False),  # the noun in small letters: a news headline's sentence
    ("Union president, Mr Oren Bask issued a statement", False),
    ("By Dockers Union President Hal K. Ostery", True),
    ("By Tamsin Rook", False),  # a reporter's byline: no post
    ("By Political Editor Tamsin Rook", False),  # a post of the press
    ("By Tamsin Rook | Harbour Ledger", False),  # the outlet after the name
    ("By Tamsin Rook and Ivo Benn, staff writers", False),
    ("Chief Public Advocate releases open letter to the board", False),  # a post, no name
])
def test_giver_headings(heading: str, expected: bool) -> None:
    assert (giver_first_heading(heading, 0, len(heading)) is not None) is expected


@pytest.mark.parametrize(("label", "expected"), [
    ("Quote / Testimonial:", True),
    ("Comment | Statement:", True),
    ("Full Year 2026:", True),
    ("He said / she said that:", False),
])
def test_label_lines(label: str, expected: bool) -> None:
    assert (SUB_LABEL_RE.fullmatch(label) is not None) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chairman Orrin Valtey delivers a Club Statement\n\n" + QUOTED,
     [("Orrin Valtey", "person", "statement", "\u201cThe league fined the club \u00a340,000 last week"),
      ("Orrin Valtey", "person", "statement", "We were given no reason for the size of the fine.\u201d")]),
    ("By Tamsin Rook\n\nBy Dockers Union President Hal Ostery\n\n" + QUOTED,
     [("Hal Ostery", "person", "statement", "\u201cThe league fined the club \u00a340,000 last week"),
      ("Hal Ostery", "person", "statement", "We were given no reason for the size of the fine.\u201d")]),
    ("By Tamsin Rook\n\n" + QUOTED, []),  # a reporter's byline gives the quotation no one
])
def test_headings_over_a_quotation(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In a statement signed by its spokesman, Supt Haven Ordu, \u201cour officers were attacked near the "
     "market.\u201d\n\n\u201cFour suspects have been arrested.\u201d\n",
     [("Haven Ordu", "person", "In a statement signed by", "our officers were attacked near the market."),
      ("Haven Ordu", "person", "quotation continues", "Four suspects have been arrested.")]),
    ("In a release issued by its spokesman, Haven Ordu, \u201cThe officers were attacked near the market.\u201d\n",
     [("Haven Ordu", "person", "In a release issued by", "The officers were attacked near the market.")]),
    ("According to Haven Ordu, \u201cThe officers were attacked near the market.\u201d\n",
     [("Haven Ordu", "person", "According to", "The officers were attacked near the market.")]),
    ("In the words of Haven Ordu, \u201cThe officers were attacked near the market.\u201d\n",
     [("Haven Ordu", "person", "In the words of", "The officers were attacked near the market.")]),
])
def test_fronted_source_before_a_quotation(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_label_line_between_lead_in_and_quotation() -> None:
    text = ("Speaking of the report, Mira Tolland, Chief Inspector, Care Review Wenmoor, said:\n\nQuote / Testimonial:"
            "\n\n\u201cPatients spoke warmly of the nurses on every ward.\n\n\u201cWe found that fire doors had "
            "been wedged open on two wards.\u201d\n")
    assert cued_rows(text) == [
        ("Mira Tolland", "person", "said", "Patients spoke warmly of the nurses on every ward."),
        ("Mira Tolland", "person", "quotation continues", "We found that fire doors had been wedged open on two wards."),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("\u201cThe trust has cut waiting times by a third this year.\u201d\n\nDelia Farrant\nChief Executive\nHaddon "
     "Health Trust\n", [("Delia Farrant", "person", "signed", "The trust has cut waiting times by a third this year.")]),
    ("\u201cThe trust has cut waiting times by a third this year.\u201d\n\nDelia Farrant\nHaddon Lane\n", []),  # no post
])
def test_signature_block_under_a_quotation(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
