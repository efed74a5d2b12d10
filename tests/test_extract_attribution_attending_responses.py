"""A responding verb in its sense of going out to an event (`responded to 611 grass fires`, `responded to a call from a
care home`, `responded to reports of dead fish`) is the crew's act, narrated: no cue, no claim cut after `to` (wave 66g).
A response to someone's words (`responded to the criticism, saying`) still reports. Texts written for this test in our
own words about invented parties."""
import pytest

from claims.extract.attribution.attending_responses import attends_event
from extract_rows import cued_rows

FIGURES = ("New figures from the Pellow Fire Authority show Carnbrook Fire Service responded to 611 grass fires "
           "between June and August.\n")


def test_a_count_of_fires_attended_is_the_figures_claim_not_the_services() -> None:
    assert cued_rows(FIGURES) == [("Pellow Fire Authority", "organisation", "show",
                                   "Carnbrook Fire Service responded to 611 grass fires between June and August")]


def test_a_call_attended_leaves_no_row_cut_after_to() -> None:
    text = "Firefighters from Oldcote responded to a call from a care home at about 3am on Sunday.\n"
    assert cued_rows(text) == []  # before: Firefighters (unresolved) `to a call from a care home ...`


def test_a_response_to_criticism_still_reports() -> None:
    text = ("The Firefighters' Guild says two stations stood empty on 14 nights. The Pellow Fire Authority responded "
            "to the criticism, saying cover had been moved to where it was needed.\n")
    assert cued_rows(text)[-1] == ("Pellow Fire Authority", "organisation", "responded",
                                   "cover had been moved to where it was needed")


@pytest.mark.parametrize(("ahead", "attends"), [
    ("responded to 611 grass fires", True),
    ("responded to more than 300 false alarms", True),
    ("responds to two calls from residents", True),
    ("responded to 88 per cent of its most urgent calls", True),
    ("responded to a call from a care home", True),
    ("responding to the 999 call, crews", True),
    ("responded to reports of dead fish", True),
    ("responded to a report of a man", True),
    ("responded to nine overnight", True),  # a count in words (round 66n)
    ("responded to grass fires.", True),  # the noun's mark stripped
    ("responded to 611.", True),  # three words are enough
    ("responded to emergency calls", True),  # nothing after the noun
    ("responded to emergency calls overnight", True),
    ("responded to calls for help.", True),
    ("responded to the report", False),  # nothing after `report`: someone's words
    ("responded to the reports, of course", False),  # `of` past a comma names no event
    ("responded to calls for", False),
    ("went to 40 fires", False),  # not a responding verb, though `to` follows
    ("responded to the plan from ministers to end 999 calls", False),  # the count past MAX_EVENT_WORD words
    ("responded to the criticism, two days later", False),  # a clause ends before the count
    ("responded to the minister and two of her aides", False),  # `and` ends the search
    ("responded to the report, saying", False),  # the report is someone's words
    ("responded to the report by saying", False),
    ("responded to calls for her resignation", False),  # a demand, answered
    ("responded to calls for service across the city", True),  # a crew asked for
    ("responded to the criticism, saying", False),
    ("responded to Mr Heskey's claim, telling", False),
    ("responded that it had", False),
    ("said 611 fires were", False),  # not a responding verb
    ("responded to", False),
    ("", False),
])
def test_a_count_or_an_events_noun_after_to_is_an_event_attended(ahead: str, attends: bool) -> None:
    assert attends_event(ahead.split()) == attends


@pytest.mark.parametrize(("words", "attends"), [
    ("responded to the first really big grass fires", True),  # the event's noun MAX_EVENT_WORD words after `to`
    ("responded to \u00a340m of requests", True),  # a sum counts
    ("responded to a call for assistance", True),  # a call for a crew
    ("responded to a call for his resignation", False),  # a call for something else is someone's words
    ("responded to suggestions that fires were rising", False),  # `that` opens a clause of words
    ("responded to what the chief says about fires", False),  # so does a speech verb
    ("responded to Mr Heskey\u2019s calls", False),  # a possessive with a curly apostrophe
])
def test_the_event_search_and_its_stops(words: str, attends: bool) -> None:
    assert attends_event(words.split()) is attends
