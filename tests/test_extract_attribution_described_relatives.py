"""`claims.extract.attribution.described_relatives`: a party's words in a free relative (`in what the council describes
as the largest programme in a decade`, `what the charity called its biggest rescue`): each case a short text written
for this test about invented parties, and the whole table it gives as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Wendlow Council has published the list of 140 streets it will repave this year, in what it describes as the "
     "largest programme of its kind since 2010.\n",
     [("Wendlow Council", "organisation", "describes as", "the largest programme of its kind since 2010")]),
    ("The Marsh Lane Animal Trust is a charity in Dunmore.\n\n"
     "Volunteers took 40 cats from a house on Friday, in what the charity called the biggest rescue in its history.\n",
     [("Marsh Lane Animal Trust", "organisation", "called", "the biggest rescue in its history")]),
])
def test_a_free_relative_of_describing_is_its_subjects_claim(text: str,
                                                              expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text", [
    "Wendlow Council repaved 140 streets, in what was described as the largest programme since 2010.\n",
    "Wendlow Council has not said what it calls a pothole.\n",
    "Nobody knows what the scheme is called.\n",
])
def test_no_party_describes(text: str) -> None:
    assert cued_rows(text) == []


def test_a_free_relative_as_a_subject_describes_nothing() -> None:
    text = ("Wendlow Council has replied to the audit.\n\n"
            "Much of what the audit describes happened before May, when the current leaders took office.\n")
    assert [row for row in cued_rows(text) if row[2] == "describes"] == []
