"""Missed claims traced by mechanism (wave 46c). Each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order; and the
shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from tests.extract_rows import rows


# attribution/patterns: a title written short with its full stop (`Sgt.`, `Lt.`, `Capt.`, `Det. Insp.`) is part of the
# source an `according to` or an inverted `said` names; its stop ends neither the name nor the sentence.
@pytest.mark.parametrize(("text", "expected"), [
    ("Crash at the ford\n\nTwo riders were hurt near the ford on Sunday, according to Capt. Wynn Tobar, a fire service "
     "spokesman.\n",
     [("Wynn Tobar", "person", "Two riders were hurt near the ford on Sunday")]),
    ("Ferry fares\n\nFares on the night ferry will rise by 4% in May, said Det. Insp. Orla Quent of the harbour "
     "police.\n",
     [("Orla Quent", "person", "Fares on the night ferry will rise by 4% in May")]),
    ("The Millbrook Police Department is looking into a break-in at the depot, according to Lt. Sam Okafor-Reyes.\n",
     [("Sam Okafor-Reyes", "person", "The Millbrook Police Department is looking into a break-in at the depot")]),
])
def test_a_dotted_title_inside_a_source(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# perfect_auxiliaries: a day word between the subject and the act's verb (`X today reported`, `has today confirmed`)
# belongs to the act's row, as a perfect's auxiliary does.
@pytest.mark.parametrize(("text", "expected"), [
    ("Second-quarter results\n\nBrackwater Forms Inc. today reported net sales of $41.2 million for its second "
     "quarter.\n",
     [("Brackwater Forms Inc.", "organisation", "today reported net sales of $41.2 million for its second quarter")]),
    ("The Orrin Valley Water Board yesterday announced a 6% cut in standing charges for all homes.\n",
     [("Orrin Valley Water Board", "organisation", "yesterday announced a 6% cut in standing charges for all homes")]),
    ("Tessaly Foods has today confirmed the closure of its bakery in Dunmere.\n",
     [("Tessaly Foods", "organisation", "has today confirmed the closure of its bakery in Dunmere")]),
])
def test_a_day_word_before_the_act(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# descriptions/speakers.documents: a weekday after a participle of publishing says when a document came out, as `on
# Monday` does (`the college's data released Tuesday`): the document's name ends before it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Intake at Orrin College\n\nOrrin College opened its new hall in May.\n\nThe first-year class is the smallest in a "
     "decade, according to the college’s admissions data released Tuesday.\n",
     [("Orrin College", "organisation", "The first-year class is the smallest in a decade")]),
    ("Waits\n\nWaiting lists grew by 9% in a year, according to the health board's figures published Monday.\n",
     [("the health board", "unresolved", "Waiting lists grew by 9% in a year")]),
    ("Ferries\n\nThe Dunmere Ferry Company runs six boats.\n\nNight sailings were cut by a third, according to the "
     "company’s timetable review issued Friday.\n",
     [("Dunmere Ferry Company", "organisation", "Night sailings were cut by a third")]),
])
def test_a_weekday_after_a_published_document(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# speakers/regions, data/informant_nouns: a report's unnamed informants (`two sources at the depot`, `sources within
# the council`, `a source close to the club`) speak in the words that describe them, never as the body they are in.
@pytest.mark.parametrize(("text", "expected"), [
    ("Depot\n\nTwo sources at the Kelvarn bus depot said three drivers had been suspended.\n",
     [("Two sources at the Kelvarn bus depot", "unresolved", "three drivers had been suspended")]),
    ("Budget\n\nSources within Orrin County Council said the library budget would fall by a fifth.\n",
     [("Sources within Orrin County Council", "unresolved", "the library budget would fall by a fifth")]),
    ("Transfer\n\nA source close to Dunmere Rovers said the striker had signed a two-year deal.\n",
     [("A source close to Dunmere Rovers", "unresolved", "the striker had signed a two-year deal")]),
])
def test_unnamed_informants(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# It must not fire: a thing called a source, with a determiner of one owner, is no informant.
def test_the_sources_of_a_thing_are_no_informants() -> None:
    assert rows("Leak\n\nThe sources of the leak said nothing about the pumps.\n") == []


# release.FIGURE_RE: an age (`a 19-year-old man`) is a checkable figure, so a case report's cue-less sentence that gives
# it goes on in the voice of the body that announced the case, as a count does.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Orrin County Health Department (OCHD) announces an additional case of measles in Orrin County. The "
     "individual is a 19-year-old male.\n",
     [("Orrin County Health Department", "organisation", "announces an additional case of measles in Orrin County"),
      ("Orrin County Health Department", "organisation", "The individual is a 19-year-old male")]),
    ("Tessaly Harbour Police reported a fall from the east pier on Sunday. The injured swimmer was a 62-year-old "
     "woman from Dunmere.\n",
     [("Tessaly Harbour Police", "organisation", "reported a fall from the east pier on Sunday"),
      ("Tessaly Harbour Police", "organisation", "The injured swimmer was a 62-year-old woman from Dunmere")]),
])
def test_an_age_goes_on_in_the_announcing_voice(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# It must not fire: a sentence with no figure after the announcement stays the writer's.
def test_a_sentence_without_an_age_stays_the_writers() -> None:
    assert rows("The Orrin County Health Department (OCHD) announces an additional case of measles in Orrin County. "
                "The individual is recovering at home.\n") == [
        ("Orrin County Health Department", "organisation", "announces an additional case of measles in Orrin County")]
