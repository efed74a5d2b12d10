"""Documents and the bodies they are about (wave 26i). Each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order;
and the shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from claims.extract.speakers.examined_phrases import examined_cut
from tests.extract_rows import cued_rows


# data/org_heads.txt: `Administration` ends a body's name (`the Federal Rail Safety Administration`), as `Agency` and
# `Authority` do; before, the name was cut to a person called `Safety Administration`.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Federal Rail Safety Administration said the line would reopen on Monday.\n",
     [("Federal Rail Safety Administration", "inspectorate", "said", "the line would reopen on Monday")]),
    ("A notice posted by the Federal Rail Safety Administration said the line would reopen on Monday.\n",
     [("Federal Rail Safety Administration", "inspectorate", "said", "the line would reopen on Monday")]),
])
def test_administration_ends_a_bodys_name(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire: a course named in a person's aside, and the bare common noun, stay as they were read.
@pytest.mark.parametrize(("text", "expected"), [
    ("Jo Tarrant, who studied Business Administration at Hollin College, said the shop would reopen on Monday.\n",
     [("Jo Tarrant", "person", "said", "the shop would reopen on Monday")]),
    ("The administration said the line would reopen on Monday.\n",
     [("the administration", "unresolved", "said", "the line would reopen on Monday")]),
])
def test_administration_not_a_body(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# speakers/examined_phrases, read by speakers/subordinate_documents: what an examining document is `of` or `into`
# (`an inspection of the company's plant in Rexley`) is what was examined: no owner is read in it, so the body acting
# in the main clause (`issued a notice to`, `has fined`, `ordered`) owns the unowned inspection, never the body it
# names as examined (`the company's`).
@pytest.mark.parametrize(("text", "expected"), [
    ("The Food Standards Office issued a formal notice to Corlan Dairies Ltd after an inspection of the company's "
     "plant in Rexley found listeria in four of 60 samples.\n",
     [("Food Standards Office", "inspectorate", "found", "found listeria in four of 60 samples")]),
    ("The Water Standards Board has fined Pellbrook Water after an audit of the firm's storm overflows at Hanley "
     "Bridge and Oxcombe found that 14 monitors had failed.\n",
     [("Water Standards Board", "inspectorate", "found that", "14 monitors had failed")]),
    ("Today, the U.S. Fisheries Safety Administration ordered Tarnby Seafoods LLC to recall its products after an "
     "examination of the company's processing line in Mobile, Ala., found bacteria on three surfaces.\n",
     [("U.S. Fisheries Safety Administration", "inspectorate", "found", "found bacteria on three surfaces")]),
    ("The Care Homes Commission has suspended Fenlow Lodge after a review into the home's medicines records found "
     "40 missed doses.\n",
     [("Care Homes Commission", "organisation", "found", "found 40 missed doses")]),
])
def test_what_an_examination_is_of_is_no_owner(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire: a body that acts on no one (`apologised`) leaves the document to speak as itself; a document the
# examined body owns before its noun (`the company's own review`) stays the body's; a document opening the sentence
# speaks under its whole name.
@pytest.mark.parametrize(("text", "expected"), [
    ("Corlan Dairies Ltd apologised after an inspection of the plant found listeria in four of 60 samples.\n",
     [("an inspection of the plant", "document", "found", "found listeria in four of 60 samples")]),
    ("The Food Standards Office issued a formal notice to Corlan Dairies Ltd after the company's own review found "
     "listeria in four of 60 samples.\n",
     [("Corlan Dairies Ltd", "organisation", "found", "found listeria in four of 60 samples")]),
    ("An inspection of Corlan Dairies' plant in Rexley found listeria in four of 60 samples.\n",
     [("An inspection of Corlan Dairies' plant", "document", "found", "found listeria in four of 60 samples")]),
])
def test_examined_phrase_not_cut(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    ("after an inspection of the company's plant in rexley".split(), 3),
    ("a review into the home's medicines records".split(), 2),
    ("an inspection of the plant that the company runs".split(), None),
    ("an inspection of the plant was carried out".split(), None),
    ("the company's own review".split(), None),
])
def test_examined_cut(words: list[str], expected: int | None) -> None:
    assert examined_cut(words) == expected
