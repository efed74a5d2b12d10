"""`claims.extract.attribution.made_documents`: a document named with its maker in a sentence no cue reads (`A
statement from the firm outlined that ...`, `A report by the board's engineers, seen by this paper, describes ...`,
`Since then, X has provided an annual review.`) is what `it` means as the subject of a cue in the next sentence of
its paragraph, so its maker speaks; each case a short text written for this test about invented parties, and the whole
table it gives as (speaker, speaker_kind, quote) rows."""
from __future__ import annotations

import pytest

from extract_rows import rows

from claims.extract.attribution.made_documents import made_document_span

OWNER = ("Harlow Kilns, a tile maker advised by Osprey Lane Partners, has been criticised by the Tile Standards "
         "Board.\n\n")
"""A paragraph that names three bodies before the sentences under test: the last named is no document's owner."""


@pytest.mark.parametrize(("text", "expected"), [
    (OWNER + "A statement from Osprey Lane Partners outlined that sales fell in May. It said 40 kilns had been "
     "shut.\n",  # `outlined that` is a cue since wave 43j: the statement's own sentence is its maker's claim too
     [("Osprey Lane Partners", "organisation", "sales fell in May"),
      ("Osprey Lane Partners", "organisation", "40 kilns had been shut")]),
    (OWNER + "Since then, Osprey Lane Partners has provided a yearly update. It shows that 40 kilns had been "
     "shut.\n",
     [("Osprey Lane Partners", "organisation", "40 kilns had been shut")]),
    (OWNER + "A report by engineers at the board, seen by this paper, describes the kilns as old. It says that 40 "
     "kilns should be shut.\n",
     [("Tile Standards Board", "inspectorate", "40 kilns should be shut")]),
    (OWNER + "A statement from officials outlined that sales fell in May. It said 40 kilns had been shut.\n",
     # since wave 43j `outlined that` reads as `said that` does: a statement from unnamed officials is the body in
     # focus's, as `A statement from officials said that` was before
     [("Harlow Kilns", "organisation", "sales fell in May"), ("Harlow Kilns", "organisation", "40 kilns had been shut")]),
], ids=["statement-from-it-said", "has-provided-an-update-it-shows", "report-by-it-recommends", "no-party-no-maker"])
def test_it_after_a_made_document_is_its_maker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A statement from the company outlined that sales fell.", "the company"),
    ("A report by the board's engineers, seen by this paper, describes the kilns as old.", "the board's engineers"),
    ("Since then, Harlow Kilns has provided a yearly update.", "Harlow Kilns"),
    ("The firm has published its annual review.", "The firm"),
    ("A statement from the company was read out.", "the company"),
    ("Harlow Kilns sold 900 boilers.", None),
    ("Shoppers from the town have provided a petition of 300 names to the council.", None),
    ("A man from the town outlined his plans.", None),
], ids=["statement-from", "note-by-aside", "has-provided", "the-firm-published", "was-read", "no-document",
        "document-not-last", "no-document-noun"])
def test_made_document_span(sentence: str, expected: str | None) -> None:
    span = made_document_span(sentence, (0, len(sentence)))
    assert (sentence[span[0]:span[1]] if span else None) == expected
