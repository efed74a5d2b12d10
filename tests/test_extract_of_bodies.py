"""A body whose name is a plural of people, `of` and what they support (`Friends of the Earth`, `Friends of
Kelham Park`, `Fellowship of Reconciliation`): an organisation that speaks, never a group of unnamed people
nor a claim dropped. A person's friends, in lower case (`friends of the victim`), are no body."""
from __future__ import annotations

import pytest

from claims.extract import entities
from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Friends of the Earth said the scheme would harm the river.\n",
     [("Friends of the Earth", "organisation", "the scheme would harm the river")]),
    ("The scheme would harm the river, Friends of Kelham Park said.\n",
     [("Friends of Kelham Park", "organisation", "The scheme would harm the river")]),
    ("\"The scheme will harm the river,\" said the Fellowship of Reconciliation.\n",
     [("Fellowship of Reconciliation", "organisation", "The scheme will harm the river")]),
    ("A spokesperson for Friends of the Earth said the scheme would harm the river.\n",
     [("Friends of the Earth", "organisation", "the scheme would harm the river")]),
])
def test_a_friends_of_body_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    ("Friends of the Earth", True), ("Friends of Kelham Park", True), ("Fellowship of Reconciliation", True),
    ("friends of the Earth", False), ("Friends of the", False), ("Friends", False), ("Friends Reunited Kelham", False),
])
def test_only_a_capitalised_of_body_with_a_name_after_it_is_an_organisation(words: str, expected: bool) -> None:
    assert entities.names_an_organisation(words.split()) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Shelter Cymru said 300 families were homeless in May.\n",
     [("Shelter Cymru", "organisation", "300 families were homeless in May")]),
    ("Age Alba said 300 pensioners were waiting for care.\n",
     [("Age Alba", "organisation", "300 pensioners were waiting for care")]),
])
def test_a_name_ending_in_a_country_s_own_name_is_no_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
