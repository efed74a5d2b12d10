"""A unit named with the body it belongs to as a cue's subject (wave 63d): a part by its part's noun speaks for the
body, a unit with letters of its own for itself. Each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.speakers.unit_subjects import unit_subject
from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Aid news\n\nOn Tuesday morning, the Welsh Section of the organization Kindhands officially announced the "
     "withdrawal of its teams from Tarnby.\n",
     [("Kindhands", "organisation", "announced", "announced the withdrawal of its teams from Tarnby")]),
    ("Kindhands in the valley\n\nThe Northern Branch of Kindhands said it had treated 1,200 patients in the valley.\n",
     [("Kindhands", "organisation", "said", "it had treated 1,200 patients in the valley")]),
    ("Flood news\n\nThe Bureau of Flood Records (BFR) of the Ministry of Works said river levels had fallen by 40 "
     "centimetres.\n",
     [("Bureau of Flood Records", "organisation", "said", "river levels had fallen by 40 centimetres")]),
], ids=["section-of-organisation", "branch-of-body", "lettered-unit"])
def test_the_unit_or_its_body_speaks(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("region", "expected"), [
    ("the Welsh Section of the organization Kindhands officially", (38, 47)),
    ("The Northern Branch of Kindhands", (23, 32)),
    ("The Bureau of Flood Records (BFR) of the Ministry of Works", (4, 33)),
    ("The Office for Road Data of the Ministry of Transport", None),  # one body's whole name
    ("The Department of Health", None),
    ("The Iowa Division of Public Health", None),  # a division heads a body of its own
])
def test_unit_subject(region: str, expected: tuple[int, int] | None) -> None:
    assert unit_subject(region, 0, len(region)) == expected
