"""A body's name whose inner words are on the role list (`claims.extract.entities.person_name`), wave 32f: a role
word right after `of`, `for` or `and` inside a body's name (`Registrar of Consultant Lobbyists`, `Labour and Social
Development Canada`) is what the body is of, never a title before a person, and the words after it are no person.
Sentences written for this test about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.entities import find_mentions, person_name
from tests.extract_rows import cued_rows


@pytest.mark.parametrize(("words", "person"), [
    (["Registrar", "of", "Consultant", "Lobbyists"], None),
    (["Labour", "and", "Social", "Development", "Canada"], None),
    (["Office", "of", "Public", "Appointments"], None),
    (["Minister", "Lindqvist"], "Minister Lindqvist"),           # a title before a family name
    (["Minister", "of", "State", "Jo", "Roe"], "Jo Roe"),        # a post's remit, then a full name
    (["Consultant", "Jo", "Roe"], "Jo Roe"),                     # a role word opening the run is a title
    (["Director", "and", "Chief", "Negotiator", "Jo", "Roe"], "Jo Roe"),  # a second title after `and`
    (["Mr", "Furlong"], "Mr Furlong"),                           # an honorific before a family name
])
def test_a_role_word_inside_a_body_name_is_no_title(words: list[str], person: str | None) -> None:
    assert person_name(words) == person


@pytest.mark.parametrize(("text", "expected"), [
    ("The Registrar of Consultant Lobbyists said 140 firms were on the register.\n",
     [("Registrar of Consultant Lobbyists", "organisation", "said", "140 firms were on the register")]),
    ("According to the Registrar of Consultant Lobbyists' own figures, 140 firms were on the register.\n",
     [("Registrar of Consultant Lobbyists", "organisation", "According to", "140 firms were on the register")]),
    ("Some 3,100 people were paid late, according to figures from Labour and Social Development Canada.\n",
     [("Labour and Social Development Canada", "organisation", "according to", "Some 3,100 people were paid late")]),
    ("Cllr Mark Tully appealed for calm after an exchange between Cllr Madden and Mr Furlong, and said the members "
     "would meet again in January.\n",
     [("Mark Tully", "person", "said", "the members would meet again in January")]),
    ("Director of Public Health Jo Roe said 40 cases had been confirmed.\n",
     [("Jo Roe", "person", "said", "40 cases had been confirmed")]),
])
def test_a_body_named_with_role_words_speaks_whole(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Minister for Public Procurement Nessa Quilty said the fund had grown by 8%.\n",
     [("Nessa Quilty", "person", "said", "the fund had grown by 8%")]),
    ("Deputy Treasurer for Debt Management Colm Ardagh said orders had risen to 18 percent.\n",
     [("Colm Ardagh", "person", "said", "orders had risen to 18 percent")]),
    ("Minister for Industrial Decarbonisation Petra Lund said 30 plants had joined the scheme.\n",
     [("Petra Lund", "person", "said", "30 plants had joined the scheme")]),
])
def test_a_remit_of_several_words_stays_with_the_title(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Wave 32j: a title's remit of two words keeps its last common noun (`Procurement`), never the person's name."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text", [
    "The guide, printed in the magazine Coastal Ferries Fortnight, shows that fares rose.",
    "The charity opened Quiet Bridges Week with a call for lower limits.",
    "It is the largest employer in the Northern Ridges District. Acme Ltd said so.",
])
def test_a_name_cut_before_a_plural_is_no_person(text: str) -> None:
    assert [m.name for m in find_mentions(text, 0, len(text)) if m.kind == "person"] == []


def test_a_title_after_an_owners_possessive_is_left_to_the_records_reader() -> None:
    text = "The charity said so. Its Quiet Bridges Count, published today, found that 9% fell."
    assert [m.name for m in find_mentions(text, 0, len(text)) if m.kind == "person"] == ["Quiet Bridges Count"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ondaro State Police Command said it had arrested three men.\n",
     [("Ondaro State Police Command", "organisation", "said", "it had arrested three men")]),
    ("The Ondaro State Police Command has denied the claim. The Command said no money changed hands.\n",
     [("Ondaro State Police Command", "organisation", "said", "no money changed hands")]),
])
def test_a_police_command_is_a_body(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """`Command` heads a body's name (wave 52f: a state police command), and `the Command` refers back to it."""
    assert cued_rows(text) == expected
