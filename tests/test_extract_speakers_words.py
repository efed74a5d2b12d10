"""speakers/words: `PUBLISHED_BY_RE` reads a document's publisher from `the report, published by X`, but never across
another document's noun, whose own participle that is (`According to the report, of the 400 surveys compiled by X`:
X made the surveys, not the report; wave 54p, seen on real pages). Each text is written for this test in our own words
about invented parties."""
from __future__ import annotations

import re

import pytest

from claims.extract.speakers.words import NAME_RUN, OWNER_RUN, names_no_party
from tests.extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("The Fenwick Trust said demand had risen.\n\n"
     "According to the report, of the 400 surveys compiled by Tarn Analytics last year, most were never read.\n",
     [("Fenwick Trust", "organisation", "said", "demand had risen"),
      ("Fenwick Trust", "organisation", "According to", "of the 400 surveys compiled by Tarn Analytics last year, "
                                                        "most were never read")]),
    # Must not move: the participle right after the report's own noun names its publisher.
    ("The Fenwick Trust said demand had risen.\n\n"
     "The report, compiled by Tarn Analytics, found that 400 surveys were never read.\n",
     [("Fenwick Trust", "organisation", "said", "demand had risen"),
      ("Tarn Analytics", "organisation", "found that", "400 surveys were never read")]),
], ids=["other-noun-between", "own-participle"])
def test_publisher_never_across_another_document(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_names_no_party_covers_openers_references_heads_and_roles() -> None:
    """One test for `sides` and `own_its_subjects` (second read of wave 54: each had its own six-set chain)."""
    words = ["Yesterday", "However", "Council", "Regulator", "Trust", "Coroner", "Governor", "Brindle", "Twitter"]
    assert [word for word in words if names_no_party(word)] == [
        "Yesterday", "However", "Council", "Regulator", "Trust", "Coroner", "Governor"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Numerous ratepayers said their incomes had not kept pace.\n",
     [("Numerous ratepayers", "unresolved", "said", "their incomes had not kept pace")]),
    ("Householders told councillors that the roading charge had doubled.\n",
     [("Householders", "unresolved", "told councillors that", "the roading charge had doubled")]),
    ("Taxpayers said the scheme cost too much.\n",
     [("Taxpayers", "unresolved", "said", "the scheme cost too much")]),
])
def test_people_named_by_what_they_pay_speak_as_a_crowd(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Wave 62e (the real sets' 99th): `ratepayers`, `householders`, `taxpayers` are people groups
    (`data/people_groups.txt`), never a body nor a claim left without a speaker."""
    assert cued_rows(text) == expected


# Wave 65x: the one capitalised name run (`namesake_owners`, `held_nouns`, `documents`' headline subject).
@pytest.mark.parametrize(("text", "expected"), [
    ("Brinton & Hale Trust backs", "Brinton & Hale Trust"), ("Office for Tarn Waters said", "Office for Tarn Waters"),
    ("Kelby\tTrust and Marren Police", "Kelby\tTrust and Marren Police"), ("Kelby Trust of the", "Kelby Trust"),
    ("Kelby Trust\nMarren", "Kelby Trust"), ("Kelby and marren", "Kelby"), ("Post-Haste Ltd", "Post-Haste Ltd"),
    ("The Kelby Trust", None), ("Theodora Vane", "Theodora Vane"), ("kelby Trust", None), ("", None)])
def test_name_run_at_its_edges(text: str, expected: str | None) -> None:
    found = re.match(NAME_RUN, text)
    assert (found.group() if found else None) == expected


# Wave 65x: the one owner's run before a possessive (`earlier_documents`, `attribution/document_makers`).
@pytest.mark.parametrize(("text", "expected"), [
    ("Harrow Council's", "Harrow Council"), ("Guild of Valuers'", "Guild of Valuers"),
    ("Kelby and Marren Trust's", "Kelby and Marren Trust"), ("Brinton & Hale's", "Brinton"),
    ("One Two Three Four Five Six Seven Eight's", "One Two Three Four Five Six Seven"),
    ("Office for the Arts's", "Office for"), ("Kelby\nTrust's", "Kelby"), ("the council's", None)])
def test_owner_run_at_its_edges(text: str, expected: str | None) -> None:
    found = re.match(OWNER_RUN, text)
    assert (found.group() if found else None) == expected
