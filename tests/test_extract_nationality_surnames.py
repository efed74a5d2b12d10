"""A nationality's word that is also a family name (wave 67x, nationality_surnames): after a known given name, an
honorific or a post it closes a person's name, and the later bare family name is that person; elsewhere the word still
names no one. Each case is a short text written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.entities import is_person_name
from claims.extract.nationality_surnames import nationality_surname
from extract_rows import cued_rows


@pytest.mark.parametrize(("words", "index", "titled", "expected"), [
    (["Dana", "Welsh"], 1, False, True),  # a known given name, then the nationality as the family name
    (["Lauren", "Orrin", "Welsh"], 2, False, True),  # a middle name between
    (["Welsh"], 0, True, True),  # after an honorific or a post: `Ms Welsh`, `Director Welsh`
    (["Welsh"], 0, False, False),  # alone and untitled: `Welsh ministers`
    (["Tarnwick", "French"], 1, False, False),  # no known given name before it
    (["Dana", "French", "Orrin"], 1, False, False),  # inside a run: no family name
    (["Irish", "Water"], 0, True, False),  # opening a run
    (["Dana", "Scottish"], 1, False, False),  # a nationality no family name is spelt as
    (["Dana", "Pellow"], 1, False, False),  # no nationality: left to the other tests
])
def test_nationality_surname(words: list[str], index: int, titled: bool, expected: bool) -> None:
    assert nationality_surname(words, index, titled) is expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Dana Welsh", True),
    ("Ms English", True),
    ("Dr Imre French", True),
    ("Welsh", False),
    ("Irish Water", False),
    ("Tarnwick French", False),
])
def test_is_person_name(name: str, expected: bool) -> None:
    assert is_person_name(name) is expected


# Before wave 67x the nationality made the name no person's: `said Dana Welsh` gave the sentence to the fund with her
# name as its claim, and `said Welsh`, `She` and `Ms Welsh` after it went to no one or to the wrong name.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Fund gave out 40 grants, said Dana Welsh, the fund's spokeswoman.\n\n"
     "Fees rose by 9%, said Welsh.\n\nShe said 2011 would be steady.\n\nMs Welsh added that donors were active.\n",
     [("Dana Welsh", "person", ", said", "The Harbour Fund gave out 40 grants"),
      ("Dana Welsh", "person", ", said", "Fees rose by 9%"),
      ("Dana Welsh", "person", "said", "2011 would be steady"),
      ("Dana Welsh", "person", "added that", "donors were active")]),
    ("Imre English, the trust's treasurer, said rents rose by 4%.\n\nEnglish said 12 flats were empty.\n",
     [("Imre English", "person", "said", "rents rose by 4%"),
      ("Imre English", "person", "said", "12 flats were empty")]),
    ("Councillor Ana French said the road would close.\n\nFrench said the work would take a year.\n",
     [("Ana French", "person", "said", "the road would close"),
      ("Ana French", "person", "said", "the work would take a year")]),
    # unchanged: a nationality before a people noun or a body's head still names no one
    ("Welsh ministers said the plan was sound.\n\nThe Irish regulator said fares would rise.\n",
     [("Welsh ministers", "unresolved", "said", "the plan was sound"),
      ("the irish regulator", "inspectorate", "said", "fares would rise")]),
])
def test_rows(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
