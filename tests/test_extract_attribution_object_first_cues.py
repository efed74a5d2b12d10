"""A cue word whose verb takes its object straight after it is a plural noun when a link word or a
stop follows it: no one rates anything and no claim follows it (wave 58d). The verb before its object still reports.
Texts written for this test in our own words about invented parties."""
import pytest

from claims.extract.attribution.object_first_cues import object_first_noun
from extract_rows import rows

RATES_TABLE = ("The Fairwater Ratepayers' League today published its yearly table of council charges.\n\n"
               "Dunmore District Council ranks highest for residential rates at $3,410 with Kelby District Council "
               "a close second. In Orrin Valley, rates and charges have gone up by 6 per cent.\n")


def test_council_rates_are_a_noun_not_a_cue() -> None:
    assert rows(RATES_TABLE) == []  # before: Dunmore District Council (inspectorate) and Orrin Valley (person) rated


def test_a_judge_that_rates_a_thing_still_speaks() -> None:
    text = "The Tarn Care Inspectorate rates the Elmfield home inadequate for safety.\n"
    assert rows(text) == [("Tarn Care Inspectorate", "inspectorate", "rates the Elmfield home inadequate for safety")]


@pytest.mark.parametrize(("ahead", "noun"), [
    ("rates at $3,410 with", True),
    ("rates and charges have", True),
    ("rates in thirteen months", True),
    ("rates, or have usage", True),
    ("rates, which rose", True),  # the stop alone
    ("rates", False),  # nothing after it
    ("rates the home inadequate", False),  # the verb, its object next
    ("rates services as outstanding", False),
    ("reports in its review that", False),  # not a verb that takes its object first
    ("", False),
])
def test_a_link_word_or_a_stop_after_the_word_makes_it_a_noun(ahead: str, noun: bool) -> None:
    assert object_first_noun(ahead.split()) == noun
