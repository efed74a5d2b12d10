"""attribution/sources: a source's letters set off after its name at the end of an `according to` sentence (wave 61f;
the real sets' 97th): `..., according to figures released by the Northern Heating Association, NHA.` is that body's
claim, as it is with the letters in brackets; the letters are no claim of their own. Each text is written for this
test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.attribution.sources import SOURCE_LETTERS_RE
from extract_rows import cued_rows


@pytest.mark.parametrize(("tail", "expected"), [
    (", NHA.", True), (", the NHA.", True), (", R&D-X.", True), (", Nha.", False), (", up from 9%.", False),
    (", NHA said.", False),
])
def test_source_letters(tail: str, expected: bool) -> None:
    assert (SOURCE_LETTERS_RE.fullmatch(tail) is not None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The market share of heat pumps rose to 12% in March, according to data published on Monday by the "
     "Northern Heating Association, NHA.\n",
     [("Northern Heating Association", "organisation", "according to",
       "The market share of heat pumps rose to 12% in March")]),
    ("The market share of heat pumps rose to 12% in March, according to the Northern Heating Association, NHA.\n",
     [("Northern Heating Association", "organisation", "according to",
       "The market share of heat pumps rose to 12% in March")]),
    ("The market share of heat pumps rose to 12% in March, according to the Northern Heating Association (NHA).\n",
     [("Northern Heating Association", "organisation", "according to",
       "The market share of heat pumps rose to 12% in March")]),
])
def test_letters_after_an_according_source(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
