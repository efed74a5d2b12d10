"""Interview turns (`claims.extract.transcript`): which sentences of a turn are its speaker's claims."""
from __future__ import annotations

import pytest

from claims.extract.transcript import turn_claims


# Wave 35f: a turn's sentence is a claim when it holds a figure, a count in words of the one list of number words
# (`vocabulary.NUMBER_WORDS`) too: teens and tens past fifty were missing from the turn's own list.
@pytest.mark.parametrize("sentence", [
    "We closed four depots.", "We closed fourteen depots.", "We closed sixty depots.", "We shut ninety branches.",
    "Bills went up by a third.", "We hired a dozen drivers.", "The work starts in May.",
])
def test_a_turn_s_sentence_with_a_figure_in_words_is_a_claim(sentence: str) -> None:
    assert turn_claims(sentence, 0, len(sentence)) == [(0, len(sentence) - 1)]


@pytest.mark.parametrize("sentence", ["Fares rose.", "We closed our depots.", "No one was hurt."])
def test_a_turn_s_sentence_without_a_figure_is_none(sentence: str) -> None:
    assert turn_claims(sentence, 0, len(sentence)) == []
