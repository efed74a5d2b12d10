"""speakers/bare_documents: a document named only by its noun and words of when it was made (`latest figures show`,
`Statistics show`) has no maker named: in a news report it speaks as itself, never as the body in focus; on the
issuer's own release it is the issuer's (wave 58g; the real sets' 67th, 74th and 80th, development's p1821). Each
case is a short text written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

from claims.extract.speakers.bare_documents import bare_document

_SPOKE = "Pellin Ferries said on Monday it would add two sailings a day from May.\n\n"
_FIGURES = ("Its boats carried 2.1 million passengers last year, a fall of 8 per cent, latest figures show.\n\n"
            "Statistics show that one sailing in ten left more than an hour late.\n")
_NEWS = "Ferries to add sailings\n\nBy Ann Rowe, Transport Reporter\n\n" + _SPOKE
_RELEASE = "PRESS RELEASE\n\nFerries to add sailings\n\n" + _SPOKE
_SAID = ("Pellin Ferries", "organisation", "said", "it would add two sailings a day from May")


@pytest.mark.parametrize(("text", "expected"), [
    (_NEWS + _FIGURES,  # a news report: the figures in their words (the body that spoke before them until 58g)
     [_SAID,
      ("latest figures", "document", "show", "Its boats carried 2.1 million passengers last year, a fall of 8 per cent"),
      ("statistics", "document", "show that", "one sailing in ten left more than an hour late")]),
    (_RELEASE + _FIGURES,  # the issuer's own release: its evidence, the issuer's
     [_SAID,
      ("Pellin Ferries", "organisation", "show", "Its boats carried 2.1 million passengers last year, a fall of 8 per cent"),
      ("Pellin Ferries", "organisation", "show that", "one sailing in ten left more than an hour late")]),
])
def test_bare_document_by_genre(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Must not move: a maker named with the figures speaks; figures met before (`The figures`) are read as before.
@pytest.mark.parametrize(("text", "expected"), [
    (_NEWS + "Figures from the Harbour Board show that one sailing in ten left more than an hour late.\n",
     [_SAID, ("Harbour Board", "organisation", "show that", "one sailing in ten left more than an hour late")]),
    (_NEWS + "The figures show that one sailing in ten left more than an hour late.\n",
     [_SAID, ("Pellin Ferries", "organisation", "show that", "one sailing in ten left more than an hour late")]),
])
def test_named_or_met_document_unchanged(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    (["latest", "figures"], True),
    (["statistics"], True),
    (["preliminary", "findings"], True),
    (["recent", "analysis"], True),
    (["the", "latest", "figures"], False),  # an article: figures the text may have met
    (["official", "figures"], False),  # a government's (wave 21b's own reading)
    (["industry", "figures"], False),  # what they count (`source_modifiers`)
    (["after", "independent", "tests"], False),  # a clause's opener: what the text tells of them before
    (["preliminary", "figures", "released", "on", "january", "9"], True),  # when it was put out
    (["figures", "released", "to", "the", "post"], False),  # a party after the noun
    (["figures", "obtained", "by", "the", "trust"], False),
    (["figures", "for", "april"], False),
    ([], False),
])
def test_bare_document(phrase: list[str], expected: bool) -> None:
    assert bare_document(phrase) is expected


# A council's own page by its letters (41i): the bare figures are the council's, as on a release.
_COUNCIL_PAGE = ("Bins update\nFenbury DC collected 4,000 bins in May.\n"
                 "Latest figures show that FDC recycled 40 per cent of the waste.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_COUNCIL_PAGE, [("Fenbury DC", "organisation", "show that", "FDC recycled 40 per cent of the waste")]),
    (_COUNCIL_PAGE.replace("FDC recycled", "the district recycled"),
     [("latest figures", "document", "show that", "the district recycled 40 per cent of the waste")]),
], ids=["own-letters", "no-letters"])
def test_bare_document_on_a_council_page_by_its_letters(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
