"""Defects left in wave 66 (part 66m's notes), mended in wave 67x, each in the module that owns its step: a later `It`
never turns a person named by a known given name into a body (`speakers/bodies_called_it`); a name with a possessive
inside it is still read whole before its own possessive (`entities.joined_runs`: `the St John's Trust's report`); a
common word opening a sentence before a past participle is a thing made, never a body (`speakers/names.bare_name`).
Each case is a short text written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.entities import Mention, find_mentions
from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Ada Quist said fares would rise. It denied that.\n",
     [("Ada Quist", "person", "said", "fares would rise")]),
    # unchanged: a body's name read as a person's, with no known given name, is still what `It` means
    ("Westmoor Lettings said it had written to every tenant. It said the rents would not rise.\n",
     [("Westmoor Lettings", "organisation", "said", "it had written to every tenant"),
      ("Westmoor Lettings", "organisation", "said", "the rents would not rise")]),
])
def test_it_never_turns_a_person_into_a_body(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the St John's Trust's annual report", [Mention(4, 21, "St John's Trust", "org", True)]),
    ("the King's Fund's survey", [Mention(4, 17, "King's Fund", "org", True)]),
    ("the St John's Trust said", [Mention(4, 19, "St John's Trust", "org", False)]),
])
def test_a_name_with_a_possessive_inside_is_read_whole_before_its_own(text: str, expected: list[Mention]) -> None:
    assert find_mentions(text, 0, len(text)) == expected


def test_a_documents_owner_past_an_inner_possessive_speaks() -> None:
    text = "Rents rose by 4%, says the St John's Trust's annual report."
    assert cued_rows(text + "\n") == [("St John's Trust", "organisation", ", says", "Rents rose by 4%")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Work published in Tarnby Science found that sleep fell by 9%.\n\n"
     "A study published in Tarnby Science found that walks fell by 2%.\n",
     [("Work", "unresolved", "found that", "sleep fell by 9%"),
      ("a study", "document", "found that", "walks fell by 2%")]),
    # unchanged: a body's one-word name the text writes inside a sentence too, before a past verb
    ("Fares rose, said Trackway.\n\nTrackway accepted that it had missed its targets.\n",
     [("Trackway", "organisation", ", said", "Fares rose"),
      ("Trackway", "organisation", "accepted that", "accepted that it had missed its targets")]),
    # unchanged: a one-word body (also a common word) opening its sentence before a past verb and its object
    ("Lantern accused the trust of ignoring 40 staff.\n",
     [("Lantern", "organisation", "accused", "the trust of ignoring 40 staff")]),
])
def test_a_common_word_opening_a_sentence_before_a_participle_is_no_body(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
