"""A quotation inside reported speech after a second cue: the quoted words are part of the outer speaker's claim."""
from __future__ import annotations

import pytest

from claims.extract.attribution.nested_quotes import reported_inside
from claims.extract.text import Block, Quote

QUOTED = "\u201ceverything we warned about\u201d"


def inside(text: str, body: int = 0) -> bool:
    """`reported_inside` for the first curly quotation of a text in one block from `body` to the text's end."""
    start = text.index("\u201c")
    end = text.index("\u201d", start) + 1
    return reported_inside(text, Block(0, len(text), body, False), Quote((start, end), (start + 1, end - 1)))


@pytest.mark.parametrize("text, expected", [
    (f"Residents said the review confirmed {QUOTED}.", True),
    (f"A resident said the review confirmed {QUOTED}.", True),
    (f"Residents said the review rated it a {QUOTED}.", True),  # a one-letter word before the quotation
    (f"Residents said it confirmed {QUOTED}.", False),  # two words: no clause of its own
    (f"Residents said: {QUOTED}.", False),  # the quotation opens with the cue
    (f"Residents said, {QUOTED}.", False),
    (f"{QUOTED}, residents said.", False),  # nothing before it
    (f"The review confirmed {QUOTED}.", False),  # no outer cue
])
def test_reported_inside(text: str, expected: bool) -> None:
    assert inside(text) is expected


def test_a_long_quotation_reaches_back_from_where_it_opens() -> None:
    long = "\u201c" + "we warned about the damp and the mould in every flat on the estate " * 3 + "\u201d"
    assert inside(f"Residents said the review confirmed {long}.") is True


def test_only_the_quotations_own_paragraph_is_read() -> None:
    text = f"Ann Roe said the\nreview confirmed {QUOTED}."
    assert inside(text, text.index("review")) is False
    assert inside(text) is True
