"""Wrong speakers left on development p001-p856 (wave 24d): families that several authors' texts share. Each case is
a short text written for this test in our own words about invented parties, and the whole table it must give as
(speaker, speaker_kind, quote) rows, in text order, or the whole value a helper returns."""
import pytest

from claims.extract.speakers.words import PUBLISHED_BY_RE
from extract_rows import rows


# A lead's `official figures show` whose publisher the next paragraph gives in a sentence that opens on the
# document's noun (24d, speakers/words.PUBLISHED_BY_RE): `Statistics published by the X on Thursday show` (p813),
# `Figures published on Thursday by the X show` (p470); the capital letter hid the publisher, so the lead spoke as
# `official figures`: three texts (p470, p813, and p206's `figures obtained by`), three source sets.
LEAD = "Headline\n\nAppeals against Dunmore Council rose by 40% last year, official figures show.\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    (LEAD + "Statistics published by the Tribunals Office on Thursday show that families lodged 412 appeals.\n",
     [("Tribunals Office", "organisation", "Appeals against Dunmore Council rose by 40% last year"),
      ("Tribunals Office", "organisation", "families lodged 412 appeals")]),
    (LEAD + "Figures published on Thursday by the Tribunals Office (TO) show there were 412 appeals.\n",
     [("Tribunals Office", "organisation", "Appeals against Dunmore Council rose by 40% last year"),
      ("Tribunals Office", "organisation", "there were 412 appeals")]),
    # the lower-case noun, read as before
    (LEAD + "The statistics, published by the Tribunals Office, show that families lodged 412 appeals.\n",
     [("Tribunals Office", "organisation", "Appeals against Dunmore Council rose by 40% last year"),
      ("Tribunals Office", "organisation", "families lodged 412 appeals")]),
    # a byline's bare `Analysis by` names the writer, never a publisher (since wave 27c the report `to its cabinet` is
    # the council's own, speakers/pronoun_owners, as p434's gold has it; before, its words `figures in report`)
    ("Headline\n\nAnalysis by Jo Merrow, data reporter\n\nDunmore Council spent £38m on hotels last year, according "
     "to figures in a report to its cabinet.\n",
     [("Dunmore Council", "organisation", "Dunmore Council spent £38m on hotels last year")]),
])
def test_a_document_noun_opening_a_sentence_names_its_publisher(text: str,
                                                                 expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Statistics published by the Tribunals Office show", ("Statistics", "the Tribunals Office show")),
    ("Figures released on Thursday by the Tribunals Office", ("Figures", "the Tribunals Office")),
    ("Report by Jo Merrow", None),
    ("Analysis, by Jo Merrow", None),
    ("the report by Jo Merrow", ("report", "Jo Merrow")),
])
def test_published_by(text: str, expected: tuple[str, str] | None) -> None:
    match = PUBLISHED_BY_RE.search(text)
    assert ((match.group("noun"), match.group("org")) if match else None) == expected


# The same lead whose publisher the next paragraph gives with a possessive (24d, speakers/publishers._published_owned):
# `The X's annual <title> statistics, published on Thursday, found` (p519), beside the forms above (p470, p813).
@pytest.mark.parametrize(("text", "expected"), [
    (LEAD + "The Tribunals Office's quarterly statistics, released on Thursday, show that 31% of appeals succeeded.\n",
     [("Tribunals Office", "organisation", "Appeals against Dunmore Council rose by 40% last year"),
      ("Tribunals Office", "organisation", "31% of appeals succeeded")]),
    (LEAD + "The Department for Courts and Tribunals\u2019 annual statistics, published on Thursday, found that 31% of "
     "appeals succeeded.\n",
     [("Department for Courts and Tribunals", "organisation", "Appeals against Dunmore Council rose by 40% last year"),
      ("Department for Courts and Tribunals", "organisation", "31% of appeals succeeded")]),
    # a person's figures are no body's publication: the lead keeps its own words
    (LEAD + "Jo Roe's figures, published on Thursday, show that 31% of appeals succeeded.\n",
     [("official figures", "document", "Appeals against Dunmore Council rose by 40% last year"),
      ("Jo Roe", "person", "31% of appeals succeeded")]),
    # figures said to come out without a possessive owner: read as before (the body in focus)
    (LEAD + "The quarterly statistics, published on Thursday, show that 31% of appeals succeeded.\n",
     [("official figures", "document", "Appeals against Dunmore Council rose by 40% last year"),
      ("Dunmore Council", "organisation", "31% of appeals succeeded")]),
])
def test_a_bodys_own_figures_said_to_come_out_are_its(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
