"""The shared test of an amount or a count (wave 67x, figures.is_amount): `adding_acts` (`added 3,420 plots`) and
`attribution/attending_responses` (`responded to 611 fires`) each kept one of their own until this wave; its answer at
the edges is pinned here."""
from __future__ import annotations

import pytest

from claims.extract.figures import is_amount


@pytest.mark.parametrize(("word", "expected"), [
    ("611", True), ("2,418", True), ("£93.40", True), ("$5", True), ("€164,", True), ("88%", True),
    ("5%.", True),  # a mark ending the clause after it
    ("two", True), ("Forty", True), ("thirty-seven", True), ("two-thirds", True),  # numbers in words
    ("million", True), ("half", True), ("dozen;", True),  # scales in words
    ("(611", True),  # a bracket before it
    ("£", False), ("£x", False), ("", False), ("calls", False), ("a", False), ("Twenty-ish", False),
    ("one-off", False),  # a compound of a number and a common word
])
def test_is_amount(word: str, expected: bool) -> None:
    assert is_amount(word) is expected
