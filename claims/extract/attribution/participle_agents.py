"""The agent of another participle inside a judgement passive's sentence (`Breaches were found in 21 homes run by the
Harrow Health Board`, `was found to have been mismanaged by the council`): the `by` phrase belongs to the participle
right before it (`run`, `owned`, `mismanaged`), so the body it names made no finding; the passive's own agent is
never that body (wave 61f). `was rated good by the Care Inspectorate`, `were found, after a visit, by inspectors`, a
document's publisher (`ranked bottom in a table published by X`) and an examination's maker (`found in inspections
carried out by X`) keep their agent."""
from __future__ import annotations

import re

from ..speakers.examination_makers import EXAMINING_PARTICIPLES
from ..vocabulary import IRREGULAR_PARTICIPLES, IRREGULAR_PAST, PUBLISHER_PARTICIPLES, is_past_form, load_words

AGENT_PARTICIPLES: frozenset[str] = load_words("agent_participles") | IRREGULAR_PARTICIPLES | IRREGULAR_PAST
"""Participles not in `-ed` that may take a `by` agent of their own (`run`, `led`; `data/agent_participles.txt`)."""

WORDS_BEFORE_BY_RE = re.compile(r"(?P<word>[a-z]+)(?:[ \t]+(?P<particle>out|up|over|on))?[ \t]+by[ \t]*\Z")
"""The word right before the agent's `by`, past a verb's particle (`carried out by`)."""


def participle_agent(text: str, passive: re.Match[str]) -> bool:
    """Say whether the `by` of a judgement passive's agent follows another participle, not the passive's own verb."""
    before = WORDS_BEFORE_BY_RE.search(text, passive.start(), passive.start("who"))
    if before is None or len(text[passive.start():before.start()].split()) <= 1:
        return False  # "were found by inspectors", "were  found by": the passive's own verb, after its `be` alone
    word = before.group("word")
    phrase = f"{word} {before.group('particle')}" if before.group("particle") else word
    if word in PUBLISHER_PARTICIPLES or phrase in EXAMINING_PARTICIPLES:
        return False  # "in a league table published by X", "in inspections carried out by X": X judged
    return word in AGENT_PARTICIPLES or is_past_form(word)
