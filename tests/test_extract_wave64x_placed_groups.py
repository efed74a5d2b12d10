"""Wave 64x: a county set off after a town opening the subject (`In Ardlow, Co Tarnby, the council said`) is no body
(speakers/clauses.body_before_descriptor), and a force's detectives or officers placed at a town (`Detectives at
Kelby, County Marren, said`) speak as they would alone (speakers/force_people.placed_force_people), bare `Detectives`
for the one police body the text names (speakers/officer_bodies.detectives_body). Texts in our own words about
invented places and bodies; whole rows (speaker, speaker_kind, cue, quote)."""
from __future__ import annotations

import pytest

from claims.extract.speakers.clauses import body_before_descriptor
from claims.extract.speakers.context import Context, Who
from claims.extract.speakers.force_people import placed_force_people
from claims.extract.speakers.officer_bodies import detectives_body
from extract_rows import cued_rows

CLAIM = "it would open two rest centres on Friday"
HOMES = "four homes had been broken into overnight"


@pytest.mark.parametrize(("text", "expected"), [
    (f"Flood plan\n\nIn Ardlow, Co Tarnby, the council said {CLAIM}.\n", [("the council", "unresolved", "said", CLAIM)]),
    (f"Flood plan\n\nIn Ardlow, County Tarnby, the council said {CLAIM}.\n",
     [("the council", "unresolved", "said", CLAIM)]),
    (f"Flood plan\n\nArdlow Borough Council has opened a centre.\n\nIn Ardlow, Co Tarnby, the council said {CLAIM}.\n",
     [("Ardlow Borough Council", "organisation", "said", CLAIM)]),
    (f"Flood plan\n\nTarnby County Council has opened a centre.\n\nIn Ardlow, Co Tarnby, the council said {CLAIM}.\n",
     [("Tarnby County Council", "organisation", "said", CLAIM)]),
    (f"Flood plan\n\nBrellan, the housing charity, said {CLAIM}.\n", [("Brellan", "organisation", "said", CLAIM)]),
    (f"Flood plan\n\nBrellan, the water regulator, said {CLAIM}.\n", [("Brellan", "inspectorate", "said", CLAIM)]),
    (f"Flood plan\n\nBrellan, the river watchdog, said {CLAIM}.\n", [("Brellan", "inspectorate", "said", CLAIM)]),
], ids=["co-no-council-named", "county-no-council-named", "the-town-s-council", "the-county-council", "unchanged",
        "a-regulator", "a-watchdog"])  # round 64n: a regulator or watchdog described is an inspectorate
def test_a_county_after_the_town_is_never_the_body_a_descriptor_follows(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (f"Burglaries\n\nDetectives at Kelby, County Marren, said {HOMES}.\n",
     [("Detectives", "unresolved", "said", HOMES)]),
    (f"Burglaries\n\nMarren Police are appealing for witnesses.\n\nDetectives at Kelby, County Marren, said {HOMES}.\n",
     [("Marren Police", "organisation", "said", HOMES)]),
    (f"Burglaries\n\nMarren Police are appealing for witnesses.\n\nOfficers at Kelby said {HOMES}.\n",
     [("Marren Police", "organisation", "said", HOMES)]),
    (f"Burglaries\n\nMarren Police are appealing for witnesses.\n\nDetectives said {HOMES}.\n",
     [("Marren Police", "organisation", "said", HOMES)]),
    (f"Burglaries\n\nDetectives said {HOMES}.\n", [("Detectives", "unresolved", "said", HOMES)]),
    (f"Burglaries\n\nOfficers at Kelby Hospital said {HOMES}.\n", [("Kelby Hospital", "organisation", "said", HOMES)]),
], ids=["no-force-named", "the-force-named", "officers", "bare-detectives", "bare-no-force", "a-body-not-a-town"])
def test_a_force_s_people_placed_at_a_town_speak_as_they_would_alone(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("subject", "expected"), [
    ("Detectives at Kelby", 10), ("Officers at Upper Kelby Vale", 8), ("detectives at Kelby", 10), ("Detectives in Kelby", None),
    ("Detectives at Kelby Hospital", None), ("Police in Kelby", None), ("Gardaí at Kelby", None),
    ("Detectives at the station", None), ("Detectives at Kelby Upper Vale Road", None), ("Detectives at", None),
    ("Detectives from Kelby", None)])
def test_placed_force_people(subject: str, expected: int | None) -> None:
    assert placed_force_people(subject, 0, len(subject)) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Marren Police said it.", "Detectives", "Marren Police"),
    ("Marren Police said it.", "Officers", None),  # bare `Officers` are officers_body's
    ("Kelby Borough Council said it.", "Detectives", None),  # a council has no detectives
    ("Marren Police and Tarn Constabulary said it. Kelby Police agreed.", "Detectives", None),  # two forces
])
def test_detectives_body(text: str, word: str, expected: str | None) -> None:
    assert detectives_body(word, Context(text=text)) == expected


def test_placed_force_people_reads_the_subject_at_its_own_start() -> None:
    """Round 64n: the group's end is found from the subject's start, never an earlier or later same word."""
    text = "Detectives at Kelby said so. Detectives at Ardlow said so. Detectives agreed."
    start = text.index("Detectives at Ardlow")
    assert placed_force_people(text, start, start + len("Detectives at Ardlow")) == start + len("Detectives")


def test_body_before_descriptor_reads_the_name_after_a_clause_cut() -> None:
    """Round 64n: the name is sought after each clause cut inside the subject, and its start is where it is written."""
    text = "Flood plan. After the storm, Brellan, the water regulator,"
    assert body_before_descriptor(text, 12, len(text), Context(text=text)) == Who("Brellan", "inspectorate", 29)
