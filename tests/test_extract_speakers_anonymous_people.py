"""speakers/anonymous_people: a person described without a name who asks not to be named (`A nurse at one
hospital, who asked not to be named, said`) speaks in the text's words, as a person, and is whom a `he` or `she`
right after means, never the spokesperson's body or the person who spoke before (wave 34d; seen in p1082, p1191,
p1319, p1334, p1162)."""
from __future__ import annotations

import pytest

from claims.extract.speakers.anonymous_people import anonymous_description
from claims.extract.table import extract_text

COLUMNS = ["speaker", "speaker_kind", "cue"]


@pytest.mark.parametrize(("words", "opening", "expected"), [
    ("A porter at one Dunmere hospital, ", True, "A porter at one Dunmere hospital"),
    ("An officer at the Tarn Valley Licensing Board (TVLB), ", True, "An officer at the Tarn Valley Licensing Board"),
    ("Among those moved is a retired welder ", False, "a retired welder"),
    ("Among those moved is a retired welder ", True, None),  # a subject opens on its description
    ("One grower in Hallow, a father of three ", True, None),  # set off by commas: a name or an apposition may speak
    ("The vet ", True, None),  # no indefinite description
    ("Jo Roe, a porter ", False, None),
    ("The son of one tenant ", False, None),  # after a preposition: not the speaker's description
    ("A spokesman for one of Ardley's rivals, ", True, None),  # a body's voice: `voices` reads it
])
def test_the_description_before_the_relative_clause(words: str, opening: bool, expected: str | None) -> None:
    assert anonymous_description(words, 0, len(words), opening) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A spokeswoman for the Ferrow Department of Health said waiting times had fallen.\n\n"
     "A porter at one Dunmere hospital, who asked not to be named, said his ward had lost four staff. "
     '"We cover two floors each," he said.\n',
     [["Ferrow Department of Health", "organisation", "said"],
      ["A porter at one Dunmere hospital", "person", "said"],
      ["A porter at one Dunmere hospital", "person", "said"]]),
    ("Tom Ashby, the depot's manager, said 40 lorries had been sold.\n\n"
     "An officer at the Tarn Valley Licensing Board (TVLB), who asked not to be named because she was not "
     "authorised to speak, said 12 licences had been refused. The board had received 90 applications, she said.\n",
     [["Tom Ashby", "person", "said"],
      ["An officer at the Tarn Valley Licensing Board", "person", "said"],
      ["An officer at the Tarn Valley Licensing Board", "person", "said"]]),
    ("A spokesman for the Harle Ports Agency said the quay would reopen in May.\n\n"
     "Among those moved is a retired welder who lived on the quay for 30 years and asked not to be named. "
     "He said his rent had doubled since March.\n",
     [["Harle Ports Agency", "organisation", "said"], ["a retired welder", "person", "said"]]),
])
def test_he_or_she_after_an_anonymous_person_is_that_person(text: str, expected: list[list[str]]) -> None:
    assert extract_text(text)[COLUMNS].values.tolist() == expected


def test_a_person_named_since_takes_the_pronoun() -> None:
    text = ("A porter at one Dunmere hospital, who asked not to be named, said his ward had lost four staff.\n\n"
            "The hospital's director, Tim Ash, disagreed. He said the ward had two new posts.\n")
    assert extract_text(text)[COLUMNS].values.tolist()[-1] == ["Tim Ash", "person", "said"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Rana Bhatt, the board's chair, said fees had risen.\n\n"
     "An official of the state Department of Ports, who did not wish to be named, said the fees were set by law.\n",
     [["Rana Bhatt", "person", "said"],
      ["An official of the state Department of Ports", "person", "said"]]),
    ("Owen Lund, secretary of the Kansas Department of Transportation (KDOT), said the delays were caused by "
     "utility lines.\n\n"
     "A KDOT official familiar with the project, who was not authorized to speak publicly, told reporters that "
     "the agency was reviewing the contract.\n",
     [["Owen Lund", "person", "said"],
      ["A KDOT official familiar with the project", "person", "told reporters that"]]),
])
def test_an_official_who_did_not_wish_to_be_named_speaks_as_described(text: str, expected: list[list[str]]) -> None:
    """Wave 53b (p1260, p416): `who did not wish to be named`, `who was not authorized to speak publicly` are
    anonymity phrases too; the official speaks, never the body in the description."""
    assert extract_text(text)[COLUMNS].values.tolist() == expected
