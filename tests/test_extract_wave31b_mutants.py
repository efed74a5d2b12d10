"""Unit cases for waves 31e-g's parts (what mutation round 31's second group found unasserted by the wave-31 files): a
trade's name capitalised at both ends, a bare paper's two words, the body a lead-in's bare paper gives its items to,
a confirming writer, and the cheap tests and questions of the free relative and the document's participle; every party and sentence is invented, and each assert is on a whole value: a function's whole return value or a
text's whole table."""
from __future__ import annotations

import pytest

from claims.extract.attribution.described_relatives import may_describe_relative
from claims.extract.attribution.document_participles import may_show_in_document
from claims.extract.attribution.unowned_documents import bare_paper, paper_issuer
from claims.extract.speakers import Context, Who
from claims.extract.speakers.name_kinds import kind_by_name, trade_name
from extract_rows import cued_rows


# speakers/name_kinds: a trade's name is capitalised at both ends, its last word the trade's; a lower-case word before
# the trade (`and`) does not stop it, a lower-case trade does.
@pytest.mark.parametrize(("name", "expected"), [
    ("Quillan and Haulage", True),
    ("Quillan Vale Haulage", True),
    ("Quillan Vale haulage", False),
    ("Haulage", False),
])
def test_trade_name_reads_its_last_word(name: str, expected: bool) -> None:
    assert trade_name(name) is expected


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("Quillan and Haulage", "person", "organisation"),
    ("Quillan Vale haulage", "person", "person"),
])
def test_kind_by_name_of_a_trade(name: str, kind: str, expected: str) -> None:
    assert kind_by_name(name, kind) == expected


# attribution/unowned_documents: a bare paper is exactly `the` and a paper's noun.
@pytest.mark.parametrize(("name", "expected"), [
    ("The guidance", True),
    ("the trial", True),
    ("Its guidance", False),  # an owner's word, not `the`
    ("the council", False),  # `the` and no paper
    ("the new guidance", False),  # three words
    ("the", False),
])
def test_bare_paper_is_the_and_a_paper(name: str, expected: bool) -> None:
    assert bare_paper(name) is expected


def _spoken(*bodies: tuple[str, str]) -> Context:
    ctx = Context(text="")
    for name, kind in bodies:
        ctx.org_speakers.append(name)
        ctx.kinds[name] = kind
    return ctx


@pytest.mark.parametrize(("who", "bodies", "expected"), [
    # the body that spoke last, at the lead-in's own clause start
    (Who("The guidance", "unresolved", 40), (("Tarnby Water", "organisation"), ("Fenwick Safety Board", "inspectorate")),
     Who("Fenwick Safety Board", "inspectorate", 40)),
    (Who("The guidance", "unresolved", 7), (("Tarnby Water", "organisation"),), Who("Tarnby Water", "organisation", 7)),
    # a last speaker of no body's kind leaves the paper as read
    (Who("The guidance", "unresolved", 7), (("Tarnby Water", "organisation"), ("Orla Venn", "person")),
     Who("The guidance", "unresolved", 7)),
    # an unresolved subject that is no bare paper, and a bare paper the rules resolved, stay as read
    (Who("The chairman", "unresolved", 7), (("Tarnby Water", "organisation"),), Who("The chairman", "unresolved", 7)),
    (Who("The report", "document", 7), (("Tarnby Water", "organisation"),), Who("The report", "document", 7)),
    # no body has spoken
    (Who("The guidance", "unresolved", 7), (), Who("The guidance", "unresolved", 7)),
])
def test_paper_issuer(who: Who, bodies: tuple[tuple[str, str], ...], expected: Who) -> None:
    assert paper_issuer(who, _spoken(*bodies)) == expected


# attribution/subjects._confirming_writer: a confirmation's subject the text's opening names as its writer is a body,
# though its two words read as a person's.
SKYRILL = "Skyrill Launch can confirm that its first rocket will fly in May.\n"


def test_a_confirming_writer_is_a_body() -> None:
    assert cued_rows(SKYRILL) == [
        ("Skyrill Launch", "organisation", "can confirm that", "its first rocket will fly in May")]


# attribution/described_relatives: the cheap test asks for `what ` and a pattern both; a question, and a word taking
# an indirect question that is no cue of its own, report nothing; a relative in an earlier sentence is not this one's.
@pytest.mark.parametrize(("body", "expected"), [
    ("Volunteers took 40 cats, in what the charity called the biggest rescue in its history.", True),
    ("Nobody knows what the rescue cost.", False),
    ("The charity called it the biggest rescue in its history.", False),
])
def test_may_describe_relative(body: str, expected: bool) -> None:
    assert may_describe_relative(body) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Wendlow Council will not explain what it calls the biggest repair bill in the county.\n", []),
    ("Did Wendlow Council repave 140 streets, in what it describes as the largest programme since 2010?\n", []),
    ("Corvel Ferries said it would add a sailing, in what it describes as the busiest summer since 2015.\n\n"
     "Nobody knows what the sailing will cost, and the harbour board has never said.\n",
     [("Corvel Ferries", "organisation", "said",
       "it would add a sailing, in what it describes as the busiest summer since 2015")]),
])
def test_described_relative_reports_nothing(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# attribution/document_participles: the cheap test asks for a participle with `that` and the pattern both; a question
# reports nothing.
@pytest.mark.parametrize(("body", "expected"), [
    ("The demand follows figures from the Central Statistics Bureau showing that rents rose.", True),
    ("The demand follows figures showing that rents rose.", False),  # no named source
    ("The demand follows figures from the Central Statistics Bureau on rents.", False),  # no participle
    ("The union asked for figures from the Central Statistics Bureau showing how rents rose.", False),
])
def test_may_show_in_document(body: str, expected: bool) -> None:
    assert may_show_in_document(body) is expected


def test_a_question_on_a_documents_source_reports_nothing() -> None:
    text = ("The Harbour Workers Union wants a pay rise of 6%.\n\n"
            "Is the demand based on figures from the Central Statistics Bureau showing that rents rose by 9%?\n")
    assert cued_rows(text) == []


def test_a_person_confirming_at_a_texts_opening_stays_a_person() -> None:
    assert cued_rows("Brenda Okafor can confirm that the school will reopen on Monday.\n") == [
        ("Brenda Okafor", "person", "can confirm that", "the school will reopen on Monday")]
