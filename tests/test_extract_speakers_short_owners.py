"""A short name's possessive before a document (wave 31b): `Tollgate's review found` after `Tollgate Ferries Ltd`,
`Harbour Vale's inquiry found` after `Harbour Vale Health`, `Whitlow's report noted` after `Dana Whitlow`: the one
body whose name the short form opens, or the one person whose surname it is, speaks for the document; the possessive
scrap (`Whitlow's`) never does. Each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
from __future__ import annotations

import pytest

from extract_rows import rows

AUDITOR = "The city auditor, Dana Whitlow, has found that repair crews missed half of their targets last year.\n\n"
AUDITOR_ROWS = [("Dana Whitlow", "person", "repair crews missed half of their targets last year")]


@pytest.mark.parametrize(("text", "expected"), [
    (AUDITOR + "Whitlow's report also noted that the city had spent $2.1 million on temporary patching.\n",
     AUDITOR_ROWS + [("Dana Whitlow", "person", "the city had spent $2.1 million on temporary patching")]),
    (AUDITOR + "Whitlow's report found that crews filled 900 holes in May.\n",
     AUDITOR_ROWS + [("Dana Whitlow", "person", "crews filled 900 holes in May")]),
    ("Harbour Vale Health said on Monday that its clinics had reopened.\n\n"
     "Harbour Vale's inquiry, which is being run by its own staff, has found that the outage began at a "
     "supplier.\n",
     [("Harbour Vale Health", "organisation", "its clinics had reopened"),
      ("Harbour Vale Health", "organisation", "the outage began at a supplier")]),
])
def test_a_short_names_document_is_its_owners(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Must not fire: a possessive that names no one the text met (the rules before decide: here the body in focus).
@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour Vale Health said on Monday that its clinics had reopened.\n\n"
     "Corrigan's review found that the outage began at a supplier.\n",
     [("Harbour Vale Health", "organisation", "its clinics had reopened"),
      ("Harbour Vale Health", "organisation", "the outage began at a supplier")]),
])
def test_a_short_name_left_to_the_rules_before(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
