"""`claims.extract.attribution.document_participles`: a cue inside a noun phrase, a document named by its source and a
participle of showing (`figures from the Central Statistics Bureau showing that A`): A is the source's claim; each case
a short text written for this test about invented parties, and the whole table it gives as (speaker, speaker_kind,
cue, quote) rows."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

UNION = "The Harbour Workers Union wants a pay rise of 6%.\n\n"
"""A paragraph that names a party of the text before the sentence under test."""


@pytest.mark.parametrize(("text", "expected"), [
    (UNION + "The demand follows figures from the Central Statistics Bureau showing that rents rose by 9% last "
     "year.\n",
     [("Central Statistics Bureau", "organisation", "showing that", "rents rose by 9% last year")]),
    (UNION + "The claim comes after a survey by the Tenants Forum of Ireland finding that one renter in five had "
     "moved twice.\n",
     [("Tenants Forum of Ireland", "organisation", "finding that", "one renter in five had moved twice")]),
], ids=["figures-from", "survey-by"])
def test_a_documents_source_claims_what_it_shows(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_an_answered_documents_source_claims_what_it_shows_before_the_answer() -> None:
    text = UNION + ("Responding to figures from the Central Statistics Bureau showing that prices rose by 3% in May, "
                    "the union said the rise would hurt members.\n")
    assert cued_rows(text) == [
        ("Central Statistics Bureau", "organisation", "showing that", "prices rose by 3% in May"),
        ("Harbour Workers Union", "organisation", "said", "the rise would hurt members")]


@pytest.mark.parametrize("text", [
    UNION + "The union has asked for figures from the Central Statistics Bureau showing how rents have moved.\n",
    UNION + "There are no figures from the Central Statistics Bureau showing that rents rose.\n",
    UNION + "Is there a survey by the Tenants Forum of Ireland showing that rents rose?\n",
], ids=["how", "no-figures", "question"])
def test_no_document_shows_a_claim(text: str) -> None:
    assert cued_rows(text) == []
