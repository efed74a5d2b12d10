"""A month or a day of the week inside a person's name (wave 60e, calendar_names): a family name after a known given
name, or a given name after an honorific or post, is a person's; elsewhere the word dates and never names a speaker.
Each case is a short text written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.calendar_names import calendar_given_person, calendar_name_word, date_opener_end
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


# Wave 65x: a day or a month after a word that dates (`On Monday`, `in March`, `4 June`) opens no name run: the
# name is the words after it.
@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday Kelby Trust published figures showing that 40% of tenants were behind on rent.\n",
     [("Kelby Trust", "organisation", "showing", "40% of tenants were behind on rent")]),
    ("In March Kelby Trust said that 40% of tenants were behind on rent.\n",
     [("Kelby Trust", "organisation", "said that", "40% of tenants were behind on rent")]),
    ("Last Monday Marren Housing Association said 40% of tenants were behind on rent.\n",
     [("Marren Housing Association", "organisation", "said", "40% of tenants were behind on rent")]),
    ("Rents rose again, and on Tuesday Kelby Trust said that 40% of tenants were behind.\n",
     [("Kelby Trust", "organisation", "said that", "40% of tenants were behind")]),
    ("On 4 June Kelby Trust said that 40% of tenants were behind on rent.\n",
     [("Kelby Trust", "organisation", "said that", "40% of tenants were behind on rent")]),
    ("The Monday Club said that 40% of tenants were behind on rent.\n",
     [("Monday Club", "organisation", "said that", "40% of tenants were behind on rent")]),
])
def test_a_date_before_a_name_is_no_part_of_it(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "start", "expected"), [
    ("On Monday Kelby Trust", 0, 10), ("Last March Kelby Trust", 0, 11), ("In May Kelby", 0, 7),
    ("and on Monday Kelby Trust", 7, 14),  # the run opens on the day: the date's word before it in lower case
    ("On 4 June Kelby Trust", 5, 10),  # after a day's number
    ("On Monday", 0, 0), ("Sunday Times", 0, 0), ("The Monday Club", 0, 0), ("On Kelby Trust", 0, 0),
    ("a letter from April Roe", 14, 14), ("Professor Sunday Adeyanju", 0, 0), ("Monday Kelby Trust", 0, 0),
    # 65n: a two-word run after a dating word, one at the text's start, and a lower-case word after the date
    ("and on Monday Kelby", 7, 14), ("on Monday Kelby Trust", 3, 10), ("On Monday and Kelby", 0, 0),
    # 65n: the words however spaced; a year is no day's number
    ("On  Monday Kelby Trust", 0, 11), ("On\tMonday Kelby Trust", 0, 10), ("and on  Monday  Kelby", 8, 16),
    ("In 2019 June Tarrow", 8, 8), ("Since 1931 May Lindqvist", 11, 11), ("On 31 May Lindqvist", 6, 10)])
def test_date_opener_end(text: str, start: int, expected: int) -> None:
    assert date_opener_end(text, start, len(text)) == expected


def test_date_opener_end_reads_no_word_past_the_run() -> None:
    """65n: a two-word run `On Monday` is no date before a name, whatever the text writes after the run."""
    assert date_opener_end("On Monday Kelby Trust said so.", 0, len("On Monday")) == 0


# Wave 66x: a month that is also a given name, untitled, before a family name and a speaking verb, opens that
# person's name (before, `June Tarrow said` gave the organisation `Tarrow`); a date's opener still cuts the month off.
@pytest.mark.parametrize(("text", "expected"), [
    ("June Tarrow said the fares would rise.\n", [("June Tarrow", "person", "said", "the fares would rise")]),
    ("May Orbell told reporters the fares would rise.\n",
     [("May Orbell", "person", "told", "the fares would rise")]),
    ("August Pellow, the trust's chair, warned that the fares would rise.\n",
     [("August Pellow", "person", "warned that", "the fares would rise")]),
    ("In June Kelby Council said the fares would rise.\n",
     [("Kelby Council", "organisation", "said", "the fares would rise")]),
    ("June Tarrow said the fares would rise. Tarrow added that buses would be cut.\n",
     [("June Tarrow", "person", "said", "the fares would rise"),
      ("June Tarrow", "person", "added that", "buses would be cut")]),
])
def test_a_month_that_is_a_given_name_opens_a_speakers_name(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("run", "after", "expected"), [
    ("June Tarrow", " said", True), ("April Orbell-Hart", " says", True), ("May Orbell Hart", " told", True),
    ("June Tarrow", ", the trust's chair, said", True), ("August Pellow", " also warned", True),
    ("June Tarrow", " reported", True),
    ("June Tarrow", "", False), ("June Tarrow", " and Kelby Council", False),  # no speaking verb after the name
    ("March Tarrow", " said", False),  # `March` is no given name
    ("June Figures", " show", False), ("June Council", " said", False), ("May Monday", " said", False),
    ("June Report", " said", False),  # a document's, a body's, a day's word: no family name
    ("June Tarrow Orbell Hart", " said", False), ("June", " said", False),  # too many words; no family name
    ("Sunday Tarrow", " said", False),  # a day is left out: `Sunday Times`
])
def test_calendar_given_person(run: str, after: str, expected: bool) -> None:
    assert calendar_given_person(run + after, 0, len(run)) is expected
