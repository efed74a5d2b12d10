"""The kind a speaker's own name shows (wave 31e, speakers/name_kinds): a board named for what it regulates, a body
named for investigating, an inquiry, and a name ending in a trade's word. Each case is a short text written for this
test in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote)
rows; and the shapes where the kind must stay as it was. Only the kind moves: the speaker is the one the rules read."""
from __future__ import annotations

import pytest

from claims.extract.speakers.name_kinds import kind_by_name
from extract_rows import cued_rows


# A board whose name says what it regulates (`Fuel Markets Board`, `Marine Safety Board`) is an inspectorate, as a
# commission or an authority of that name is.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Fuel Markets Board said petrol prices rose by 6% in March.\n",
     [("Fuel Markets Board", "inspectorate", "said", "petrol prices rose by 6% in March")]),
    ("The Marine Safety Board found that the ferry crew had not been trained.\n",
     [("Marine Safety Board", "inspectorate", "found that", "the ferry crew had not been trained")]),
])
def test_regulating_board_is_an_inspectorate(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# A body named for investigating (`Marine Accident Investigation Branch`) or an inquiry (`Pellmoor Dam Inquiry`)
# examines what it was set up for: an inspectorate.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Marine Accident Investigation Branch found that the crane had failed.\n",
     [("Marine Accident Investigation Branch", "inspectorate", "found that", "the crane had failed")]),
    ("The Pellmoor Dam Inquiry found that warnings had been ignored.\n",
     [("Pellmoor Dam Inquiry", "inspectorate", "found that", "warnings had been ignored")]),
])
def test_investigating_body_is_an_inspectorate(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# A name read as a person's whose last word is a trade's (`Property Management`, `Surveyors`) is a body.
@pytest.mark.parametrize(("text", "expected"), [
    ("Halden Property Management said rents rose by 4% last year.\n",
     [("Halden Property Management", "organisation", "said", "rents rose by 4% last year")]),
    ("Rents at the flats rose by 4%, Morrow Surveyors said.\n",
     [("Morrow Surveyors", "organisation", "said", "Rents at the flats rose by 4%")]),
    ("Ashford and Vale Property Management said 12 flats stood empty.\n",
     [("Ashford and Vale Property Management", "organisation", "said", "12 flats stood empty")]),
    ("Kelso Haulage said its lorries covered 2m miles last year.\n",
     [("Kelso Haulage", "organisation", "said", "its lorries covered 2m miles last year")]),
])
def test_trade_ending_is_a_body(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# (wave 36d) A body named for the utilities it regulates, the hygiene or the integrity it keeps (`Public Utilities
# Board`, `Food Hygiene Authority`, `Public Integrity Commission`) is an inspectorate.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Tarn Public Utilities Board said power bills rose by 6% in March.\n",
     [("Tarn Public Utilities Board", "inspectorate", "said", "power bills rose by 6% in March")]),
    ("The Westmark Public Utility Commission said water bills rose by 6% in March.\n",
     [("Westmark Public Utility Commission", "inspectorate", "said", "water bills rose by 6% in March")]),
    ("The Coastal Food Hygiene Authority said 12 cafes had been closed.\n",
     [("Coastal Food Hygiene Authority", "inspectorate", "said", "12 cafes had been closed")]),
    ("The Marden Public Integrity Board said two officials had broken the gift rules.\n",
     [("Marden Public Integrity Board", "inspectorate", "said", "two officials had broken the gift rules")]),
])
def test_regulated_remit_is_an_inspectorate(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# (wave 36d) A body's name read as a person's that ends in a word of its line of work or its kind of body no family
# name is (`Packers`, `Lines`, `Connect`, `Festival`, `Co.`) is a body's.
@pytest.mark.parametrize(("text", "expected"), [
    ("Rowan Vale Packers said 40 jobs would go.\n",
     [("Rowan Vale Packers", "organisation", "said", "40 jobs would go")]),
    ("Tamsin Bay Lines said two ferries would be sold.\n",
     [("Tamsin Bay Lines", "organisation", "said", "two ferries would be sold")]),
    ("Corrib Connect said 300 homes had lost broadband.\n",
     [("Corrib Connect", "organisation", "said", "300 homes had lost broadband")]),
    ("Ticket sales rose by 12%, Lanark Lantern Festival said.\n",
     [("Lanark Lantern Festival", "organisation", "said", "Ticket sales rose by 12%")]),
    ("Marlow Stove Co. said 600 heaters had been recalled.\n",
     [("Marlow Stove Co.", "organisation", "said", "600 heaters had been recalled")]),
    ("Alderbank Neighbours said 40 residents had signed the letter.\n",
     [("Alderbank Neighbours", "organisation", "said", "40 residents had signed the letter")]),
    ("Harlow Jet said two flights were cancelled.\n",
     [("Harlow Jet", "organisation", "said", "two flights were cancelled")]),
    ("Brannock Environmental said the site was clean.\n",
     [("Brannock Environmental", "organisation", "said", "the site was clean")]),
])
def test_body_word_ending_is_a_body(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# (wave 36d) A post's or a body's office or branch, its owner's possessive before it (`The Secretary of State's office`,
# `The county coroner's office`, `Unison's Tarnvale police staff branch`), is a body, though the rules read it as a
# person.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Secretary of State's office said in a written reply that 104 of the 105 counties used a drop box.\n",
     [("The Secretary of State's office", "organisation", "said in a written reply that",
       "104 of the 105 counties used a drop box")]),
    ("A hiker died last week. The county medical examiner's office said Thursday that the death was heat-related.\n",
     [("The county medical examiner's office", "organisation", "said Thursday that", "the death was heat-related")]),
    ("Unison's Tarnvale police staff branch said in a statement that 64 jobs had been lost since 2023.\n",
     [("Unison's Tarnvale police staff branch", "organisation", "said in a statement that",
       "64 jobs had been lost since 2023")]),
])
def test_owned_office_is_a_body(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# (wave 47g) A name read as a person's whose first word is a plural noun of people (`Carers`, `Tenants`: the people a
# group is for) is a body's: no given name is such a plural.
@pytest.mark.parametrize(("text", "expected"), [
    ("Carers Lifeline said 300 households had been evicted.\n",
     [("Carers Lifeline", "organisation", "said", "300 households had been evicted")]),
    ("Tenants Lantern said 40 flats in Orvale had no heating.\n",
     [("Tenants Lantern", "organisation", "said", "40 flats in Orvale had no heating")]),
])
def test_people_group_opening_is_a_body(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Must not move: a board that names no regulating work, a council of safety, a bureau whose investigation follows
# `of` (a police body), a person's name.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Board said ship visits rose by 6% in March.\n",
     [("Harbour Board", "organisation", "said", "ship visits rose by 6% in March")]),
    ("The Coastal Road Safety Council said crashes fell by 6% in March.\n",
     [("Coastal Road Safety Council", "organisation", "said", "crashes fell by 6% in March")]),
    ("The State Bureau of Investigation said two men had been arrested.\n",
     [("State Bureau of Investigation", "organisation", "said", "two men had been arrested")]),
    ("Karen Manning said rents rose by 4% last year.\n",
     [("Karen Manning", "person", "said", "rents rose by 4% last year")]),
])
def test_other_names_keep_their_kind(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("Fuel Markets Board", "organisation", "inspectorate"),
    ("Marine Accident Investigation Branch", "organisation", "inspectorate"),
    ("Pellmoor Dam Inquiry", "organisation", "inspectorate"),
    ("Halden Property Management", "person", "organisation"),
    ("Tarrant Solicitors", "person", "organisation"),  # the trades added after the merge, from no one text
    ("Kelso Haulage", "person", "organisation"),
    ("Morven Lettings", "person", "organisation"),
    ("Fuel Markets Board", "unresolved", "unresolved"),  # never a row the rules could not name
    ("Halden Property Management", "unresolved", "unresolved"),
    ("Harbour Board", "organisation", "organisation"),
    ("Board of Inquiry", "organisation", "organisation"),  # its head is the board; the inquiry follows `of`
    ("Management", "person", "person"),  # one word: no name ending in a trade
    ("Jo Management-Roe", "person", "person"),
    ("", "organisation", "organisation"),
    ("The Secretary of State's office", "person", "organisation"),
    ("Jo Roe's office", "organisation", "organisation"),
    ("Jo Office", "person", "person"),  # a capitalised last word: a name, never a unit
    ("the office", "person", "person"),  # no owner before it
    ("Carers Lifeline", "person", "organisation"),  # a plural of people opens it (47g)
    ("Carers", "person", "person"),  # one word: no name a group opens
    ("Karen Carers", "person", "person"),  # a given name opens it
])
def test_kind_by_name(name: str, kind: str, expected: str) -> None:
    assert kind_by_name(name, kind) == expected
