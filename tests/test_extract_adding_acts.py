"""A verb of adding in its sense of putting an amount in (`added 14 electric buses to its fleet`, `adds 20p to a
ticket`, `..., adding 310,000 journeys to the normal count`) is an act, narrated: no cue, no row cut after it, no split
before it (wave 66g). `She added 40 per cent of costs had gone up` still reports: the amount opens a clause with its
verb. Texts written for this test in our own words about invented parties."""
import pytest

from claims.extract.adding_acts import adds_amount
from extract_rows import cued_rows


def test_an_amount_added_to_a_fleet_is_no_cue() -> None:
    text = ("Fennick Buses runs 90 routes in the county.\n\nFennick Buses added 14 electric buses to its fleet in the "
            "spring, the operator said on Tuesday.\n")
    assert cued_rows(text)[-1] == ("Fennick Buses", "organisation", "said",
                                   "Fennick Buses added 14 electric buses to its fleet in the spring")
    # before: Fennick Buses `added` `14 electric buses to its fleet in the spring, the operator said ...`


def test_an_amount_added_after_a_comma_stays_with_its_clause() -> None:
    text = ("Fennick Buses published its annual review on Tuesday.\n\nThe review says the new buses carried 1.2 million "
            "passengers, adding 310,000 journeys to the normal count.\n")
    assert cued_rows(text)[-1] == ("Fennick Buses", "organisation", "says",
                                   "the new buses carried 1.2 million passengers, adding 310,000 journeys to the normal "
                                   "count")


def test_an_amount_that_opens_a_clause_is_still_reported() -> None:
    text = "Councillor Mabel Orrey said the rise was the first in years. She added 40 per cent of costs had gone up.\n"
    assert cued_rows(text)[-1] == ("Mabel Orrey", "person", "added", "40 per cent of costs had gone up")


@pytest.mark.parametrize(("ahead", "adds"), [
    ("added 14 electric buses to its fleet", True),
    ("adds £93.40 a year to a bill.", True),
    ("adding 2,600 to the normal count.", True),
    ("added another 12 staff in May", True),
    ("added a further 300 places, the", True),
    ("added more than 300 homes to the list", True),
    ("adds twelve pages to the report", True),
    ("added 64 amendments before passing the bill", True),
    ("adds £5.20 a month to a bill", True),  # a sum whose second figure follows a point (round 66n)
    ("added a dozen staff to the rota", True),  # a number in words beyond the small ones
    ("added a dozen, the", True),  # the amount's mark stripped
    ("added 300 homes, which were sold", True),  # the verb after the comma is another clause's
    ("added M4 junctions to the plan", False),  # a road's code is no amount
    ("added 300 would go", False),  # the amount's own verb right after it
    ("added 30 families moved.", False),  # the clause's verb its last word, its mark stripped
    ("added 40 a day were turned away", False),  # a one-letter word ends no clause
    ("added 40 per cent of costs had gone up", False),  # a clause of its own: its verb
    ("added 300 jobs would go", False),
    ("added 12 people were arrested", False),
    ("added 20 staff joined in May", False),
    ("added that 14 buses had arrived", False),
    ("added the buses were new", False),  # no amount after the verb
    ("said 14 buses", False),  # not a verb of adding
    ("added", False),
    ("", False),
])
def test_an_amount_with_no_verb_after_it_is_added(ahead: str, adds: bool) -> None:
    assert adds_amount(ahead.split()) == adds


@pytest.mark.parametrize("words", [
    "added 300 homes; prices would rise",  # each mark ends the amount's clause: the next clause's verb is its own
    "added 300 homes: prices would rise",
    "added 300 homes! Prices would rise",
    "added a million trees to the park",  # numbers in words beyond NUMBER_WORDS
    "added half a day to the trip",
    "added about 300 homes to the list",  # a sizing word before the amount
])
def test_an_amount_sized_or_in_words_and_its_clause_ends(words: str) -> None:
    assert adds_amount(words.split()) is True
