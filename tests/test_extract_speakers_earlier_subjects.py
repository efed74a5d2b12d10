"""An `It` that opens a sentence a little after the body a sentence opened on (wave 68k, speakers/earlier_subjects,
attribution/opening_references). Each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order."""
from __future__ import annotations

import pytest

from claims.extract.speakers.earlier_subjects import it_opens_soon
from tests.extract_rows import cued_rows


# A subject set off after a short lead-in (`But despite those meetings, the board has`, `In 2024, the board`), then
# `It says`: the board.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Varrow Seed Board has been criticised by growers for its slow approval of new varieties.\n\nThe board "
     "has met monthly since 2018. But despite those meetings, the board has approved only two new varieties. It "
     "says 41 applications are still being assessed.\n",
     [("Varrow Seed Board", "organisation", "says", "41 applications are still being assessed")]),
    ("The Varrow Seed Board has been criticised by growers for its slow approval of new varieties.\n\nIn 2024, the "
     "board approved only two new varieties. It says 41 applications are still being assessed.\n",
     [("Varrow Seed Board", "organisation", "says", "41 applications are still being assessed")]),
])
def test_earlier_subject_rows(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# The sentences read ahead for an `It`: up to three, in this paragraph or the next; never two paragraphs on; `In a
# statement, it said` opens on `it` as well.
@pytest.mark.parametrize(("text", "expected"), [
    (" It said so.", True),
    (" Two sites are full. It said so.", True),
    (" Two sites are full.\n\nIt said so.", True),
    (" Two sites are full. In a statement, it said so.", True),
    (" Two sites are full.\n\nA third is not.\n\nIt said so.", False),
    (" Two sites are full. A third is not. A fourth is shut. It said so.", False),
    (" Two sites are full. Its owner said so.", False),
    (" Two sites are full. Italy said so.", False),
])
def test_it_opens_soon(text: str, expected: bool) -> None:
    assert it_opens_soon(text, 0) is expected
