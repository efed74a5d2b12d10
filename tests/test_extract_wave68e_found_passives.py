"""An agentless finding passive with an adverb or an `it` subject (wave 68e): `it was found that A`, `X was also found to
have A`, `were further found to be`: the inspectorate in focus found it, as `was found to be` already was. Each case is
a short text written for this test in our own words about invented parties, with the whole table it must give as
(speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

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
