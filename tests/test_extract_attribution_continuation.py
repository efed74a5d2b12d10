"""Paragraphs that continue a speaker (attribution/continuation): a cue-less paragraph split into items continues a
body's single claim as a list, unless the split cut a participle's aside from its subject (wave 37c: `The review,
commissioned by X in 2023 and carried out by Y, examined 1,870 files held by X and its parishes.` is the writer's
account of the review, no list of Y's). Each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
from __future__ import annotations

import pytest

from extract_rows import rows

LEAD = ("The Bishop of Wexley has apologised after an independent review found that the diocese failed to act on "
        "warnings.\n\n")
LEAD_ROW = ("Marsh Review Partners", "organisation", "the diocese failed to act on warnings")


@pytest.mark.parametrize("participle", ["carried out", "conducted"])
def test_a_paragraph_with_a_participles_aside_continues_no_list(participle: str) -> None:
    text = (LEAD + f"The review, commissioned by the diocese in 2023 and {participle} by the safeguarding consultancy "
            "Marsh Review Partners, examined 1,870 files held by the diocese and its 96 parishes. It is published in "
            "full today.\n")
    assert rows(text) == [LEAD_ROW]


def test_a_list_of_items_still_continues_the_body() -> None:
    text = ("The Harlow Canal Trust said it had repaired 14 locks this year.\n\n"
            "It also dredged the Upper Reach, rebuilt the Mill Lane towpath and replaced 40 lock gates.\n")
    assert rows(text) == [
        ("Harlow Canal Trust", "organisation", "it had repaired 14 locks this year"),
        ("Harlow Canal Trust", "organisation", "It also dredged the Upper Reach"),
        ("Harlow Canal Trust", "organisation", "rebuilt the Mill Lane towpath"),
        ("Harlow Canal Trust", "organisation", "replaced 40 lock gates")]
