"""A post written alone (`the Minister`) for the one person the text names with it, where the post is named by its
remit before the name (wave 52f): `Minister with responsibility for Information, Sport and Special Projects, Hon. Jo
Roe,`, `Minister responsible for Housing, Jo Roe,`. Each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.speakers.post_holders import holders
from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Minister with responsibility for Information, Broadcasting and Special Projects, Hon. Delroy Marsh-Keane, has "
     "opened a press office at the Harbour Hotel.\n\nThe Minister said the office will employ 14 staff from three "
     "ministries.\n",
     [("Delroy Marsh-Keane", "person", "said", "the office will employ 14 staff from three ministries")]),
    ("Minister responsible for Housing, Delroy Marsh-Keane, has opened a press office.\n\nThe Minister said the "
     "office will employ 14 staff.\n",
     [("Delroy Marsh-Keane", "person", "said", "the office will employ 14 staff")]),
])
def test_a_post_named_by_its_remit_is_its_holder_later(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Minister with responsibility for Information, Broadcasting and Special Projects, Hon. Delroy Marsh-Keane, spoke.",
     {"Delroy Marsh-Keane"}),
    ("Minister for Fisheries, Delroy Marsh-Keane, spoke.", {"Delroy Marsh-Keane"}),
    ("Minister for Fisheries, Delroy Marsh-Keane, Ann Pyle and Tom Harte spoke.", {"Delroy Marsh-Keane"}),
])
def test_holders_of_a_post_with_a_remit(text: str, expected: set[str]) -> None:
    assert holders(text, "minister", ()) == expected
