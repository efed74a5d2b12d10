"""A capitalised name after `The` that the name reader did not take for a body (wave 50g): it was shown as the
reference's words in lower case, unresolved (`the dunmore pay review body`). A word that heads a body's name only
when capitalised inside a name of two words or more (`Pay Review Body`, `Kelso Water Utility`,
`data/capitalised_heads.txt`) makes the name a body's; any other capitalised name the reader leaves unresolved keeps
the text's capitals. `the body said` alone stays a reference. Each case is a short text written for this test about
invented parties, and the whole row it must give as (speaker, speaker_kind, cue, quote)."""
from __future__ import annotations

import pytest

from claims.extract.entities import names_an_organisation
from extract_rows import cued_rows


@pytest.mark.parametrize(("words", "body"), [
    (["Dunmore", "Pay", "Review", "Body"], True),
    (["Harlow", "Standards", "Body"], True),
    (["Kelso", "Water", "Utility"], True),
    (["Tarrow", "Soil", "Laboratory"], True),
    (["Body"], False),                      # a capitalised head alone names nothing
    (["Jo", "Carrier"], False),             # a surname that is also a trade noun stays off the list
])
def test_a_capitalised_head_ends_a_body_name(words: list[str], body: bool) -> None:
    assert names_an_organisation(words) is body


@pytest.mark.parametrize(("text", "expected"), [
    ("The Dunmore Pay Review Body said on Tuesday that nurses should get a 4 per cent rise.\n",
     [("Dunmore Pay Review Body", "organisation", "said on Tuesday that", "nurses should get a 4 per cent rise")]),
    ("Nurses should get a 4 per cent rise, the Dunmore Pay Review Body said.\n",
     [("Dunmore Pay Review Body", "organisation", "said", "Nurses should get a 4 per cent rise")]),
    ("The Harlow Standards Body said 40 firms had failed the test.\n",
     [("Harlow Standards Body", "organisation", "said", "40 firms had failed the test")]),
    ("The Kelso Water Utility said bills would rise by 6% in April.\n",
     [("Kelso Water Utility", "organisation", "said", "bills would rise by 6% in April")]),
])
def test_a_name_ending_on_a_capitalised_head_is_a_body(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_the_body_named_before_is_what_the_body_means() -> None:
    assert cued_rows("The Dunmore Pay Review Body met on Monday.\n\n"
                     "Nurses should get a 4 per cent rise, the body said.\n") == [
        ("Dunmore Pay Review Body", "organisation", "said", "Nurses should get a 4 per cent rise")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Queues grew in March.\n\nThe body said it had hired 40 nurses.\n",
     [("the body", "unresolved", "said", "it had hired 40 nurses")]),
    ("Queues grew in March.\n\nThe Dunmore Pay Review Provider said it had hired 40 nurses.\n",
     [("the Dunmore Pay Review Provider", "unresolved", "said", "it had hired 40 nurses")]),
    ("Queues grew in March.\n\nThe Kelso-based carrier said it had hired 40 drivers.\n",
     [("the Kelso-based carrier", "unresolved", "said", "it had hired 40 drivers")]),
])
def test_an_unresolved_reference_keeps_the_texts_capitals(text: str,
                                                         expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tarrow Council said on Monday that the home would close in March.\n\n"
     "A group of families has written to the council asking it to wait. Their letter says 12 residents are too ill "
     "to move.\n",
     [("Tarrow Council", "organisation", "said on Monday that", "the home would close in March"),
      ("a group of families", "unresolved", "says", "12 residents are too ill to move")]),
    ("A group of tenants have written to Kelso Homes about damp. Their report says 14 flats have mould.\n",
     [("a group of tenants", "unresolved", "says", "14 flats have mould")]),
])
def test_their_document_after_a_group_of_people_is_the_groups(text: str,
                                                              expected: list[tuple[str, str, str, str]]) -> None:
    """Wave 50g: `Their letter` right after `A group of families has written` is the group's, never the body named
    before."""
    assert cued_rows(text) == expected


def test_it_after_a_capitalised_reference_is_that_reference() -> None:
    """Wave 50g: `The Agency said ... It also said` keeps the reference in focus, in the text's capitals."""
    assert cued_rows("The Agency said that waits fell and costs fell.\nIt also said staff are happy.\n") == [
        ("the Agency", "unresolved", "said that", "waits fell and costs fell"),
        ("the Agency", "unresolved", "said", "staff are happy")]
