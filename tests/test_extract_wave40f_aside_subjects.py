"""Wave 40f: a kept verb and a short object whose subject carries an aside (issue 8: no fragments).

`denied misleading members` says nothing a reader can check without its subject. The stub mending grows such a row to
its sentence when only its subject comes before it (wave 20e); a subject set off by an aside between commas
(`Councillor Ivo Marsh, who has chaired the committee since 2015, denied ...`, `Ivo Marsh, the committee's chair,
denied ...`) is still only a subject, so the row grows to it (`short_predicates.subject_with_aside`). A phrase of time
before the comma (`In March, ...`) or a clause before the verb is no subject, and the row stays as it was.

Every party and sentence is invented; each case asserts a text's whole table.
"""
from __future__ import annotations

from claims.extract.short_predicates import subject_with_aside
from extract_rows import cued_rows


def test_a_relative_aside_after_the_subject_grows_the_row() -> None:
    text = "Councillor Ivo Marsh, who has chaired the committee since 2015, denied misleading members."
    assert cued_rows(text) == [
        ("Ivo Marsh", "person", "denied",
         "Councillor Ivo Marsh, who has chaired the committee since 2015, denied misleading members.")]


def test_an_appositive_aside_grows_the_row() -> None:
    text = "Ivo Marsh, the committee's chair, denied acting improperly."
    assert cued_rows(text) == [("Ivo Marsh", "person", "denied",
                                "Ivo Marsh, the committee's chair, denied acting improperly.")]


def test_a_plain_subject_grows_as_before() -> None:
    text = "Councillor Ivo Marsh denied misleading members."
    assert cued_rows(text) == [("Ivo Marsh", "person", "denied", "Councillor Ivo Marsh denied misleading members.")]


def test_subject_with_aside_reads_the_words_before_the_row() -> None:
    assert subject_with_aside("Councillor Ivo Marsh, who has chaired the committee since 2015, ")
    assert subject_with_aside("Ivo Marsh, the committee's chair, ")
    assert not subject_with_aside("In March, the committee's chair, ")
    assert not subject_with_aside("Ivo Marsh said that, as chair, ")
    assert not subject_with_aside("Ivo Marsh, ")
