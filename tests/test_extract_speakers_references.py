"""speakers/references: a reference that owns the cue's noun (`The union’s claim is for 6%`) is read without its
possessive ending, straight or curly, so the curly form names the body the straight one does (wave 54h: real pages
write the curly apostrophe about twice as often as the straight one). Each case is a short text written for this
test in our own words about invented parties."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("The Fenmoor Workers Union announced a strike ballot today.\n\n"
     "The offer is worth 3% for most staff. The union\u2019s claim is for 7% or £2,500, whichever is greater.\n",
     [("Fenmoor Workers Union", "organisation", "announced", "announced a strike ballot today"),
      ("Fenmoor Workers Union", "organisation", "claim", "is for 7% or £2,500, whichever is greater")]),
])
def test_curly_possessive_reference_names_the_body(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
