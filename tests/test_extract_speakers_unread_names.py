"""A cue's subject that is a capitalised name the readings of a clause resolve to a party sharing none of its words
(wave 55e): `according to Consumer Reports` is Consumer Reports, unresolved, never the hospital named before. Each case
is a short text written for this test in our own words about invented parties, and the whole table it must give as
(speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.speakers.unread_names import capitalised_words, unread_name
from extract_rows import cued_rows


def test_a_name_read_as_documents_keeps_its_own_words() -> None:
    text = ("Acme Hospital earned higher ratings than Bayview.\n\nSurgery safety information is largely hidden from "
            "patients, according to Consumer Reports.\n")
    assert cued_rows(text) == [
        ("Consumer Reports", "organisation", "according to", "Surgery safety information is largely hidden from patients")]


def test_a_name_read_as_its_own_body_is_unchanged() -> None:
    text = "Waiting times fell by a third, according to Acme Hospital.\n"
    assert cued_rows(text) == [
        ("Acme Hospital", "organisation", "according to", "Waiting times fell by a third")]


@pytest.mark.parametrize(("region", "expected"), [
    ("Consumer Reports", "Consumer Reports"),
    ("Consumer Reports, ", "Consumer Reports"),
    ("Reports", None),  # one word: too often a sentence's opener
    ("The Reports", None),  # a determiner
    ("Meanwhile Reports", None),  # a sentence's opener
    ("consumer reports", None),  # no capitals
    ("And as Consumer Reports ", "Consumer Reports"),  # the clause's opening words set aside
    ("Acme Health Review Board Reports", None),  # five words
    ("But Consumer Reports", "Consumer Reports"),  # one opening word set aside
    ("Acme SpaceX", None),  # a word of more than plain letters
    ("Rival Consumer Reports", None),  # a word that opens sentences
    ("British Consumer Reports", None),  # a word that names no one
    ("Your Consumer Reports", None),  # a determiner only
], ids=["name", "comma", "one-word", "determiner", "opener", "lower-case", "clause-opener", "five-words", "but",
        "not-plain", "starter", "not-name", "your"])
def test_capitalised_words(region: str, expected: str | None) -> None:
    assert capitalised_words(region, 0, len(region)) == (expected.split() if expected else None)


@pytest.mark.parametrize(("region", "read", "expected"), [
    ("Consumer Reports", "the hospital", "Consumer Reports"),  # read as another party: its own words
    ("Acme Hospital", "Acme Hospital", None),  # read as itself: left to its reading (and to the step table)
    ("Acme Hospital", "Acme Health Trust", None),  # a word shared: the reading stands
    ("the hospital", "Acme Hospital", None),  # no capitalised name
])
def test_unread_name(region: str, read: str, expected: str | None) -> None:
    assert unread_name(region, 0, len(region), read) == expected
