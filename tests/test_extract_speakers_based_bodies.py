"""A body described by where it is based (`Kelvale-based Tallow Pharma Ltd`): `the Kelvale-based firm` means it
(wave 47g, speakers/based_bodies). Each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.speakers.based_bodies import based_body
from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Kelvale-based Tallow Pharma Ltd said profit rose 9%. Marston-based Orvale Foods Ltd reported a loss.\n\n"
     "The Kelvale-based firm said sales in Europe rose by 12%.\n",
     [("Tallow Pharma Ltd", "organisation", "said", "profit rose 9%"),
      ("Tallow Pharma Ltd", "organisation", "said", "sales in Europe rose by 12%")]),
])
def test_based_reference_means_the_body_so_described(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("Kelvale-based Tallow Pharma Ltd said", "kelvale", ("Tallow Pharma Ltd", 14, 31)),
    ("Kelvale-based Tallow Pharma Ltd and Kelvale-based Orvale Foods Ltd said", "Kelvale", None),  # two: either
    ("Marston-based Orvale Foods Ltd said", "Kelvale", None),
    ("the Kelvale-based firm said", "Kelvale", None),  # no name after it
])
def test_based_body(text: str, place: str, expected: tuple[str, int, int] | None) -> None:
    assert based_body(text, place) == expected
