"""A regulator's unit named for the judging or enforcing it does (wave 35d, judging_panels, beside wave 27h's
discipline): a committee that hears complaints or fitness to practise cases, a bureau of enforcement, a committee
assessing risk is an inspectorate, as its parent is, whether the rules read it alone or after its parent's possessive.
Each case is a short text written for this test in our own words about invented parties, and the whole table it must
give as (speaker, speaker_kind, cue, quote) rows; and the shapes where the kind must stay as it was. Only the kind
moves: the speaker is the one the rules read."""
from __future__ import annotations

import pytest

from claims.extract.judging_panels import judges_discipline
from extract_rows import cued_rows


# A unit named for the judging or enforcing work a regulator sets it up for is an inspectorate.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Complaints Committee found that the headline misled readers.\n",
     [("Complaints Committee", "inspectorate", "found that", "the headline misled readers")]),
    ("The Enforcement Bureau said the carrier had paid a $2 million penalty.\n",
     [("Enforcement Bureau", "inspectorate", "said", "the carrier had paid a $2 million penalty")]),
    ("The Fitness to Practise Committee found that the optician had altered 30 records.\n",
     [("Fitness to Practise Committee", "inspectorate", "found that", "the optician had altered 30 records")]),
    ("The Drug Risk Assessment Committee said 41 patients had been harmed.\n",
     [("Drug Risk Assessment Committee", "inspectorate", "said", "41 patients had been harmed")]),
    ("The Tarrow Spectrum Commission's Enforcement Bureau said the carrier had paid a $2 million penalty.\n",
     [("Tarrow Spectrum Commission's Enforcement Bureau", "inspectorate", "said",
       "the carrier had paid a $2 million penalty")]),
])
def test_judging_unit_is_an_inspectorate(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Must not move: a unit named for other work, a bureau or a team that names no judging, a company's own team.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Planning Committee said 40 homes had been approved.\n",
     [("Planning Committee", "organisation", "said", "40 homes had been approved")]),
    ("The Fellbeck Mountain Rescue Team said it was called out 93 times last year.\n",
     [("Fellbeck Mountain Rescue Team", "organisation", "said", "it was called out 93 times last year")]),
    ("The Tarrow Visitor Bureau said hotel stays rose by 8% last year.\n",
     [("Tarrow Visitor Bureau", "organisation", "said", "hotel stays rose by 8% last year")]),
])
def test_other_unit_keeps_its_kind(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Complaints Committee", True),
    ("Enforcement Bureau", True),
    ("Corran Press Council's Complaints Committee", True),
    ("Fitness to Practise Committee of the Hearing Care", True),
    ("Solicitors Disciplinary Tribunal", True),
    ("Planning Committee", False),
    ("Complaints Service", False),
    ("Enforcement", False),
    ("Tarrow Visitor Bureau", False),
])
def test_judges_discipline(name: str, expected: bool) -> None:
    assert judges_discipline(name) is expected
