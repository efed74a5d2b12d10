"""speakers/joined_clauses: a cue's subject after `and` that joins it to a finished clause of the writer's (wave 61f;
the real sets' 97th): `The road was shut for an hour and police say` is the police's claim, never `an hour and
police`; `The pupils had been at Marlow College and Aine Tolan said` is Aine Tolan's, never the college's. Each text is
written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.speakers.joined_clauses import finite, joined_subject_start
from extract_rows import cued_rows


@pytest.mark.parametrize(("region", "expected"), [
    ("The road was shut for an hour and police", "police"),
    ("The pupils had been at Marlow College and Aine Tolan, its principal,", "Aine Tolan, its principal,"),
    ("It's the third fire this year and Councillor Mae Tor", "Councillor Mae Tor"),
    ("It's known as the worst fire in years and Gardaí", "Gardaí"),
    ("The Harbour Board and the Coast Police", "The Harbour Board and the Coast Police"),
    ("Jo Roe of Tarn County's Ash and Elm division", "Jo Roe of Tarn County's Ash and Elm division"),
    ("The firm, which was founded in 1990 and its owner", "The firm, which was founded in 1990 and its owner"),
    ("Jo Roe was born in Leeds and has", "Jo Roe was born in Leeds and has"),
    ("The road was shut and the bridge was", "The road was shut and the bridge was"),
    ("We will build 92 homes at Tarn and Ashby, and we", "We will build 92 homes at Tarn and Ashby, and we"),
    ("The Board has fined Tarn Water after an audit of sites at Hanby and Oxley",
     "The Board has fined Tarn Water after an audit of sites at Hanby and Oxley"),
])
def test_joined_subject_start(region: str, expected: str) -> None:
    assert region[joined_subject_start(region + " said", 0, len(region)):] == expected


@pytest.mark.parametrize(("region", "after", "expected"), [
    ("Roads were shut and police", " said", "police"),  # three words before `and`: the least a clause has
    ("Roads shut and police", " said", "Roads shut and police"),  # two: no clause
    ("Patrols when fires were reported and police", " said", "Patrols when fires were reported and police"),
    ("The road was shut for an hour", " said the police and Councillor Mae Tor", "The road was shut for an hour"),
    ("The road was shut for an hour and police", " said on Friday, and they added", "police"),
])
def test_joined_subject_start_reads_the_region_only(region: str, after: str, expected: str) -> None:
    """Round 62m (mutation): the clause's least words, a subordinator second, and no `and` past the region's end."""
    assert region[joined_subject_start(region + after, 0, len(region)):] == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("was", True), ("It's", True), ("they\u2019ve", True), ("fell", True), ("County's", False), ("closed", False),
])
def test_finite(word: str, expected: bool) -> None:
    assert finite(word) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The road was shut for an hour and police say they have traced the van's owner.\n",
     [("police", "unresolved", "say", "they have traced the van's owner")]),
    ("The pupils had been at Marlow College and Aine Tolan, principal of Marlow College, said on Friday that the "
     "crash had cost two lives.\n",
     [("Aine Tolan", "person", "said on Friday that", "the crash had cost two lives")]),
    ("The Harbour Board and the Coast Police said crashes rose by 12% this year.\n",
     [("Harbour Board and the Coast Police", "organisation", "said", "crashes rose by 12% this year")]),
])
def test_a_subject_joined_to_a_finished_clause(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
