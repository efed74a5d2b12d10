"""A group of bodies the text does not name (`claims.extract.groups`)."""
from __future__ import annotations

import pytest

from claims.extract.groups import singular, unnamed_group


@pytest.mark.parametrize("word, expected", [
    ("charities", "charity"), ("churches", "church"), ("parishes", "parish"), ("businesses", "business"),
    ("firms", "firm"), ("council", "council"), ("", ""),
])
def test_singular(word: str, expected: str) -> None:
    assert singular(word) == expected


def _group(phrase: str) -> tuple[str, str] | None:
    """The unnamed group a cue's subject `phrase` is, read as the extractor reads it (its words in lower case)."""
    raw = phrase.split()
    return unnamed_group(raw, [w.lower() for w in raw])


@pytest.mark.parametrize("phrase", ["Member charities", "Local councils", "Small local firms", "Smaller lenders"])
def test_a_plural_body_noun_with_up_to_two_words_before_it_is_a_group(phrase: str) -> None:
    assert _group(phrase) == (phrase, "unresolved")


@pytest.mark.parametrize("phrase", [
    "charities",                    # the noun alone
    "Many small local firms",       # four words
    "Local council",                # one body, not a group
    "Local friends",                # not bodies
    "Member Charities",             # a name's capitals
    "Acme Group companies",         # a name's words before the noun
    "2 charities",                  # not words
    "the councils",                 # the ones named before
    "both firms",
])
def test_no_group_elsewhere(phrase: str) -> None:
    assert _group(phrase) is None
