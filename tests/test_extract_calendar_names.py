"""A month or a day of the week inside a person's name (wave 60e, calendar_names): a family name after a known given
name, or a given name after an honorific or post, is a person's; elsewhere the word dates and never names a speaker.
Each case is a short text written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.calendar_names import calendar_name_word
from claims.extract.entities import is_person_name
from extract_rows import cued_rows


@pytest.mark.parametrize(("words", "index", "titled", "expected"), [
    (["Helga", "May"], 1, False, True),  # a known given name, then a month as the family name
    (["Tarnwick", "May"], 1, False, False),  # no known given name before the month
    (["Helga", "Roe", "May"], 2, False, False),  # three words: the month may date what follows
    (["Helga", "Monday"], 1, False, False),  # a day after a name dates the act (`Jo Roe Monday said`)
    (["Sunday", "Adeyanju"], 0, True, True),  # a title before: the day is the given name
    (["Sunday", "Adeyanju"], 0, False, False),  # no title: `Sunday Times` is no person
    (["June", "Tarrow"], 0, True, True),
    (["Sunday"], 0, True, False),  # a day alone after a title: no name
    (["May", "June"], 0, True, False),  # two calendar words: no name
    (["June", "Monday"], 0, True, False),  # a day after the given name dates the act: no family name (61m)
])
def test_calendar_name_word(words: list[str], index: int, titled: bool, expected: bool) -> None:
    assert calendar_name_word(words, index, titled) is expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Helga May", True),
    ("Professor Sunday Adeyanju", True),
    ("Ms June Tarrow", True),
    ("Sunday Adeyanju", False),
    ("Sunday Times", False),
    ("May Day", False),
    ("Easter Monday", False),
    ("Jo Roe Monday", False),
])
def test_is_person_name(name: str, expected: bool) -> None:
    assert is_person_name(name) is expected


# Before wave 60e the month or day made the name no person's: the spokeswoman's words went to her employer, the
# councillor was read as a body, and `The Rector` went to a former rector of another school named later.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harbourline spokeswoman Helga May says fuel costs rose by 19% last year.\n",
     [("Helga May", "person", "says", "fuel costs rose by 19% last year")]),
    ("Councillor Brendan March said the council had asked for a cheaper ticket.\n",
     [("Brendan March", "person", "said", "the council had asked for a cheaper ticket")]),
    ("The Rector of Kessford Polytechnic, Professor Sunday Adeyanju, said 19 lecturers won grants.\n\n"
     "The Rector said the school would award 1,240 diplomas.\n\n"
     "The lecture will be chaired by Dr Gideon Olaleye, former Rector of Marsh Valley Polytechnic.\n",
     [("Sunday Adeyanju", "person", "said", "19 lecturers won grants"),
      ("Sunday Adeyanju", "person", "said", "the school would award 1,240 diplomas")]),
])
def test_rows(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
