"""attribution/participle_agents: the `by` agent of another participle in a judgement passive's sentence made no
finding (wave 61f; the real sets' 97th): `Breaches were found at 12 homes run by the Harrow Health Board` is never the
board's; a publisher's or an examiner's participle keeps the agent. Each text is written for this test in our own
words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.attribution.participle_agents import participle_agent
from claims.extract.attribution.patterns import PASSIVE_BY_RE
from extract_rows import cued_rows


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Breaches were found at 12 homes run by the Harrow Health Board.", True),
    ("Breaches were found at 12 homes owned by the Harrow Health Board.", True),
    ("The service was found to have been mismanaged by the council.", True),
    ("Breaches were found by the Care Office at 12 homes.", False),
    ("The home was rated good by the Care Inspectorate.", False),
    ("The line was ranked bottom in a table published by the Rail Office.", False),
    ("Breaches were found in 21 inspections carried out by the Care Office.", False),
    ("Breaches were  found by the Care Office at 12 homes.", False),  # two spaces: still the passive's own verb (62m)
    ("Breaches were\tfound by the Care Office at 12 homes.", False),
    ("Breaches were found at 12 homes, most run by the Harrow Health Board.", True),
    ("The homes were found abandoned by the Harrow Housing Trust.", True),  # one word after the passive's verb
    ("Faults were found in 9 checks conducted by the Care Office.", False),  # a one-word examining participle (62m)
    ("Faults were found in 9 reports issued by the Care Office.", False),  # a publisher's participle
])
def test_participle_agent(sentence: str, expected: bool) -> None:
    passive = PASSIVE_BY_RE.search(sentence)
    assert passive is not None and participle_agent(sentence, passive) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Breaches were found at 12 homes run by the Harrow Health Board.\n", []),
    ("The home was rated good by the Care Inspectorate.\n",
     [("Care Inspectorate", "inspectorate", "was rated", "The home was rated good by the Care Inspectorate")]),
    ("Breaches were found in 21 inspections carried out by the Care Office.\n",  # inspections by it: a regulator (69k)
     [("Care Office", "inspectorate", "were found", "Breaches were found in 21 inspections carried out by the Care "
                                                    "Office")]),
    ("Breaches were  found by the Care Office at 12 homes.\n",  # round 62m: two spaces once made `found` another's
     [("Care Office", "organisation", "were found", "Breaches were  found by the Care Office at 12 homes")]),
])
def test_a_participle_s_agent_makes_no_finding(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
