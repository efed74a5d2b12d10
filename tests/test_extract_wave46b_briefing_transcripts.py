"""A briefing's one labelled turn (transcript.is_transcript, wave 46b): a page headed as a transcript or a briefing
(`Transcript of the Weekly Media Briefing ...`, `Press Briefing by the Press Secretary`) may give only the official's
opening remarks, one paragraph opening `Name, Post:`; that one label makes it a transcript, and the turn's sentences of
figures are the official's. Without such a heading, one label stays a paragraph like any other. Texts written for this
test in our own words about invented parties."""
import pytest

from extract_rows import cued_rows

_TURN = ("Rohan Mehra, Official Spokesperson: Good afternoon and welcome. The regional summit will be held on 4 June in "
         "Pune. The Prime Minister of Norland will make a state visit from 5 to 7 June.\n")
_SAID = [("Rohan Mehra", "person", "transcript", "The regional summit will be held on 4 June in Pune"),
         ("Rohan Mehra", "person", "transcript", "The Prime Minister of Norland will make a state visit from 5 to 7 June")]


@pytest.mark.parametrize("heading", [
    "Transcript of Weekly Media Briefing by the Official Spokesperson (March 10, 2031)",
    "Press Briefing by the Spokesperson of the Foreign Office",
    "Media Centre\n\nTRANSCRIPT OF THE MONTHLY NEWS CONFERENCE\n\nMarch 11, 2031",
])
def test_one_labelled_turn_under_a_transcript_heading_is_the_official_s(heading: str) -> None:
    assert cued_rows(heading + "\n\n" + _TURN) == _SAID


def test_one_labelled_turn_under_another_heading_is_no_transcript() -> None:
    assert cued_rows("Summit dates set\n\n" + _TURN) == []
