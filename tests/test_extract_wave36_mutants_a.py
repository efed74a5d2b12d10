"""Unit cases for wave 36a's extractor parts (what mutation round 36 found unasserted by the wave-36a files): a
yes-or-no question's auxiliary before a name (`question_openers`); every party and sentence is invented, and each
assert is on a whole value: a function's whole return value.

The caches of `claims.extract` are cleared before each case here, as in the wave-35 mutant cases."""
from __future__ import annotations

import pytest

from claims.extract.question_openers import question_opener_end

pytestmark = pytest.mark.usefixtures("cold_extract_caches")

UPDATE = "Update. Does Kelby Council own the bridge?"


@pytest.mark.parametrize("text, start, end, expected", [
    # a run further into a line, after a stop and a space: the space and the stop are read from the run on
    (UPDATE, len("Update. "), len("Update. Does Kelby Council"), len("Update. Does ")),
    # a run of one word that is an auxiliary: the space after the run is not the run's
    ("Has it paid the fine?", 0, len("Has"), 0),
    # a run opening on no auxiliary keeps its start, even in a question
    ("Kelby Council owns the bridge?", 0, len("Kelby Council"), 0),
])
def test_the_question_opener_end_of_a_run(text: str, start: int, end: int, expected: int) -> None:
    assert question_opener_end(text, start, end) == expected
