"""A party that gives the cause of something (`claims.extract.causes`)."""
from __future__ import annotations

import pytest

from claims.extract.causes import cause_claims
from claims.extract.speakers import Context

LONG = "The council blamed the delay on a shortage of drivers after a long cold winter of storms."
"""The verb starts at 12, the causes at 32 (`a shortage`), the sentence ends at 89 (the full stop at 88). With no
quotation inside it, the claim keeps its verb and the thing caused (wave 43c); a hole among the causes keeps only them."""


def _causes(text: str, sentence: tuple[int, int] | None = None, holes: tuple[tuple[int, int], ...] = ()
            ) -> tuple[str, str, str, tuple[tuple[int, int], ...]] | None:
    """The causes the sentence (all of the text unless given) claims, quotations and other claims left out."""
    return cause_claims(text, sentence or (0, len(text)), list(holes), Context(text=text))


@pytest.mark.parametrize("opening, expected", [
    ("Acme Ltd", ("Acme Ltd", "organisation", "blamed", ((9, 50),))),
    ("Jo Roe", ("Jo Roe", "person", "blamed", ((7, 48),))),
    ("Local councils", ("Local councils", "unresolved", "blamed", ((15, 56),))),   # a group in the text's words
    ("The council", ("the council", "unresolved", "blamed", ((12, 53),))),
])
def test_the_causes_are_the_opening_partys(opening: str, expected: tuple[object, ...]) -> None:
    assert _causes(f"{opening} blamed the delay on a shortage of drivers.") == expected


@pytest.mark.parametrize("holes, expected", [
    ([(32, 43)], ("the council", "unresolved", "blamed", ((43, 88),))),    # a hole right where the causes start
    ([(37, 43)], ("the council", "unresolved", "blamed", ((43, 88),))),
    ([(89, 95)], ("the council", "unresolved", "blamed", ((12, 88),))),    # a hole after the sentence: the verb stays
    ([(32, 89)], None),                                                    # nothing left to claim
    ([(20, 25)], None),                                                    # a hole inside the cue: no claim
])
def test_holes(holes: list[tuple[int, int]], expected: tuple[object, ...] | None) -> None:
    assert _causes(LONG, holes=tuple(holes)) == expected


def test_a_hole_that_ends_where_the_sentence_starts_is_apart_from_it() -> None:
    text = "Hi. " + LONG
    assert _causes(text, (4, len(text)), ((0, 4),)) == ("the council", "unresolved", "blamed", ((16, 92),))


@pytest.mark.parametrize("text, sentence", [
    ("The council put up the fees.", None),                      # a verb of cause's stem, no cause
    ("The council said the delay was due to a shortage of drivers.", None),
    ("The blamed the delay on a shortage of drivers.", None),    # no party before the verb
    ("The council blamed the delay\non a shortage of drivers.", (0, 28)),   # the cause is past the sentence
])
def test_no_causes_elsewhere(text: str, sentence: tuple[int, int] | None) -> None:
    assert _causes(text, sentence) is None


# Wave 48c: `put A down to B` with any thing caused between (no determiner needed), and `pointed to A as the reason`.
@pytest.mark.parametrize("text, expected", [
    ("Acme Ltd puts growing passenger numbers down to cheaper fares.", ("Acme Ltd", "organisation", "puts", ((9, 61),))),
    ("Acme Ltd pointed to cheaper fares as the main reason for the rise.",
     ("Acme Ltd", "organisation", "pointed", ((9, 65),))),
])
def test_a_cause_put_down_to_or_pointed_to(text: str, expected: tuple[object, ...]) -> None:
    assert _causes(text) == expected


@pytest.mark.parametrize("text", [
    "Acme Ltd put the phone down to answer the door.",           # an infinitive and its object after `down to`
    "Acme Ltd pointed to the harbour wall as the boats came in.",  # `as` opens a clause, no reason named
])
def test_no_cause_put_down_to_or_pointed_to(text: str) -> None:
    assert _causes(text) is None
