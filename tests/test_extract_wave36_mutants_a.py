"""Unit cases for wave 36a's extractor parts (what mutation round 36 found unasserted by the wave-36a files): a
yes-or-no question's auxiliary before a name (`question_openers`) and a foreword's heading, extent and lead-in
(`attribution.forewords`); every party and sentence is invented, and each
assert is on a whole value: a function's whole return value.

The caches of `claims.extract` are cleared before each case here, as in the wave-35 mutant cases."""
from __future__ import annotations

import pytest

from claims.extract.attribution.forewords import foreword_signers, is_foreword_heading, signer_lead_in
from claims.extract.attribution.records import Attribution
from claims.extract.question_openers import question_opener_end
from claims.extract.text import split_blocks

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


LONG = "A message from the Chair and the Chief Executive of the Orchard Vale Rowing Club Ltd"


@pytest.mark.parametrize("text, expected", [
    ("Chair's foreword\n\nIt was a good year.\n", [True, False]),
    ("- Chair's foreword\n\nIt was a good year.\n", [False, False]),  # a bullet is no heading
    (LONG + "\n", [False]),  # longer than a heading's 80 characters
    (LONG[:80] + "\n", [True]),  # 80 characters exactly
    ("A message from the Chair.\n\nIt was a good year\n", [False, False]),  # a closing stop
    ("Foreword to Project X\n", [True]),  # a heading ending on a capital X
    ("Safety\n\nOur foreword follows\n", [False, True]),  # the foreword word is the next block's
])
def test_is_foreword_heading(text: str, expected: list[bool]) -> None:
    assert [is_foreword_heading(text, block) for block in split_blocks(text)] == expected


LEAD_IN = "Highlights of the season included:\n\nShe said the boats were new.\n"
"""A cue-less lead-in, and a cue in the block after it."""
SPANS = ((40, 60),)


@pytest.mark.parametrize("final, expected", [
    (Attribution("Orchard Vale", "organisation", "", SPANS, colon=True, lines=True),
     Attribution("Imelda Shaw", "person", "", SPANS, colon=True, lines=True)),
    (Attribution("Orchard Vale", "organisation", "", SPANS, colon=False, lines=True),
     Attribution("Orchard Vale", "organisation", "", SPANS, colon=False, lines=True)),  # no lead-in
    (Attribution("Bo Marsh", "person", "", SPANS, colon=True),
     Attribution("Bo Marsh", "person", "", SPANS, colon=True)),  # a person keeps the lead-in
])
def test_a_foreword_lead_in_goes_to_its_signer(final: Attribution, expected: Attribution) -> None:
    block = split_blocks(LEAD_IN)[0]
    assert signer_lead_in(LEAD_IN, block, final, "Imelda Shaw") == expected


TWO_FOREWORDS = """Chair's foreword

We coached 400 rowers this year.

Imelda Shaw
Chair

Message from the Chief Executive

We won 12 regattas.

Bo Marsh
Chief Executive
"""

UNHEADED_SECOND = """Chair's foreword

We coached 400 rowers this year.

Imelda Shaw
Chair

Our boats cost £9,000 to mend.

Bo Marsh
Treasurer
"""

EMPTY_SECOND = """Chair's foreword

We coached 400 rowers this year.

Message from the Chief Executive

Bo Marsh
Chief Executive
"""


@pytest.mark.parametrize("text, expected", [
    (EMPTY_SECOND, {}),  # the nearest heading is the one straight above the sign-off: nothing between them
    (TWO_FOREWORDS, {1: "Imelda Shaw", 5: "Bo Marsh"}),  # a second foreword under the first one's sign-off
    (UNHEADED_SECOND, {1: "Imelda Shaw"}),  # a second sign-off with no heading of its own
])
def test_the_foreword_signers_of_a_text_opening_on_its_heading(text: str, expected: dict[int, str]) -> None:
    assert {index: mention.name for index, mention in foreword_signers(text, split_blocks(text)).items()} == expected
