"""speakers/clauses: a document set off by a publishing participle speaks as itself only when no one owns it; one a
possessive owns, straight or curly (`Harwell Council’s own figures, released on Tuesday, showed`), is its owner's
(wave 54h: real pages write the curly apostrophe about twice as often as the straight one). Each case is a short
text written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Harwell Council said it would cut bus fares.\n\n"
     "Harwell Council\u2019s own figures, released on Tuesday, showed that 4,000 people used the buses each day.\n",
     [("Harwell Council", "organisation", "said", "it would cut bus fares"),
      ("Harwell Council", "organisation", "showed that", "4,000 people used the buses each day")]),
    ("Harwell Council said it would cut bus fares.\n\n"
     "Harwell\u2019s figures for March, published last month, showed that 4,000 people used the buses each day.\n",
     [("Harwell Council", "organisation", "said", "it would cut bus fares"),
      ("Harwell Council", "organisation", "showed that", "4,000 people used the buses each day")]),
])
def test_curly_possessive_owns_a_published_document(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
