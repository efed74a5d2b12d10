"""Wave 40f: a kept verb and a short object whose subject opens a clause of time or cause (issue 8: no fragments).

`A nursery has been closed after the county inspectorate rated it inadequate` gave `rated it inadequate`: the judgement
without the party that made it, no statement on its own. The sentence's own subject (`A nursery`) is the writer's
narration, so the row does not grow to the sentence (wave 20e); it grows back to its own subject inside the clause the
conjunction opens (`the county inspectorate rated it inadequate`; `short_predicates.clause_subject`). A longer row, a
phrase (`after a visit in May`) or a clause whose subject holds a verb stays as it was.

Every party and sentence is invented; each case asserts a text's whole table.
"""
from __future__ import annotations

from claims.extract.short_predicates import clause_subject
from extract_rows import cued_rows


def test_a_short_judgement_grows_to_its_clause_subject() -> None:
    text = "A Brindle nursery has been closed after the county inspectorate rated it inadequate."
    assert cued_rows(text) == [("the county inspectorate", "inspectorate", "rated",
                                "the county inspectorate rated it inadequate")]


def test_a_sentence_subject_still_grows_to_the_sentence() -> None:
    text = "The county inspectorate rated it inadequate."
    assert cued_rows(text) == [("the county inspectorate", "inspectorate", "rated",
                                "The county inspectorate rated it inadequate.")]


def test_clause_subject_reads_the_words_after_the_conjunction() -> None:
    text = "A nursery was closed after the county inspectorate rated it inadequate."
    row = (text.index("rated"), text.index("."))
    assert clause_subject(text, (0, len(text)), row) == text.index("the county")


def test_no_clause_subject_for_a_long_row_or_a_subject_with_a_verb() -> None:
    text = "A nursery was closed after the county inspectorate rated it inadequate in every area."
    assert clause_subject(text, (0, len(text)), (text.index("rated"), text.index("."))) is None
    text = "A nursery was closed after staff who had left rated it inadequate."
    assert clause_subject(text, (0, len(text)), (text.index("rated"), text.index("."))) is None
    text = "A nursery rated it inadequate."
    assert clause_subject(text, (0, len(text)), (text.index("rated"), text.index("."))) is None


def test_a_preposition_and_its_object_are_no_clause_subject() -> None:
    text = "Councillor Ivo Marsh, who has sat on the board since 2015, denied acting improperly."
    assert clause_subject(text, (0, len(text)), (text.index("denied"), text.index("."))) is None
    assert cued_rows(text) == [("Ivo Marsh", "person", "denied",
                                "Councillor Ivo Marsh, who has sat on the board since 2015, denied acting improperly.")]
