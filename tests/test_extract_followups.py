"""A quotation that goes on from reported speech (`claims.extract.followups`)."""
from __future__ import annotations

import pytest

from claims.extract.followups import follows_report
from claims.extract.text import find_speech, split_blocks

TEXT = "Jo Roe said the firm had ignored warnings.\n\"It left 1,900 homes without heat.\"\nIt said \"no\" then."


def _follows(paragraph: int, cue: str) -> bool:
    """Whether paragraph `paragraph` of TEXT goes on from a report whose cue is `cue`."""
    block = split_blocks(TEXT)[paragraph]
    return follows_report(block, find_speech(TEXT, block), cue)


@pytest.mark.parametrize("paragraph, cue, expected", [
    (1, "said", True),
    (1, "Told reporters", True),      # the cue's first word, in any case
    (1, "found", False),              # a finding is not speech to go on from
    (1, "", False),                   # no cue
    (1, "   ", False),
    (2, "said", False),               # the quotation does not open the paragraph
    (0, "said", False),               # no quotation at all
])
def test_follows_report(paragraph: int, cue: str, expected: bool) -> None:
    assert _follows(paragraph, cue) is expected
