"""Rows that are no claim (wave 25f): a note saying where a document can be read (`The full report is available on
our website.`) is nobody's claim, whatever cue word (`report`) it holds. Each case is a short text written for this
test in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue,
quote) rows, in text order."""
import pytest

from claims.extract.attribution.availability import offers_document
from extract_rows import cued_rows as rows


LEAD = "Pellow District Council said on Tuesday that bin collections would move to Thursdays.\n\n"
LEAD_ROW = ("Pellow District Council", "organisation", "said on Tuesday that", "bin collections would move to Thursdays")


# A document's availability on a website, a page, an address or with papers: no row.
@pytest.mark.parametrize("note", [
    "The full report, Cleaner Streets, is available on our website.",
    "The full report and its appendices are available on the Council's website.",
    "3. The full report, including the contractor's response, is available on the Ombudsman's website.",
    "The full audit report, No. 2031-07, is available on the Auditor's website.",
    "The full report and the ward-by-ward data are available at pellowstreets.org/bins.",
    "A full list of the winning projects is available at pellow.example.org/grants.",
    "Further information is available at www.pellow-streets.org.uk.",
    "- The full report and the evidence given to the review are published with the Cabinet papers.",
])
def test_a_document_available_on_a_website_is_no_row(note: str) -> None:
    assert rows(LEAD + note + "\n") == [LEAD_ROW]


# It must not fire: what is (not) available somewhere else, a finding about what is published, a figure, a negation.
@pytest.mark.parametrize(("text", "expected"), [
    (LEAD + "Free flu vaccines are available at every pharmacy in Pellow, the council said.\n",
     [LEAD_ROW, ("Pellow District Council", "organisation", "said",
       "Free flu vaccines are available at every pharmacy in Pellow")]),
    ("The Pellow Residents' Association said the full report is not available on the council's website.\n",
     [("Pellow Residents' Association", "organisation", "said",
       "the full report is not available on the council's website")]),
    ("Auditors found that only 40% of the council's reports are available on its website.\n",
     [("auditors", "inspectorate", "found that", "only 40% of the council's reports are available on its website")]),
    ("The report, published on Tuesday, found that missed collections had doubled.\n",
     [("the report", "document", "found that", "missed collections had doubled")]),
])
def test_a_claim_about_availability_stays(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


# The test on its own, over whole sentences: (sentence, whether it is a note of where a document is).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The full report is available on our website.", True),
    ("The decision notice and the minutes are available on the Authority's website.", True),
    ("Further information is available at www.pellow.gov.uk.", True),
    ("The full report is now available on request.", False),
    ("Parking is available at the leisure centre.", False),
    ("The full report is no longer available on the website.", False),
    ("Only 12 of the 40 reports are available on the council's website.", False),
])
def test_offers_document(sentence: str, expected: bool) -> None:
    text = LEAD + sentence + "\n"
    start = text.index(sentence)
    assert offers_document(text, (start, start + len(sentence))) is expected


# A sentence of thanks or sympathy, quoted or not: no row.
@pytest.mark.parametrize("courtesy", [
    '"I want to thank the crews of Pellow Fire Station for their work," said Jo Roe, the council\'s leader.',
    '"Our thoughts remain with Mr Hale\'s family," a council spokesperson said.',
    '"We offer our deepest condolences to the Hale family," the council said.',
])
def test_thanks_and_sympathy_are_no_row(courtesy: str) -> None:
    assert rows(LEAD + courtesy + "\n") == [LEAD_ROW]


# It must not fire: thanks that go on to a figure or a clause of their own, or that open with something else.
@pytest.mark.parametrize(("text", "expected"), [
    ('"I want to thank the 40 crews who worked through the night," said Jo Roe, the council\'s leader.\n',
     [("Jo Roe", "person", "said", "I want to thank the 40 crews who worked through the night")]),
    ('"We want to thank residents, but the cuts will close three libraries," said Jo Roe, the council\'s leader.\n',
     [("Jo Roe", "person", "said", "We want to thank residents, but the cuts will close three libraries")]),
    ('"Thanks to our volunteers, the library will open on Sundays," said Jo Roe, the council\'s leader.\n',
     [("Jo Roe", "person", "said", "Thanks to our volunteers, the library will open on Sundays")]),
])
def test_thanks_holding_a_claim_stay(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected
