"""A verb glued to a body's head noun by a lost space (wave 66x, glued_verbs): `Kelby Community Foundationawarded 40
grants` names the Kelby Community Foundation, and the name reader stops at the join. Each case is a short text written
for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.entities import find_mentions
from claims.extract.glued_verbs import glued_verb_start
from extract_rows import cued_rows


@pytest.mark.parametrize(("word", "expected"), [
    ("Foundationawarded", len("Foundation")), ("Councilsaid", len("Council")), ("Trustannounced", len("Trust")),
    ("Foundation", None), ("Councillors", None), ("Waterford", None),  # a head alone; a word; no verb after the head
    ("Trustpilot", None), ("Unionised", None), ("Trusty", None),  # no verb after the head; a word
    ("foundationawarded", None),  # no capital: no name's word
])
def test_glued_verb_start(word: str, expected: int | None) -> None:
    assert glued_verb_start(word) == expected


def test_the_name_stops_at_the_join() -> None:
    text = "Kelby Community Foundationawarded 40 grants last year."
    assert [(m.start, m.end, m.name, m.kind) for m in find_mentions(text, 0, len(text))] == [
        (0, len("Kelby Community Foundation"), "Kelby Community Foundation", "org")]


# Before wave 66x the glued word was read as a person's name (`Kelby Community Foundationawarded`), and `the
# foundation` after it resolved to no one.
@pytest.mark.parametrize(("text", "expected"), [
    ("Kelby Community Foundationawarded 40 grants last year. The foundation said it would give more.\n",
     [("Kelby Community Foundation", "organisation", "said", "it would give more")]),
])
def test_rows(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
