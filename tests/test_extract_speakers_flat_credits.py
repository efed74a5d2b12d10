"""speakers/flat_credits: a broadcaster's photo credit written with no colon (`Image copyright PA`, `Image source,
Getty Images`), run on after its caption, names the agency that took the picture, never a party: a later `the charity
has revealed` is not the agency (wave 59d; the real sets' 71st, 77th and 86th). Each text is written for this test
in our own words about invented parties."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

from claims.extract.speakers.flat_credits import on_flat_credit

_STORY = ("A record number of walkers joined guided routes last year, the charity has revealed.\n\n"
          "The charity said it led 4,200 walks in 2027.\n")


@pytest.mark.parametrize("credit", [
    "Two walkers on a ridge above the lake Image copyright PA",
    "Walkers on a ridge above the lake Image source, TPN",
    "Image copyright Kelso Photo Agency Image caption Walkers on a ridge",
])
def test_the_agency_of_a_colonless_credit_never_speaks(credit: str) -> None:
    text = "Walks at a record high\n\n" + credit + "\n\n" + _STORY
    assert [row[0] for row in cued_rows(text)] == ["the charity", "the charity"]


@pytest.mark.parametrize(("line", "at", "expected"), [
    ("Walkers above the lake Image copyright PA", 39, True),
    ("Image source, Getty Images", 14, True),
    ("The Image source said it would sue", 4, False),  # no label: a name that opens the line
    ("Walkers above the lake, PA reported", 24, False),
    ("Image copyright PA Image gallery of the Imagery Trust", 43, True),  # a later `Image` is no label: the earlier one
    ("Image gallery of the lake by Imagery Trust", 29, False),  # `Image` twice on the line, never a label
    ("Walkers above the lake\nImage copyright PA", 42, True),  # only the name's own line is read
    ("Image copyright PA\nWalkers above the lake, Kelso Trust said", 42, False),
    # 60m: the name's own line only, its last label first, every earlier one in turn, and only up to the name
    ("Headline\nImage copyright PA\nWalkers above the lake, Kelso Trust said", 52, False),
    ("The Image gallery Image copyright PA", 34, True),  # the last `Image` is the label
    ("Image copyright PA\nThe Image gallery of Kelso Trust", 40, False),  # no label before the name on its line
    ("Image gallery Image copyright PA Image gallery of Kelso Trust", 50, True),  # the label is the middle `Image`
    ("Image copyright PA", 6, False),  # a position inside the label
    ("Image copyright PA", 15, False),  # the space before the name: the label does not end there
    ("Image copyright PA", 16, True),
])
def test_on_flat_credit(line: str, at: int, expected: bool) -> None:
    assert on_flat_credit(line, at) is expected
