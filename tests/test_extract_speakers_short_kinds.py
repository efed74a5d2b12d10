"""A body's letters take the kind its full name has (wave 36d, speakers/short_kinds): a text that names a regulator in
full and then by its letters (`the National Rail Safety Board ... The NRSB said`) means the same inspectorate by both.
Each case is a short text written for this test in our own words about invented parties, and the whole table it must
give as (speaker, speaker_kind, cue, quote) rows; and the shapes where the kind must stay as it was. Only the kind
moves: the speaker is the one the rules read."""
from __future__ import annotations

import pytest

from claims.extract.speakers.short_kinds import full_name_kinds
from extract_rows import cued_rows


# The letters of a body whose full name the text's rows read as an inspectorate, or whose full name shows it examines
# (a board named for the standards it keeps), are that inspectorate.
@pytest.mark.parametrize(("text", "expected"), [
    ("The National Rail Safety Board said 14 trains had been late.\n\nThe NRSB said two drivers were hurt in March.\n",
     [("National Rail Safety Board", "inspectorate", "said", "14 trains had been late"),
      ("NRSB", "inspectorate", "said", "two drivers were hurt in March")]),
    ("After the Coastal Standards Board's (CSB) review, the ferry line cut its timetable.\n\n"
     "The CSB said 40 sailings were cancelled in May.\n",
     [("Coastal Standards Board", "inspectorate", "said", "40 sailings were cancelled in May")]),  # letters after a
    # possessive name are the body's (wave 48d), as `the Coastal Standards Board (CSB)` already was
])
def test_letters_take_the_full_names_kind(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Must not move: the letters of an ordinary company, and letters the text never spells out.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Transport Company said 14 ferries had been late.\n\nThe HTC said two crew were hurt in March.\n",
     [("Harbour Transport Company", "organisation", "said", "14 ferries had been late"),
      ("HTC", "organisation", "said", "two crew were hurt in March")]),
    ("The National Rail Safety Board said 14 trains had been late.\n\nThe GWR said two drivers were hurt in March.\n",
     [("National Rail Safety Board", "inspectorate", "said", "14 trains had been late"),
      ("GWR", "organisation", "said", "two drivers were hurt in March")]),
])
def test_other_letters_keep_their_kind(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "speaker_kinds", "expected"), [
    ("The Federal Mining Commission (FMC) said so. The FMC said so.",
     [("Federal Mining Commission", "inspectorate"), ("FMC", "organisation")], {"FMC": "inspectorate"}),
    ("The Marine Safety Board (MSB) met. The MSB said so.", [("MSB", "organisation")], {"MSB": "inspectorate"}),
    ("The Harbour Transport Company (HTC) met. The HTC said so.", [("HTC", "organisation")], {}),
    ("The Federal Mining Commission (FMC) said so. The FMC said so.",
     [("Federal Mining Commission", "inspectorate"), ("FMC", "person")], {}),  # only a body's row moves
    ("The Federal Mining Commission said so.", [("Federal Mining Commission", "inspectorate")], {}),
    ("", [], {}),
])
def test_full_name_kinds(text: str, speaker_kinds: list[tuple[str, str]], expected: dict[str, str]) -> None:
    assert full_name_kinds(text, speaker_kinds) == expected
