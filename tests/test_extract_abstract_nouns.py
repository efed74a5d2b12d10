"""A name whose last word is an abstract noun is no person's (wave 68x): `Tarnby Heritage`, `Orrel Science` are
bodies; `Jo Baker`, `Sam Mason` and a given name before a rare abstract word (`Anna Dunnage`) stay people. Each case
is an invented phrase written for this test."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

from claims.extract.abstract_nouns import ends_on_abstract_noun, never_surname
from claims.extract.entities import Mention, find_mentions


@pytest.mark.parametrize(("word", "expected"), [
    ("Heritage", True), ("Science", True), ("Welfare", False), ("Culture", True), ("Kindness", True),
    ("Baker", False), ("Mason", False), ("Savage", False), ("Pence", False), ("Patience", True), ("Tarnby", False),
    ("heritage", False), ("Heritage's", False),
])
def test_never_surname(word: str, expected: bool) -> None:
    assert never_surname(word) is expected


@pytest.mark.parametrize(("words", "expected"), [
    (["Tarnby", "Heritage"], True), (["Orrel", "Science"], True), (["Heritage"], False),
    (["Anna", "Dunnage"], False), (["Network", "Culture"], False), (["Requires", "Improvement"], False),
    (["Tarnby", "Statement"], False), (["Tarnby", "heritage"], False),
])
def test_ends_on_abstract_noun(words: list[str], expected: bool) -> None:
    assert ends_on_abstract_noun(words) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tarnby Heritage said the wall was listed.",
     [Mention(start=0, end=15, name="Tarnby Heritage", kind="org", possessive=False, title="")]),
    ("A paper in Orrel Science found the cells grew.",
     [Mention(start=11, end=24, name="Orrel Science", kind="org", possessive=False, title="")]),
    ("Jo Baker said the wall was listed.",
     [Mention(start=0, end=8, name="Jo Baker", kind="person", possessive=False, title="")]),
    ("Sam Mason said the wall was listed.",
     [Mention(start=0, end=9, name="Sam Mason", kind="person", possessive=False, title="")]),
])
def test_find_mentions_reads_an_abstract_noun_as_a_bodys(text: str, expected: list[Mention]) -> None:
    assert find_mentions(text, 0, len(text)) == expected


def test_a_body_ending_on_an_abstract_noun_speaks_as_a_body() -> None:
    assert cued_rows("Tarnby Heritage said the wall was listed.\n") == [
        ("Tarnby Heritage", "organisation", "said", "the wall was listed")]
