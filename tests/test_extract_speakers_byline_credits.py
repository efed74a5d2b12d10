"""Wave 63x: a byline's and a photo's credit lines are found once a text (each name read its line back to its start);
every position of each text is read as the line-by-line reading did. Texts in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.speakers.byline_credits import (BRACKET_CREDIT_RE, PHOTO_CREDIT_RE, bracket_openings,
                                                    credit_lines, on_byline_credit,
                                                    on_photo_credit, photo_credit_labels)
from claims.extract.speakers.flat_credits import on_flat_credit
from claims.extract.text import line_starts
from claims.extract.vocabulary import BYLINE_RE, DATE_LINE_RE


def _byline_line_read(text: str, at: int) -> bool:
    """The reading before wave 63x: the position's line back to its start, the line above it tried."""
    start = text.rfind("\n", 0, at) + 1
    if start < 2 or text[start - 2] == "\n" or DATE_LINE_RE.match(text, start):
        return False
    above = text.rfind("\n", 0, start - 1) + 1
    return BYLINE_RE.match(text, above, start - 1) is not None


def _photo_line_read(text: str, at: int) -> bool:
    """The reading before wave 63x: the position's line back to its start searched for a label, then a bracket."""
    start = text.rfind("\n", 0, at) + 1
    if text.find(":", start, at) >= 0 and PHOTO_CREDIT_RE.search(text, start, at) is not None:
        return True
    if on_flat_credit(text, at):
        return True
    if text.find("(", start, at) < 0:
        return False
    opening = text.rfind("(", start, at)
    if opening < 1:
        return False
    sentence_end = start + len(text[start:opening].rstrip(" \t"))
    credit = BRACKET_CREDIT_RE.match(text, sentence_end)
    return credit is not None and at < credit.end()


_TEXTS = [
    "By Jo Roe\nTarn Valley News Service\nPublished 4 May\n\nBy Orla Vale\n\nKell Mills said sales rose.\n",
    "\nBy Jo Roe\nPublished 4 May\nBY: ORLA VALE\nTarn Press\n",
    "By Jo Roe",
    "\n\nby Jo Roe\n\nTarn Press\nby Orla Vale\nKell Wire\n",
    "Pupils wait. Photograph: Jo Roe/Tarn Agency\nFile photo: Kell News Agency (KNA)\nThe mill shut.\tPhoto credit:"
    " Orla Vale\nphotos : Kell\nNo label: here. Image: x",
    "(Photo: Tarn Agency/Jo Roe) The mill shut. (AAN: Jo Roe)\nThe mill shut.  \t(Jo Roe/Valley News) and more (Source:"
    " Tarn Trust)\n(KNA: Orla Vale)\nShut. (VN Photo/Jo Roe)(Photo: x)",
    "Image copyright PA Kell Mills said\nThe mill (run by Tarn Trust) shut. Photo: Jo Roe\n(",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_on_byline_credit_reads_as_the_line_by_line_reading_did_at_every_position(text: str) -> None:
    assert [on_byline_credit(text, at) for at in range(len(text) + 1)] == [_byline_line_read(text, at)
                                                                           for at in range(len(text) + 1)]


@pytest.mark.parametrize("text", _TEXTS)
def test_on_photo_credit_reads_as_the_line_by_line_reading_did_at_every_position(text: str) -> None:
    assert [on_photo_credit(text, at) for at in range(len(text) + 1)] == [_photo_line_read(text, at)
                                                                          for at in range(len(text) + 1)]


def test_what_is_read_once_a_text() -> None:
    text = "By Jo Roe\nTarn Press\n\nPhoto: Kell (KNA)\nShut. (Jo Roe/Tarn News)"
    assert (line_starts(text), credit_lines(text), photo_credit_labels(text), bracket_openings(text)) \
        == ((0, 10, 21, 22, 40), frozenset({10}), ((22, 28),), (34, 46))
    assert (line_starts(""), credit_lines(""), photo_credit_labels(""), bracket_openings("")) \
        == ((0,), frozenset(), (), ())


# Round 64m (mutation): a credit line at the text's very end, and a bracket credit that is the text's only bracket or
# stands right after its first character; each asserted whole.
def test_a_short_credit_line_ending_the_text_is_a_credit() -> None:
    assert (credit_lines("By Jo Roe\nAP"), on_byline_credit("By Jo Roe\nAP", 11)) == (frozenset({10}), True)


@pytest.mark.parametrize(("text", "at", "expected"), [
    ("Pupils at a desk. (AAN: Jo Roe)", 24, True),  # the text's only bracket
    (".(AAN: Jo Roe)", 7, True),  # a bracket at 1, after a one-character caption
    ("Caption.\n(AAN: Jo Roe)", 15, False),  # opening its line: no caption's stop before it
])
def test_a_bracket_credit_after_a_caption_s_stop(text: str, at: int, expected: bool) -> None:
    assert on_photo_credit(text, at) is expected
