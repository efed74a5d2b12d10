"""Speed without a change of behaviour (wave 57s): readers that did the same work twice, or once per word, do it
once; each answer is checked whole against the plain reading on invented texts."""
from __future__ import annotations

import pytest

from claims.extract.attribution import records, sentence
from claims.extract.entities import joined_runs

SENTENCES = [
    "The Orvane Trust accused the council of delay, saying that waits rose 12%.",
    "Tollard Water defended the rise by warning that costs had doubled.",
    "Acme beat its forecast, reporting a 9% rise in sales.",
    "Nothing here.",
    "",
]
WORDS = [("accus", "condemn"), ("ing that", "by saying"), ("\u201c", " '"), ("zzz",), ()]


@pytest.mark.parametrize("text", SENTENCES)
def test_holds_any_as_the_plain_scan(text: str) -> None:
    windows = [(0, len(text)), (4, len(text) - 3), (10, 5), (0, 0)]
    assert [records.holds_any(text, *w, words) for w in windows for words in WORDS] \
        == [any(text.find(word, *w) >= 0 for word in words) for w in windows for words in WORDS]


@pytest.mark.parametrize("text", SENTENCES)
def test_holds_gerund_cue_as_the_plain_scan(text: str) -> None:
    assert sentence.holds_gerund_cue(text, 0, len(text)) \
        == any(text.find(words, 0, len(text)) >= 0 for words in sentence._GERUND_CUE_WORDS)


@pytest.mark.parametrize(("text", "expected"), [
    ("He wrote to the Standards in Public Office Commission on Monday.",
     [("He", 0, 2), ("Standards in Public Office Commission", 16, 53), ("Monday", 57, 63)]),
    ("The Committee on Standards in Public Life said so.", [("The Committee on Standards in Public Life", 0, 41)]),
    ("Jo Roe in Leeds said so.", [("Jo Roe", 0, 6), ("Leeds", 10, 15)]),
])
def test_runs_joined_by_an_inner_word_or_a_remit(text: str, expected: list[tuple[str, int, int]]) -> None:
    """The gap between two runs read once for both joins (an inner word, a remit): each join as before."""
    assert [(run.group(), run.start(), run.end()) for run in joined_runs(text, 0, len(text))] == expected
