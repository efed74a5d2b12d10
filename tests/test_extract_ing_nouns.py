"""Words that take or describe an -ing word: after them the -ing word is an object or a noun, no new clause."""
from __future__ import annotations

import pytest

from claims.extract.ing_nouns import takes_ing


@pytest.mark.parametrize("word, expected", [
    ("postpone", True),
    ("Stopped", True),  # case folded
    ("shorter", True),
    ("fixed-price", True),
    ("full-time", True),
    ("long-term-care", True),
    ("2024-25", False),  # a year range
    ("-time", False),
    ("full-", False),
    ("exceeded", False),
    ("", False),
])
def test_takes_ing(word: str, expected: bool) -> None:
    assert takes_ing(word) is expected
