"""A verb's present form in -s told from a plural noun by its place (wave 66x, present_verbs): `The audit lists three
failings` holds a verb, so a category head after it keeps its clause and a clause after a source is read as one.
Each case is a short text written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.items import has_verb
from claims.extract.present_verbs import present_verb_at
from extract_rows import cued_rows


@pytest.mark.parametrize(("words", "expected"), [
    ("the audit lists three failings", True),  # a determiner and a noun before it, an object after
    ("its report lists areas for further work", True),
    ("the ward office expects a fall", True),  # a subject of two nouns
    ("it lists three failings", True), ("she warns that fares will rise", True),  # a pronoun subject
    ("Kelby Trust plans two clinics", True),  # a name before it
    ("the bus fares rose", False),  # a plural noun: a past verb after it
    ("the bus fares", False), ("the bus fares, which", False),  # nothing, or a comma, after it
    ("the care homes in Kelby", False), ("the care homes were full", False),  # a preposition, an auxiliary after it
    ("the school fees will rise", False), ("the figures show", False),  # a modal after it; no noun before it
    ("three failings", False), ("the glass", False), ("the bonus", False),  # no subject; no -s form
    ("the remainder", False),
    # wave 67x: `to` and a bare verb, or the preposition the verb governs (`data/governed_prepositions.txt`)
    ("the trust plans to open two wards", True), ("the board aims to cut waits", True),
    ("the report warns of delays", True), ("the plan relies on grants", True), ("Kelby Trust depends on fees", True),
    ("the report warns, of course", False),  # a mark between: no governed preposition
    ("the bus fares to Kelby", False), ("the care homes to the north", False),  # `to` before a name or an article
    ("the care homes of Kelby", False),  # a preposition no verb in -s governs here
    ("the bus fares to rising", False),  # `to` before an -ing word: no bare verb
])
def test_present_verb_somewhere(words: str, expected: bool) -> None:
    split = words.split()
    assert any(present_verb_at(split, at) for at in range(len(split))) is expected


@pytest.mark.parametrize(("words", "expected"), [
    ("The audit lists three failings", True), ("the remainder", False), ("sales rose", True),
    ("the bus fares in Kelby", False), ("The charity aims to cut waits", True), ("The audit warns of delays", True),
])
def test_has_verb(words: str, expected: bool) -> None:
    assert has_verb(words) is expected


# Before wave 66x `lists` was no verb: the head of a list naming the items' kind was dropped as a verbless category,
# and a clause after an unset `According to X` gave no row.
@pytest.mark.parametrize(("text", "expected"), [
    ("Kelby Trust said its report lists areas for further work, including the waiting times in the clinic and the "
     "staffing of the night wards.\n",
     [("Kelby Trust", "organisation", "said", "its report lists areas for further work"),
      ("Kelby Trust", "organisation", "said", "the waiting times in the clinic"),
      ("Kelby Trust", "organisation", "said", "the staffing of the night wards")]),
    ("According to Kelby Council the audit lists three failings in the kitchens.\n",
     [("Kelby Council", "organisation", "According to", "the audit lists three failings in the kitchens")]),
])
def test_rows(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
