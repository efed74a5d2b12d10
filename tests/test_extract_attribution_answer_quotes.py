"""Quotations in a body's own answers (attribution/answer_quotes, wave 33a): in a body's questions and answers, every
sentence inside a quotation that a person's cue claims is that person's, before the cue (`"A. B," she said.`) or after
it (`"A," Dr Roe said. "B."`); a quotation no person claims stays the answering body's. Texts written for this test in
our own words about invented parties."""
import pytest

from extract_rows import rows

_FAQ = (
    "Harrowby Ferries\n\nCustomer update: the Tarn crossing\n\n"
    "Harrowby Ferries has cancelled all sailings on the Tarn crossing until Monday.\n\n"
    "Below we answer the questions customers have been asking us most often.\n\nWhat happened?\n\n"
    "Our engineers found a crack in the hull of the Merrow during a routine inspection.\n\n"
    "When will sailings restart?\n\n{answer}\n")


@pytest.mark.parametrize(("answer", "expected"), [
    ('"We have 60 fitters on the repair," said Operations Director Jo Penhale. "The Merrow will sail again on 4 May '
     'with 310 seats."',
     [("Jo Penhale", "person", "We have 60 fitters on the repair"),
      ("Jo Penhale", "person", "The Merrow will sail again on 4 May with 310 seats.")]),
    ('Operations Director Jo Penhale said the repair needs 60 fitters. "The Merrow will sail again on 4 May with 310 '
     'seats. Two of our other ships will cover the crossing until then," she said.',
     [("Jo Penhale", "person", "the repair needs 60 fitters"),
      ("Jo Penhale", "person", "The Merrow will sail again on 4 May with 310 seats."),
      ("Jo Penhale", "person", "Two of our other ships will cover the crossing until then")]),
    ('The Merrow will sail again on 4 May with 310 seats. "Two of our other ships will cover the crossing until '
     'then."',  # no person claims the quotation: the body's answer
     [("Harrowby Ferries", "organisation", "The Merrow will sail again on 4 May with 310 seats"),
      ("Harrowby Ferries", "organisation", '"Two of our other ships will cover the crossing until then."')]),
])
def test_a_person_s_quotation_in_a_body_s_answer_is_hers(answer: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(_FAQ.format(answer=answer))[-len(expected):] == expected
