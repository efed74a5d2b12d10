"""Unresolved speakers and words read as parties (wave 29c). Each case is a short text written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text
order; and the shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# datelines: a place in capitals and a dash alone opening a news lead (`MINNEAPOLIS - `), with no region or date after a
# comma, is the place the text was filed from: never the body that `the company` or `The company` then means, and no
# part of the claim.
@pytest.mark.parametrize(("text", "expected"), [
    ("WESTBURY - Brightmoor Bakeries Ltd. will close 12 of its 90 shops by March, the company said Thursday.\n",
     [("Brightmoor Bakeries Ltd.", "organisation", "said", "Brightmoor Bakeries Ltd. will close 12 of its 90 shops by March")]),
    ("SANTA ROSA - Marlow Creek Farms will cut 40 jobs at its packing plant, the company said on Monday.\n",
     [("Marlow Creek Farms", "organisation", "said", "Marlow Creek Farms will cut 40 jobs at its packing plant")]),
    ("SANTA ROSA - Marlow Creek Farms will cut 40 jobs at its packing plant. The company said the plant had lost money.\n",
     [("Marlow Creek Farms", "organisation", "said", "the plant had lost money")]),
    ("EASTBRIDGE (Valley Wire) - Tallowfield Mills will shut its dye works, the company said on Friday.\n",
     [("Tallowfield Mills", "organisation", "said", "Tallowfield Mills will shut its dye works")]),
])
def test_place_in_capitals_before_a_dash_never_speaks(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a release's header (`PRESS RELEASE - X`), a live page's label (`RESULT - `) and a body's name in
# capitals before a dash (`ACME FOOTBALL CLUB - `) are no datelines; they read as before.
@pytest.mark.parametrize(("text", "expected"), [
    ("PRESS RELEASE - Tarnside Trust\nTarnside Trust said it had planted 4,000 trees this winter.\n",
     [("Tarnside Trust", "organisation", "said", "it had planted 4,000 trees this winter")]),
    ("RESULT - Oakfield Central: Labour hold. Turnout was 31%, the returning officer said.\n",
     [("the returning officer", "person", "said", "Turnout was 31%")]),
    ("HOLLOWAY TOWN FOOTBALL CLUB - The club said season tickets would rise by 6%.\n",
     [("Holloway Town Football Club", "organisation", "said", "season tickets would rise by 6%")]),
])
def test_header_in_capitals_is_no_dateline(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# speakers/investigator_bodies: bare `Investigators` before a cue are the people of the investigation the text reports:
# the first body to speak in the text, when that body investigates in its own name (an accident branch or board, a
# commission, an office, a police force) or is read as an inspectorate.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Marine Accident Board said on Tuesday that the ferry had lost power twice.\n\n"
     "Investigators found that a fuel filter had clogged.\n",
     [("Marine Accident Board", "inspectorate", "said on Tuesday that", "the ferry had lost power twice"),
      ("Marine Accident Board", "inspectorate", "found that", "a fuel filter had clogged")]),
    ("The Standards Commission said it had fined the Valley Party £12,000.\n\n"
     "Investigators also found that the party had filed two reports late.\n",
     [("Standards Commission", "inspectorate", "said", "it had fined the Valley Party £12,000"),
      ("Standards Commission", "inspectorate", "found that", "the party had filed two reports late")]),
])
def test_investigators_are_the_investigating_body_that_spoke_first(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a company or a council that speaks first (the party investigated, or another body than the
# investigators'), no body that spoke, and investigators whose body the sentence names: read as before.
@pytest.mark.parametrize(("text", "expected"), [
    ("Brackwater Foods said it was cooperating fully.\n\nInvestigators found that the freezer had failed twice.\n",
     [("Brackwater Foods", "organisation", "said", "it was cooperating fully"),
      ("Investigators", "unresolved", "found that", "the freezer had failed twice")]),
    ("Eastfold Council said the road would stay shut.\n\nInvestigators said the crash happened at 40mph.\n",
     [("Eastfold Council", "organisation", "said", "the road would stay shut"),
      ("Investigators", "unresolved", "said", "the crash happened at 40mph")]),
    ("Investigators found that the freezer had failed twice.\n",
     [("Investigators", "unresolved", "found that", "the freezer had failed twice")]),
    ("The Marine Accident Board said the ferry had lost power twice.\n\n"
     "Investigators from the Kelmoor Fire Service said the blaze began in a kitchen.\n",
     [("Marine Accident Board", "inspectorate", "said", "the ferry had lost power twice"),
      ("Kelmoor Fire Service", "organisation", "said", "the blaze began in a kitchen")]),
])
def test_investigators_of_no_investigating_body_are_left(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
