"""`claims.extract.speakers.spoken_documents`: a bare document noun (`figures show`, `the survey found`, `as new
figures show`) that names again a document which spoke earlier in its own words is that document speaking again,
whoever spoke since (a person, a body, a reference such as `the union`, in the same paragraph or a later one), never
the party that spoke last; each case a short text written for this test about invented parties, and the whole table
it gives as (speaker, speaker_kind, quote) rows."""
from __future__ import annotations

import pytest

from extract_rows import rows

from claims.extract.speakers.spoken_documents import plain_document_noun, spoken_again
from claims.extract.speakers import Context


@pytest.mark.parametrize(("text", "expected"), [
    ("Fares rose by 4%, figures show, but the union says trade held up well. Ferry crossings fell by 12%, figures "
     "show.\n",
     [("figures", "document", "Fares rose by 4%"), ("the union", "unresolved", "trade held up well"),
      ("figures", "document", "Ferry crossings fell by 12%")]),
    ("Fares rose by 4%, new figures show, but the union says trade held up well. Ferry crossings fell by 12%, new "
     "figures show.\n",
     [("new figures", "document", "Fares rose by 4%"), ("the union", "unresolved", "trade held up well"),
      ("new figures", "document", "Ferry crossings fell by 12%")]),
    ("Figures show fares on the Tarrow crossing rose by 4%. The Tarrow Ferry Company said trade held up well.\n\n"
     "The latest figures show that ferry crossings fell by 12%.\n",
     [("figures", "document", "fares on the Tarrow crossing rose by 4%"),
      ("Tarrow Ferry Company", "organisation", "trade held up well"),
      ("figures", "document", "ferry crossings fell by 12%")]),
    ("Harbour dues rose by a fifth last year, the report says, but the Quay Traders Guild says business held up.\n\n"
     "The report says that 40 berths stood empty in March.\n",
     [("the report", "document", "Harbour dues rose by a fifth last year"),
      ("Quay Traders Guild", "organisation", "business held up"),
      ("the report", "document", "40 berths stood empty in March")]),
    ("Rents in Marlow Vale rose by 9%, data show. Jo Roe, a letting agent in the town, said demand was steady, and "
     "the Marlow Vale Tenants Forum said rents were out of reach.\n\nA one-bedroom flat now costs £820 a month, the "
     "data show.\n",
     [("data", "document", "Rents in Marlow Vale rose by 9%"), ("Jo Roe", "person", "demand was steady"),
      ("Marlow Vale Tenants Forum", "organisation", "rents were out of reach"),
      ("data", "document", "A one-bedroom flat now costs £820 a month")]),
], ids=["after-a-reference", "new-figures", "after-a-body-next-paragraph", "report-after-a-body", "after-a-person-and-a-body"])
def test_a_document_that_spoke_speaks_again_after_another_party(text: str,
                                                                  expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Acme Water said that it had met 9 of 10 targets.\n\nThe report said that Acme Water was the worst performer.\n",
     [("Acme Water", "organisation", "it had met 9 of 10 targets"),
      ("Acme Water", "organisation", "Acme Water was the worst performer")]),
    ("Fares rose by 4%, figures show, but the Ferry Workers Union says trade held up well. The union's figures show "
     "that crossings fell by 2%.\n",
     [("figures", "document", "Fares rose by 4%"), ("Ferry Workers Union", "organisation", "trade held up well"),
      ("Ferry Workers Union", "organisation", "crossings fell by 2%")]),
], ids=["no-document-spoke-before", "an-owner-named-this-time"])
def test_a_document_that_never_spoke_or_an_owned_one_keeps_the_older_readings(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["figures"], True),
    (["as", "new", "figures"], True),
    (["the", "latest", "figures"], True),
    (["the", "survey"], True),
    (["the", "union's", "figures"], False),
    (["its", "figures"], False),
    (["a", "report"], False),
    (["the", "council", "report"], False),
    (["the", "union"], False),
], ids=["bare", "clause-opener", "definite", "survey", "possessive", "its", "indefinite", "body-head", "no-document"])
def test_plain_document_noun(words: list[str], expected: bool) -> None:
    assert plain_document_noun(words) is expected


def test_spoken_again_reads_the_last_document_of_that_noun() -> None:
    ctx = Context(text="")
    ctx.spoke("the report", "document")
    ctx.spoke("new figures", "document")
    ctx.spoke("Ferry Workers Union", "organisation")
    assert [spoken_again(["figures"], ctx), spoken_again(["the", "report"], ctx), spoken_again(["the", "data"], ctx)] \
        == [("new figures", "document"), ("the report", "document"), None]
