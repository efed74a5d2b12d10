"""speakers/spelled_letters: the capitals that open neighbouring words of a name, the cheap test before a pattern is
built for a body's letters; every name and sentence is invented, and each assert is on a whole value."""
from __future__ import annotations

import pytest

from claims.extract.speakers.spelled_letters import initial_pairs, spelled_by_initials


def test_initial_pairs_read_across_small_words() -> None:
    assert initial_pairs("The Board of the Quarry Trust met. Its chair Jo Roe spoke.") == frozenset(
        {"TB", "BQ", "QT", "JR"})


def test_initial_pairs_start_inside_a_hyphenated_word() -> None:
    assert initial_pairs("a pro-Tenant Housing Forum") == frozenset({"TH", "HF"})


@pytest.mark.parametrize(("letters", "text", "expected"), [
    ("QHF", "The Quarry Housing Forum (as it is) met.", "Quarry Housing Forum"),
    ("QHF", "The Quarry Forum and Housing Trust met.", None),  # Q and H never open neighbouring words
    ("BQT", "The Board of the Quarry Trust met.", "Board of the Quarry Trust"),
    ("THF", "a pro-Tenant Housing Forum", "Tenant Housing Forum"),
    ("QH", "Quarry Housing and Quarry Homes both met.", None),  # two names spell the letters
])
def test_spelled_by_initials(letters: str, text: str, expected: str | None) -> None:
    assert spelled_by_initials(letters, text) == expected
