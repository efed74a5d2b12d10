"""A headline that closes on its source (`Spring driest in 20 years, Met Skyra says`): a body's common noun in the
text (`according to the forecaster`) that no body named before fits means that source (wave 47g,
speakers/headline_sources). Each case is a short text written for this test in our own words about invented parties,
and the whole table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.speakers.headline_sources import headline_source
from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Spring driest in 20 years at six stations, Met Skyra says\n\n"
     "This spring was the driest in two decades at six stations, according to the forecaster.\n",
     [("Met Skyra", "organisation", "according to", "This spring was the driest in two decades at six stations")]),
    ("Spring driest in 20 years, Met Skyra says\n\nJo Roe\n\n"
     "This spring was the driest in two decades at six of Met Skyra's stations, according to the forecaster's "
     "seasonal summary.\n",
     [("Met Skyra", "organisation", "according to",
       "This spring was the driest in two decades at six of Met Skyra's stations")]),
])
def test_reference_means_the_headline_source(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Must not move: a person's name closing the headline (a given name opens it) is never `the forecaster`; a body named
# in the text that the noun fits is still the one meant.
@pytest.mark.parametrize(("text", "expected"), [
    ("Spring driest in 20 years, Karen Dallow says\n\n"
     "This spring was the driest in two decades at six stations, according to the forecaster.\n",
     [("the forecaster", "unresolved", "according to", "This spring was the driest in two decades at six stations")]),
    ("Spring driest in 20 years, Met Skyra says\n\nThe Orvale Weather Service issued its summary on Monday.\n\n"
     "This spring was the driest in two decades at six stations, according to the forecaster.\n",
     [("Orvale Weather Service", "organisation", "according to",
       "This spring was the driest in two decades at six stations")]),
])
def test_other_references_keep_their_reading(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Spring driest in 20 years, Met Skyra says\n\nBody.\n", ("Met Skyra", 27, 36)),
    ("Rents up 9%, Harbour Tenants Forum warns\n", ("Harbour Tenants Forum", 13, 34)),
    ("Rents up 9%, according to Harbour Tenants Forum\n", None),  # no verb closes it
    ("Rents up 9% says nobody\n", None),  # no capitalised name before the verb
    ("\n\nRents up 9%, Lorn Data says\n", ("Lorn Data", 15, 24)),
    ("Floods ease, \u00c9adar Skyra says\n", ("\u00c9adar Skyra", 13, 24)),  # an accented capital opens a word
    ("", None),
])
def test_headline_source(text: str, expected: tuple[str, int, int] | None) -> None:
    assert headline_source(text) == expected
