"""A pledge named with the party that gave it and its content (`claims.extract.attribution.pledges_from`)."""
from __future__ import annotations

import pytest

from claims.extract.attribution.pledges_from import may_pledge_from, pledge_from
from claims.extract.attribution.records import Attribution
from claims.extract.speakers import Context

TEXT = "The club welcomed assurances from Corran Borough Council that the pitch would be resurfaced by May."
"""The giver's name runs from 34 to 56, the content from 62 to 98 (the full stop at 98)."""


def _pledge(text: str, holes: tuple[tuple[int, int], ...] = ()) -> Attribution | None:
    """The attribution of a one-sentence text, quotations left out."""
    return pledge_from(text, (0, len(text)), list(holes), Context(text=text))


def test_the_content_is_the_givers() -> None:
    assert _pledge(TEXT) == Attribution("Corran Borough Council", "organisation", "assurances from", ((62, 98),))


@pytest.mark.parametrize(("text", "cue"), [
    ("The club received confirmation from Corran Borough Council that the pitch would be resurfaced by May.",
     "confirmation from"),
    ("The club secured a pledge from Corran Borough Council that the pitch would be resurfaced by May.",
     "pledge from"),
    ("The club had a written guarantee from Corran Borough Council that the pitch would be resurfaced by May.",
     "guarantee from"),
])
def test_each_noun_of_a_pledge(text: str, cue: str) -> None:
    found = _pledge(text)
    assert found is not None and (found.speaker, found.cue) == ("Corran Borough Council", cue)
    assert text[found.spans[0][0]:found.spans[-1][1]] == "the pitch would be resurfaced by May"


@pytest.mark.parametrize("text", [
    "The club sought assurances from Corran Borough Council that the pitch would be resurfaced by May.",
    "The club has asked for a guarantee from Corran Borough Council that the pitch would be resurfaced by May.",
    "The club has had no assurance from Corran Borough Council that the pitch would be resurfaced by May.",
    "Did the club get assurances from Corran Borough Council that the pitch would be resurfaced by May?",
    "The club welcomed assurances from officials that the pitch would be resurfaced by May.",
    "The club welcomed the news from Corran Borough Council that the pitch would be resurfaced by May.",
])
def test_no_pledge_given(text: str) -> None:
    assert _pledge(text) is None


def test_a_quoted_pledge_is_the_quotes() -> None:
    assert _pledge(TEXT, ((0, 99),)) is None


def test_the_cheap_test() -> None:
    assert may_pledge_from(TEXT) and not may_pledge_from("The club welcomed the news from the council.")
