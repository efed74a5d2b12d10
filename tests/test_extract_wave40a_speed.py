"""Wave 40a, speed with no change of behaviour: each faster reading gives what the slower one gave, on short invented
texts (the cached or hand-found answer equals the one the old pattern or the uncached call finds)."""
from __future__ import annotations

import re

import pytest

from claims.extract.attribution.place_speakers import name_spots, whole_word_spots

TEXTS = [
    "Staff at Brindle Cove said the pier at Brindle Cove-on-Sea was shut; Brindle Coves and Brindle Cove's ferry ran.",
    "Bo Bo Bo said nothing, and the Bo Bo_ fund spoke for Bo Bo.",
    "In Upper Farrow, Tollmere said that Upper Farrow and upper farrow differ; Upper Farrow2 is a code.",
    "-Nell Kirby- and Nell Kirby's dog met Nell Kirby\u2019s cat near Nell Kirby.",
    "",
    "Quill Lane",
]
NAMES = ["Brindle Cove", "Bo Bo", "Upper Farrow", "Nell Kirby", "Quill Lane", "Co.", "a.b", "Bo"]


def old_spots(text: str, name: str) -> list[int]:
    """The pattern name_spots compiled per name before wave 40a."""
    pattern = r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"
    return [m.start() for m in re.finditer(pattern, text)] if name in text else []


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name", NAMES)
def test_whole_word_spots_find_what_the_pattern_found(text: str, name: str) -> None:
    assert whole_word_spots(text, name) == old_spots(text, name)


def test_whole_word_spots_of_an_empty_name_are_the_pattern_s() -> None:
    assert whole_word_spots("Al, B-c d", "") == [m.start() for m in re.finditer(r"(?<![\w-])(?![\w-])", "Al, B-c d")]


def test_name_spots_whole_values() -> None:
    assert name_spots(TEXTS[2], "Upper Farrow") == [3, 36]
    assert name_spots(TEXTS[1], "Bo Bo") == [0, 53]  # the second `Bo Bo` of `Bo Bo Bo` overlaps the first; `Bo Bo_` runs on
    assert name_spots(TEXTS[0], "Brindle Cove") == []  # once an owner (`Brindle Cove's ferry`)
    assert name_spots(TEXTS[3], "Nell Kirby") == []  # once an owner, with a curly apostrophe
    assert name_spots("Quill Lane", "Quill Lane") == [0]
    assert name_spots("Quill Lanes", "Quill Lane") == []
