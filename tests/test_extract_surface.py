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


RAGGED = ("Ferry crossings to the Marren\n"
          "Isles rose by 9% in May.\n"
          "Figures from the Marren Isles\n"
          "Harbour Board show a total of 4,120 crossings\n"
          "for the month, against 3,780 a year\n"
          "earlier.\n"
          "Board chair Ada Quell said the result was\n"
          "welcome.\n")
"""A page copied from narrow columns (wave 54q): wrapped at no fixed width, a body's name split over two lines."""


def test_unwrapped_joins_a_text_wrapped_at_no_fixed_width_keeping_its_paragraphs() -> None:
    assert surface.unwrapped(RAGGED) == (
        "Ferry crossings to the Marren Isles rose by 9% in May.\n"
        "Figures from the Marren Isles Harbour Board show a total of 4,120 crossings for the month, against 3,780 a year"
        " earlier.\n"
        "Board chair Ada Quell said the result was welcome.\n")


@pytest.mark.parametrize("text", [
    RAGGED.replace("\nearlier.", " earlier.").replace("\nwelcome.", " welcome."),  # two lines go on in lower case
    "Headline in a few words\nThe Marren Harbour Board said crossings rose.\nIt said\nfares will stay.\n",
    "Contacts\nAda Quell\nHarbour Board\nTel 0100 200\n",                     # a list of lines, no sentence
])
def test_unwrapped_leaves_fewer_than_three_lower_case_wraps_alone(text: str) -> None:
    assert surface.unwrapped(text) == text


@pytest.mark.parametrize("line, after, expected", [
    ("Figures from the Marren Isles", "Harbour Board show", True),  # ends on a word
    ("Board chair Ada Quell,", "Harbour Board", True),               # on a comma
    ("the crossings \u2013", "most of them", True),                  # on a dash
    ("Crossings rose by 9%.", "Fares held.", False),                 # a sentence's end
    ("Figures from the Marren Isles", " Harbour Board", False),      # an indented line opens a paragraph
    ("Figures from the Marren Isles", "- Harbour Board", False),     # so does a list item
    ("Figures from the Marren Isles", "", False),                    # a blank line
])
def test_is_ragged_wrap(line: str, after: str, expected: bool) -> None:
    assert surface.is_ragged_wrap(line, after) is expected


@pytest.mark.parametrize("lines, expected", [
    (RAGGED.split("\n"), 3),
    (["first line", "second", "third", "", " fourth", "\u00e9t\u00e9 fifth", "Sixth"], 3),
    (["only line"], 0),
    (["lower first", "Upper", "", "9 figures"], 0),
])
def test_lower_openings(lines: list[str], expected: int) -> None:
    """The lines after the first opening in lower case (any script): the cheap test before each line's ragged check."""
    assert surface.lower_openings(lines) == expected


def test_the_cheap_test_counts_no_fewer_than_is_ragged() -> None:
    """The ragged text's lower-case soft breaks are at least `RAGGED_MIN_LOWER`, and as many lines open in lower case."""
    lines = RAGGED.split("\n")
    breaks = [surface.is_ragged_wrap(line, after) for line, after in zip(lines, lines[1:])]
    soft_lower = sum(soft and after[0].islower() for after, soft in zip(lines[1:], breaks))
    assert (soft_lower >= surface.RAGGED_MIN_LOWER, surface.lower_openings(lines) >= soft_lower) == (True, True)


WIRE = ("LUSAKA, March 14 Zambia's Copperbelt Energy\n"
        "Regulation Board said on Tuesday that it had fined power\n"
        "distributor Kafue Grid Services 4.2 million kwacha for repeated\n"
        "supply cuts to mining customers.\n"
        "Kafue Grid Services did not respond to a request for comment.")
"""Wire copy wrapped with a ragged margin (wave 55f): the first line stops inside a body's name, though `Regulation`
would have fitted on it."""


def test_unwrapped_joins_a_name_split_at_a_ragged_margin_of_a_hard_wrapped_text() -> None:
    assert surface.unwrapped(WIRE) == WIRE.replace("\n", " ", 3)


@pytest.mark.parametrize(("line", "after", "expected"), [
    ("LUSAKA, March 14 Zambia's Copperbelt Energy", "Regulation Board said", True),  # mid-sentence, near the margin
    ("supply cuts to mining customers.", "Kafue Grid Services did not", False),  # a sentence's end
    ("Chief Executive", "Kafue Grid Services did not", False),  # a short line: a heading or a post
])
def test_near_margin_wrap(line: str, after: str, expected: bool) -> None:
    assert surface.near_margin_wrap(line, after, 63) is expected
