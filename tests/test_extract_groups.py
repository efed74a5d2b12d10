"""A group of bodies the text does not name, and an unnamed collective (`claims.extract.groups`)."""
from __future__ import annotations

import pytest

from claims.extract.groups import collective, singular, unnamed_group


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


def read_collective(region: str) -> tuple[str, str] | None:
    """`collective` on a speaker region's words as written and in lower case."""
    raw = region.split()
    return collective(raw, [w.lower() for w in raw])


@pytest.mark.parametrize("region, expected", [
    ("A coalition of 14 charities", ("A coalition of 14 charities", "unresolved")),
    ("An alliance of tenants' groups", ("An alliance of tenants' groups", "unresolved")),
    ("A group of GPs", ("A group of GPs", "unresolved")),  # four words, members named by a plural acronym
    ("A group of GPs,", ("A group of GPs,", "unresolved")),
    ("A group of", None),
    ("A group for GPs", None),
    ("The group of GPs", None),  # `the` points back
    ("A pack of GPs", None),  # no collective noun
    ("A group of Acme Holdings", None),  # a name the text may resolve
    ("A group of Acme Holdings,", None),
])
def test_collective(region: str, expected: tuple[str, str] | None) -> None:
    assert read_collective(region) == expected
