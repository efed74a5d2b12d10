"""A body's name after `The`, written twice, is never a report's title (wave 68k, speakers/file_titles), and a
document its letters own is that body's (`The KCA's report`, speakers/documents). Each case is a short text written
for this test in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind,
cue, quote) rows, in text order."""
from __future__ import annotations

import pytest

from tests.extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Water cuts hit Velmouth South\n\nThe City of Velmouth says crews are working through the night.\n\nAbout "
     "6,000 homes have been without water since Monday.\n\nThe City of Velmouth says crews are working through the "
     "night.\n",
     [("City of Velmouth", "organisation", "says", "crews are working through the night"),
      ("City of Velmouth", "organisation", "says", "crews are working through the night")]),
    ("Strike vote at the docks\n\nThe Harbour and Estuary Workers' Guild says 40 members have been moved.\n\nThe "
     "Harbour and Estuary Workers' Guild (HEWG) also says overtime will be paid at double time.\n",
     [("Harbour and Estuary Workers' Guild", "organisation", "says", "40 members have been moved"),
      ("Harbour and Estuary Workers' Guild", "organisation", "says", "overtime will be paid at double time")]),
    ("Rising Tides on the Coast\n\nRising Tides on the Coast (pdf) has today found that 300 homes are at risk.\n",
     [("Rising Tides on the Coast", "document", "found that", "300 homes are at risk")]),
])
def test_titled_body_rows(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
