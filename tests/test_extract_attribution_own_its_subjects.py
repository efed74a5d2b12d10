"""A one-word body shown a body by its `its` (`claims.extract.attribution.own_its_subjects`, wave 54e): `Brindle has
released its results. It said A` makes Brindle the `It`; a person or a word no body is named by is left alone. Each
text is written for this test in our own words about invented parties; rows are (speaker, speaker_kind, quote)."""
from __future__ import annotations

import pytest

from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Brindle has released its results for the year. It said revenue rose 4% to $90 million.\n",
     [("Brindle", "organisation", "revenue rose 4% to $90 million")]),
    ("Brindle quietly posted its figures on Monday. It said revenue rose 4% to $90 million.\n",
     [("Brindle", "organisation", "revenue rose 4% to $90 million")]),
    ("Brindle has released its results for the year, ahead of Kelby Group. It said revenue rose 4% to $90 million.\n",
     [("Brindle", "organisation", "revenue rose 4% to $90 million")]),  # the subject, not the last body (round 55m)
    ("Yesterday released its grip on the market. It said revenue rose 4% to $90 million.\n",
     [("it", "unresolved", "revenue rose 4% to $90 million")]),
])
def test_a_one_word_owner_of_its_object_is_the_next_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
