"""The surface of a page read plainly (`claims.extract.surface`), one function at a time."""
from __future__ import annotations

import pytest

from claims.extract import surface


@pytest.mark.parametrize("width", [40, 100])
def test_unwrapped_joins_a_text_wrapped_at_either_edge_of_the_widths_it_trusts(width: int) -> None:
    text = "x" * width + "\n" + "y" * width + "\nzz"
    assert surface.unwrapped(text) == "x" * width + " " + "y" * width + " zz"


@pytest.mark.parametrize("width", [39, 101])
def test_unwrapped_leaves_a_text_just_outside_those_widths_alone(width: int) -> None:
    text = "x" * width + "\n" + "y" * width + "\nzz"
    assert surface.unwrapped(text) == text


def test_working_copy_keeps_the_length_and_makes_odd_spaces_and_soft_breaks_plain() -> None:
    text = "x" * 50 + "\u00a0\n" + "y" * 50 + "\r\n" + "z\u2009z"
    copy = surface.working_copy(text)
    assert copy == "x" * 50 + "  " + "y" * 50 + "  z z"
    assert len(copy) == len(text)


@pytest.mark.parametrize("line, expected", [("a line", "a line "), ("a line\r", "a line  ")])
def test_joined_puts_a_space_for_each_character_of_the_break(line: str, expected: str) -> None:
    assert surface.joined(line) == expected


@pytest.mark.parametrize("line, after, width, expected", [
    ("a" * 30, "bbbbb more words", 36, False),   # the first word would just have fitted
    ("a" * 30, "bbbbb more words", 35, True),    # one character too long for the line
    ("a" * 30, "bb bb bb", 34, False),           # only the first word counts, not the first two
    ("x" * 39, "I am here", 40, True),           # a one-letter first word
    ("x" * 39, "I", 40, True),                   # a one-letter next line
    ("x" * 39, " indented", 40, False),          # an indented line starts its own paragraph
    ("x" * 39, "- an item", 40, False),          # so does a list item
    ("   ", "longword", 5, False),               # a blank line is a paragraph break, not wrapping
    ("x" * 39, "", 40, False),
])
def test_is_wrap(line: str, after: str, width: int, expected: bool) -> None:
    assert surface.is_wrap(line, after, width) is expected


@pytest.mark.parametrize("lines, breaks, expected", [
    (["a", "b", "c", "d", "e", "f"], [True, True, False, False, False], False),  # 2 of 5
    (["a", "b", "c", "d", "e"], [True, True, False, False], True),               # 2 of 4: half is most
    (["a", "b", "c", "d", "e", "f", ""], [True, True, False, False, False, False], False),
    (["a", "b", "", "c", "", "d"], [True, True, False, False, False], True),     # blank lines do not count
    (["a", "b"], [True], False),                                                 # one break is chance
])
def test_is_wrapped(lines: list[str], breaks: list[bool], expected: bool) -> None:
    assert surface.is_wrapped(lines, breaks) is expected
