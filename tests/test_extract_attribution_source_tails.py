"""When a source came out, after `according to X`: `published today` describes the source and is never a claim."""
from __future__ import annotations

import pytest

from claims.extract.attribution.source_tails import dated_source, past_dated_source


def after(text: str, words: str) -> tuple[int, int]:
    """The span of the given words in a text."""
    start = text.index(words)
    return start, start + len(words)


@pytest.mark.parametrize("tail, expected", [
    (", published today.", True),
    (" released last week", True),
    (", issued earlier this month!", True),
    (", published today, and sales fell.", False),
    (", which we read.", False),
])
def test_dated_source(tail: str, expected: bool) -> None:
    text = "Sales rose, according to the review" + tail + " More followed."
    assert dated_source(text, after(text, tail)) is expected


def test_past_dated_source_cuts_the_aside_saying_when_the_source_came_out() -> None:
    text = "According to the review, published today, waiting lists rose."
    span = after(text, " published today, waiting lists rose.")
    assert past_dated_source(text, span) == after(text, "waiting lists rose.")


@pytest.mark.parametrize("words", [" waiting lists rose.", " published today, "])  # no aside; nothing after it
def test_past_dated_source_keeps_the_words_when_there_is_no_claim_after_an_aside(words: str) -> None:
    text = "According to the review," + words
    assert past_dated_source(text, after(text, words)) == after(text, words)
