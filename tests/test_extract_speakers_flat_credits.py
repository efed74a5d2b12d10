"""speakers/flat_credits: a broadcaster's photo credit written with no colon (`Image copyright PA`, `Image source,
Getty Images`), run on after its caption, names the agency that took the picture, never a party: a later `the charity
has revealed` is not the agency (wave 59d; the real sets' 71st, 77th and 86th). Each text is written for this test
in our own words about invented parties."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

from claims.extract.speakers.flat_credits import FLAT_CREDIT_RE, flat_credit_labels, on_flat_credit

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


def _line_read(text: str, at: int) -> bool:
    """The reading before wave 62: each `Image` of the position's line, back from it, tried by the pattern."""
    start = text.rfind("\n", 0, at) + 1
    label = text.rfind("Image", start, at)
    while label >= 0:
        if FLAT_CREDIT_RE.match(text, label, at + 1) is not None:
            return True
        label = text.rfind("Image", start, label)
    return False


_TEXTS = [
    "Image copyright PA Image gallery of the Imagery Trust\nImage source, Kelso Images Walkers said\n\nImage copyright",
    "The Image gallery Image copyright PA Image copyright Getty\nImage copyright PA\nKelso Trust said",
    "No label here at all\nImage\ncopyright PA",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_on_flat_credit_reads_as_the_line_by_line_reading_did_at_every_position(text: str) -> None:
    """Wave 62: the labels are found once a text (a long line was read back to its start once a name); every position
    of each text is read as before."""
    assert [on_flat_credit(text, at) for at in range(len(text) + 1)] == [_line_read(text, at)
                                                                         for at in range(len(text) + 1)]


def test_flat_credit_labels_are_each_label_s_span_in_order() -> None:
    text = "Image copyright PA and Image gallery\nImage source, Kelso Images"
    assert flat_credit_labels(text) == ((0, 16), (37, 51))
    assert flat_credit_labels("No picture credit") == ()
