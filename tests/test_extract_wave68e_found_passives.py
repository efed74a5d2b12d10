"""An agentless finding passive with an adverb or an `it` subject (wave 68e): `it was found that A`, `X was also found to
have A`, `were further found to be`: the inspectorate in focus found it, as `was found to be` already was. Each case is
a short text written for this test in our own words about invented parties, with the whole table it must give as
(speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.attribution.patterns import PASSIVE_RE
from extract_rows import cued_rows

HEAD = "The Tarlow Care Inspectorate visited the Brackenhill care home in May.\n\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("While meals were served on time, it was found that porters kept no log of falls.",
     [("Tarlow Care Inspectorate", "inspectorate", "it was",
       "While meals were served on time, it was found that porters kept no log of falls")]),
    ("It has been found that nine residents had no care plan.",
     [("Tarlow Care Inspectorate", "inspectorate", "It has", "It has been found that nine residents had no care plan")]),
    ("Two bathrooms were also found to have no grab rails.",
     [("Tarlow Care Inspectorate", "inspectorate", "were also", "Two bathrooms were also found to have no grab rails")]),
    ("Medicines were further found to be stored in an unlocked room.",
     [("Tarlow Care Inspectorate", "inspectorate", "were further",
       "Medicines were further found to be stored in an unlocked room")]),
])
def test_an_agentless_finding_is_the_inspectorates(sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(HEAD + sentence + "\n") == expected


def test_no_inspectorate_no_judge() -> None:
    assert cued_rows("Harbour News\n\nIt was found that the pier lost £40,000 last year.\n") == []


@pytest.mark.parametrize(("sentence", "found"), [
    ("Two exits were later found to be blocked.", "were later found to be"),
    ("It was also found that staff kept no log.", "It was also found that"),
    ("It is found that staff kept no log.", "It is found that"),
    ("It had been found that staff kept no log.", "It had been found that"),
    ("It was later found that staff kept no log.", "It was later found that"),
])
def test_the_finding_passive_in_every_form(sentence: str, found: str) -> None:
    """Each adverb and tense of the agentless finding passive (round 69m)."""
    assert [m.group() for m in PASSIVE_RE.finditer(sentence)] == [found]
