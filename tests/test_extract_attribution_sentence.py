"""attribution/sentence: a body that releases or launches a document showing what it found (wave 62e): a document's
noun with no determiner (`released traffic figures for May showing growth`), a title in quotation marks and
`demonstrating` (`launched its annual report, 'A Year at Home, Together', demonstrating growth`), `that show`. What
the document shows is its publisher's claim; a picture that shows something, or a list's lead-in, is not read so.
Each case is a short text written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.attribution.sentence import DOCUMENT_SHOWING_RE
from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("The Carrowby Air Group released traffic figures for the first half showing growth of 7.2% in passengers.\n",
     [("Carrowby Air Group", "organisation", "showing", "growth of 7.2% in passengers")]),
    ("Harbour Age, the charity that phones pensioners, launched its annual report, \u2018A Year at Home, "
     "Together\u2019, demonstrating growth of 160% in the number of people it helped.\n",
     [("Harbour Age", "organisation", "demonstrating", "growth of 160% in the number of people it helped")]),
])
def test_what_a_released_document_shows_is_its_publishers(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("sentence", "cue"), [
    (" released traffic figures for May showing growth", "showing"),
    (" launched its annual report, \u2018A Year at Home, Together\u2019, demonstrating growth", "demonstrating"),
    (" has released quarterly results that show an increase", "that show"),
    (" launched its review - which says that four", "which says"),
    (" released a blurred still from a camera, that shows a man", None),  # an image is no document
    (" released 40 prisoners showing signs of illness", None),
])
def test_document_showing_re(sentence: str, cue: str | None) -> None:
    found = DOCUMENT_SHOWING_RE.search(sentence)
    assert (found.group("cue") if found else None) == cue


def test_a_lead_in_to_a_list_is_left_to_the_list() -> None:
    """`publishes its report, which shows that last year its teams:` ends in a colon: the bullets below are read as a
    list, never a row of the lead-in's own words."""
    text = ("The Ridgeway Trust today publishes its Impact Report, which shows that last year its teams:\n\n"
            "- cleared 412 fields\n- trained 90 local staff\n")
    assert [row[3] for row in cued_rows(text)] == ["cleared 412 fields", "trained 90 local staff"]
