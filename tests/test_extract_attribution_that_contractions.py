"""`says that's ...`: the demonstrative of a contraction after a cue is the claim's first word, never the `that`
that opens a reported clause (`claims.extract.attribution.patterns.CUE_RE`, wave 61e)."""
from __future__ import annotations

import pytest

from claims.extract.attribution.patterns import CUE_RE
from tests.extract_rows import rows


@pytest.mark.parametrize("text, expected", [
    ("says that's not true", "says "),
    ("says that\u2019s not true", "says "),
    ("says that it's not true", "says that "),
    ("said that the rise was small", "said that "),
    ("says that", "says that"),
])
def test_the_cue_leaves_a_contracted_that_in_the_claim(text: str, expected: str) -> None:
    match = CUE_RE.search(text)
    assert match is not None and match.group() == expected


def test_a_contracted_that_opens_the_claim() -> None:
    text = ("Cases rise again\n\n"
            "Some residents blame the weather, but Tamsin Orwell says that's not what the figures show.\n\n"
            "The Hollin Vale Borough Council says that\u2019s the third rise in a row.")
    assert rows(text) == [
        ("Tamsin Orwell", "person", "that's not what the figures show"),
        ("Hollin Vale Borough Council", "organisation", "that\u2019s the third rise in a row"),
    ]
