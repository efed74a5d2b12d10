"""A person, her bare role and her employer set off by commas before the cue (`Nora Pell, deputy chief executive,
Corran Providers, said`): the person speaks, even when the employer's name reads like a person's (wave 48's second read,
a defect 48m found; `speakers.regions`, `clauses.is_one_name`). Each case is a short text written for this test in our
own words about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.speakers.clauses import is_one_name
from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Nora Pell, deputy chief executive, Corran Providers, said that waiting lists had fallen by a third.\n",
     [("Nora Pell", "person", "waiting lists had fallen by a third")]),
    ("Ann Roe, chair, Tarn Valley Ramblers, said the path by the weir would stay closed until May.\n",
     [("Ann Roe", "person", "the path by the weir would stay closed until May")]),
    ("Osric Vane, treasurer, Millbeck Anglers, told members the club had 212 paying members.\n",
     [("Osric Vane", "person", "the club had 212 paying members")]),
    ("Ann Roe, director, Hallam Digital, said the new office would employ 40 people.\n",
     [("Ann Roe", "person", "the new office would employ 40 people")]),
])
def test_a_person_her_role_and_her_employer_is_the_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Corran Providers Ltd, the county's largest care firm, said that waiting lists had fallen by a third.\n",
     [("Corran Providers Ltd", "organisation", "waiting lists had fallen by a third")]),
    ("Nora Pell, Osric Vane and Ann Roe said that waiting lists had fallen by a third.\n",
     [("Nora Pell, Osric Vane and Ann Roe", "person", "waiting lists had fallen by a third")]),
])
def test_without_a_bare_role_between_them_the_reading_stays(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("clause", "one"), [
    ("Corran Providers", True), ("  Tarn Valley Ramblers ", True), ("Nora Pell", True), ("Hallam Digital", True),
    ("deputy chief executive", False), ("Nora Pell, Corran Providers", False), ("chair of Tarn Valley Ramblers", False), ("the care firm", False),
])
def test_is_one_name_is_a_clause_of_one_name_and_nothing_else(clause: str, one: bool) -> None:
    assert is_one_name(clause, 0, len(clause)) is one
