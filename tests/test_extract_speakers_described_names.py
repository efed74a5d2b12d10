"""speakers/described_names: a described kind of body before a capitalised name (`consumer group Fairbasket`,
`Canadian Kestrel dealership Corvane`) is no part of the name; the words past it are. Each case is a subject's words
written for this test in our own words about invented parties, and the whole list of words it must leave."""
from __future__ import annotations

import pytest

from claims.extract.speakers.described_names import past_described_kind


@pytest.mark.parametrize(("subject", "expected"), [
    ("big cheap budget firm Corvane", "Corvane"),  # three modifiers
    ("big cheap new budget firm Corvane", "big cheap new budget firm Corvane"),  # four: too many
    ("dealer Corvane", "dealer Corvane"),  # no modifier before the kind
    ("budget Skyline Holdings", "budget Skyline Holdings"),  # no kind at all
    ("budget rival firm Skyline", "Skyline"),  # a kind before a lower-case word is no kind yet
    ("Kestrel Ford dealership Corvane", "Kestrel Ford dealership Corvane"),  # no nationality opens the maker
    ("Canadian Kestrel group Corvane", "Canadian Kestrel group Corvane"),  # a group is no trade
    ("Canadian Kestrel-Ford dealership Corvane", "Canadian Kestrel-Ford dealership Corvane"),  # a maker of two
    ("Canadian Kestrel truck dealership Corvane", "Corvane"),  # a lower-case word of the trade
], ids=["three-modifiers", "four-modifiers", "kind-first", "no-kind", "kind-before-kind", "no-nationality", "group",
        "hyphenated-maker", "trade-word"])
def test_past_described_kind(subject: str, expected: str) -> None:
    assert past_described_kind(subject.split()) == expected.split()
