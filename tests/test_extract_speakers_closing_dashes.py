"""speakers/closing_dashes: the words before a cue end past a dash that closes an aside set off by dashes, as they end
past a comma (wave 60f; the real sets' 89th and 91st): `Jo Roe, chief executive at X – which ranked ninth – says` is Jo
Roe, never the body her post names. Each text is written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.speakers.closing_dashes import words_end
from extract_rows import cued_rows


@pytest.mark.parametrize(("region", "expected"), [
    ("Jo Roe, chief at X – which ranked ninth – ", "Jo Roe, chief at X – which ranked ninth"),
    ("Jo Roe, chief at X — which ranked ninth — ", "Jo Roe, chief at X — which ranked ninth"),
    ("Jo Roe, chief at X, ", "Jo Roe, chief at X"),
    ("Jo Roe ", "Jo Roe"),
    ("Jo Roe,\u00a0", "Jo Roe"),  # a no-break space closes the words too (round 61m: mutmut leaves the marks unmutated)
])
def test_words_end_before_a_closing_dash_or_comma(region: str, expected: str) -> None:
    assert region[:words_end("said " + region, len("said "), len("said " + region)) - len("said ")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ada Pell, chief executive at Varn General Hospital in Eastby – which ranked ninth from the foot of a table "
     "of trusts – says the list is unfair.\n",
     [("Ada Pell", "person", "says", "the list is unfair")]),
    ("Ada Pell, chief executive of Varn General Hospital — the worst in the region for waits — said the figures "
     "were a year old.\n",
     [("Ada Pell", "person", "said", "the figures were a year old")]),
])
def test_a_dashed_aside_before_the_cue_leaves_the_person(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
