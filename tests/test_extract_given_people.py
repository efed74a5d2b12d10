"""A person's name told from a body's by its given name (wave 35h, given_people): the list of given names
(`data/given_names.txt`, read through `vocabulary`) holds no common word and no name of the perturbation benchmark's
pools, and a name a known given name opens reads as a person's only when no head noun, legal form or trade's word
makes it a body's. Each case is a short text written for this test in our own words about invented parties."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.extract.given_people import given_person, opens_on_given_name, post_holder
from claims.extract.portfolio_titles import joins_portfolio
from claims.extract.vocabulary import GIVEN_NAMES, names_no_one
from extract_rows import cued_rows

POOLS = Path(__file__).resolve().parent.parent / "benchmarks" / "perturb_data" / "people.json"


def pool_words() -> set[str]:
    """Every word of every given and family name in the perturbation benchmark's pools, lower case."""
    pools = json.loads(POOLS.read_text(encoding="utf-8"))
    return {word.lower() for key, pool in pools.items() if not key.startswith("_") for part in ("given", "family")
            for name in pool[part] for word in name.replace("-", " ").split()}


def test_the_list_is_large_and_in_many_scripts() -> None:
    assert 1500 <= len(GIVEN_NAMES) <= 3000
    assert {"brenda", "siobhán", "oisín", "gwenllian", "chukwudi", "priyanka", "haruto", "aroha", "mehmet"} <= GIVEN_NAMES


def test_no_name_of_the_perturbation_pools_is_in_the_list() -> None:
    assert sorted(GIVEN_NAMES & pool_words()) == []


def test_no_common_word_is_in_the_list() -> None:
    assert sorted(name for name in GIVEN_NAMES if names_no_one(name)) == []
    assert sorted(GIVEN_NAMES & {"will", "may", "grace", "hope", "mark", "bill", "rose", "faith", "victoria",
                                 "jersey", "chase", "guy", "sky", "said", "van", "jack", "morgan"}) == []


@pytest.mark.parametrize(("name", "expected"), [
    ("Brenda Okafor", True),
    ("Siobhán Ní Bhriain", True),
    ("Jo Roe", True),
    ("Tarnwick Cloud", False),  # no known given name
    ("Brenda", False),  # one word: no full name
    ("Ashley Homes", False),  # a body's head wins
    ("Brenda Okafor Ltd", False),  # a legal form wins
    ("Gemma Harbour Surveyors", False),  # a trade's word wins
    ("Brenda Okafor Foundation", False),
])
def test_given_person(name: str, expected: bool) -> None:
    assert given_person(name) is expected


# writer_bodies (wave 26b) reads a name opening a text before `can confirm` as its writer, a body; a name a known given
# name opens is a person confirming (round 31's defect, marked xfail in tests/test_extract_wave31b_mutants.py until
# wave 35h).
@pytest.mark.parametrize(("text", "expected"), [
    ("Gemma Achterberg can confirm that the ferry will sail on Monday.\n",
     [("Gemma Achterberg", "person", "can confirm that", "the ferry will sail on Monday")]),
    ("Tarnwick Cloud can confirm that the ferry will sail on Monday.\n",
     [("Tarnwick Cloud", "organisation", "can confirm that", "the ferry will sail on Monday")]),
])
def test_a_person_confirming_at_the_opening(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# appositives: `X, the harbour watchdog,` registers X as an inspectorate; a name a known given name opens is a person
# whom the text calls a watchdog (round 32's defect).
@pytest.mark.parametrize(("text", "expected"), [
    ("Boat checks were missed on 12 days, Priyanka Osei, the river watchdog, said.\n",
     [("Priyanka Osei", "person", "said", "Boat checks were missed on 12 days")]),
    ("Boat checks were missed on 12 days, Quarrel Marine, the river watchdog, said.\n",
     [("Quarrel Marine", "inspectorate", "said", "Boat checks were missed on 12 days")]),
])
def test_a_person_called_a_watchdog(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# speakers/name_kinds: a speaker read as a body whose own name ends on a post's word and a known given name with its
# family name (`X EMS Director Jo Roe`, `X Deputy Chief Executive Service Delivery Jo Roe`, `X Director of Operations
# Jo Roe`) is that person, the speaker left as the rules read it; a name with no given name, or a given name with no
# post before it that the text calls a body, keeps its kind.
@pytest.mark.parametrize(("text", "expected"), [
    ("During the closure, ambulances went to Tarrow. Harbour District EMS Director Gemma Achterberg said the wait "
     "rose from 14 minutes to 31 minutes.\n",
     [("Harbour District EMS Director Gemma Achterberg", "person", "said",
       "the wait rose from 14 minutes to 31 minutes")]),
    ("KRL Deputy Chief Executive Service Delivery Aroha Tamihana-Vette says the rise in claims is welcome.\n",
     [("KRL Deputy Chief Executive Service Delivery Aroha Tamihana-Vette", "person", "says",
       "the rise in claims is welcome")]),
    ("FSB Director of Operations Priyanka Oyelaran said:\n\n\"The block has had a waking watch since 12 May.\"\n",
     [("FSB Director of Operations Priyanka Oyelaran", "person", "said",
       "The block has had a waking watch since 12 May.")]),
    ("Harbour District EMS Director Tarnwick Cloud said the wait rose from 14 minutes to 31 minutes.\n",
     [("Harbour District EMS Director Tarnwick Cloud", "organisation", "said",
       "the wait rose from 14 minutes to 31 minutes")]),
    ("The retailer Laura Ashbury said sales rose by 4%.\n",
     [("Laura Ashbury", "organisation", "said", "sales rose by 4%")]),
])
def test_a_post_holder_read_as_a_body(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Harbour District EMS Director Gemma Achterberg", True),
    ("FSB Director of Operations Priyanka Oyelaran", True),
    ("Gemma Achterberg", False),  # no post: the whole name alone is not read here
    ("Harbour District EMS Director Tarnwick Cloud", False),  # no known given name
    ("Director Gemma Achterberg Trust", False),  # a body's head closes the name
    ("Guild of St Mary de Lacy", False),  # a saint's name: a body's, no post
    ("Harbour Director Saint Mary Achterberg", False),
])
def test_post_holder(name: str, expected: bool) -> None:
    assert post_holder(name) is expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Jo Roe", True), ("Jo", True), ("JO ROE", True), ("Tarnwick Cloud", False), ("Fisheries", False), ("", False),
    ("  ", False), ("Jo-Ann Roe", False),
])
def test_opens_on_given_name_at_its_edges(name: str, expected: bool) -> None:
    # wave 68x: the one helper portfolio_titles reads too (its own copy folded in)
    assert opens_on_given_name(name) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the Minister for Farming, Fisheries and the Coast Ruairi Delbeck said", True),
    ("the Minister for Farming, Jo Roe and Ann Holt said", False),
])
def test_a_portfolio_series_reads_the_shared_given_name_test(text: str, expected: bool) -> None:
    before_end = text.index(",")
    assert joins_portfolio(text, text[:before_end], before_end) is expected
