"""A university the text names only by its letters (`U of K`, `KVU`): `the university` that no body named before fits
means it (wave 47g, speakers/initialled_universities). Each case is a short text written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.speakers.initialled_universities import university_letters
from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Enrolment rose by 6% this autumn, according to the university.\n\n"
     "\"We planned for this,\" said Jo Roe, U of K registrar.\n",
     [("U of K", "organisation", "according to", "Enrolment rose by 6% this autumn"),
      ("Jo Roe", "person", "said", "We planned for this")]),
    ("Enrolment rose by 6% this autumn, according to the university.\n\n"
     "\"We planned for this,\" said Jo Roe, KVU registrar.\n",
     [("KVU", "organisation", "according to", "Enrolment rose by 6% this autumn"),
      ("Jo Roe", "person", "said", "We planned for this")]),
])
def test_university_named_by_letters(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Must not move: two sets of letters that may stand for a university; a university named in full.
@pytest.mark.parametrize(("text", "expected"), [
    ("Enrolment rose by 6% this autumn, according to the university.\n\n"
     "\"We planned for this,\" said Jo Roe, KVU registrar, who once worked at the U of K.\n",
     [("the university", "unresolved", "according to", "Enrolment rose by 6% this autumn"),
      ("Jo Roe", "person", "said", "We planned for this")]),
    ("Enrolment rose by 6% this autumn, according to the university.\n\n"
     "\"We planned for this,\" said Jo Roe, Kelvale University registrar.\n",
     [("Kelvale University", "organisation", "according to", "Enrolment rose by 6% this autumn"),
      ("Jo Roe", "person", "said", "We planned for this")]),
])
def test_other_universities_keep_their_reading(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jo Roe, U of K registrar, said", ("U of K", 8, 14)),
    ("Jo Roe, KVU registrar, said", ("KVU", 8, 11)),
    ("Jo Roe, KVU registrar, said KVU had grown", ("KVU", 8, 11)),  # the same letters twice: one university
    ("the EU said", None),  # a union of states, two letters
    ("Jo Roe of KVU and Tim Ash of LNU said", None),  # two: either may be meant
    ("no letters here", None),
])
def test_university_letters(text: str, expected: tuple[str, int, int] | None) -> None:
    assert university_letters(text) == expected
