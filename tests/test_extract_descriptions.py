"""Appositions that only describe the party before them (`claims.extract.descriptions`)."""
from __future__ import annotations

import pytest

from claims.extract.descriptions import (describes_apart, describes_by_age, describes_when, links_to_employer,
                                         without_descriptions)


@pytest.mark.parametrize("clause, expected", [
    (" a 34-year-old from Rhyl", True), (" aged 71", True), (" an eighty-year-old", True),
    (" a 34 year old", True), (" last year's winner", False), (" director of Acme", False), (" aged", False),
])
def test_describes_by_age(clause: str, expected: bool) -> None:
    assert describes_by_age(clause) is expected


@pytest.mark.parametrize("clause, expected", [
    (" one of its founders", True), (" one of the alliance's members", True), (" aged 71", True),
    (" one day later", False), (" director of Acme", False), (" someone of the members", False),
])
def test_describes_apart(clause: str, expected: bool) -> None:
    assert describes_apart(clause) is expected


TEXT = "Jo Roe, aged 71, one of its founders"
NAME, AGE, MEMBER = (0, 6), (7, 15), (16, 36)


@pytest.mark.parametrize("clauses, set_off, expected", [
    ([MEMBER, AGE, NAME], True, [NAME]),             # a comma closes the nearest: both descriptions go
    ([MEMBER, AGE, NAME], False, [MEMBER, NAME]),    # the nearest stays when nothing closes it
    ([MEMBER, AGE], True, [MEMBER, AGE]),            # never all of them
    ([], True, []),
])
def test_without_descriptions(clauses: list[tuple[int, int]], set_off: bool,
                              expected: list[tuple[int, int]]) -> None:
    assert without_descriptions(TEXT, clauses, set_off) == expected


@pytest.mark.parametrize("words, at, expected", [
    ("the review published on Thursday".split(), 2, True),
    ("the review published on".split(), 2, True),
    ("the review released yesterday".split(), 2, True),
    ("the review published by Acme".split(), 2, False),
    ("the review published".split(), 2, False),      # nothing after the participle
])
def test_describes_when(words: list[str], at: int, expected: bool) -> None:
    assert describes_when(words, at) is expected


@pytest.mark.parametrize("between, expected", [
    (" of ", True), (" at the ", True), (" of the healthcare research firm ", True), ("from", True),
    (" of the very big health research firm ", False),   # five words: more than a link
    (" said ", False), (" of Acme and ", False), ("", False),
    (" with the housing charity ", True), (" with the ", False), (" with ", False),  # `with` needs a described body
])
def test_links_to_employer(between: str, expected: bool) -> None:
    assert links_to_employer(between) is expected
