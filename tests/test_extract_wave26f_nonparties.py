"""Speakers that are no party (wave 26f). Each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order; and
the shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from claims.extract.speakers.town_regions import is_region_form, region_after_town
from tests.extract_rows import cued_rows


# speakers/town_regions: a region set off after a town (`of Wichita, Kan.,`, `in Fresno, Calif.,`, `in Ennis, Co.
# Clare,`) is the town's address; the subject is read as if the town stood alone, never the region.
@pytest.mark.parametrize(("text", "expected"), [
    ("Tessa Marlowe of Salina, Kan., said the ward had been short of staff for months.\n",
     [("Tessa Marlowe", "person", "said", "the ward had been short of staff for months")]),
    ("Tessa Marlowe, a nurse from Topeka, Kans., said the ward had been short of staff for months.\n",
     [("Tessa Marlowe", "person", "said", "the ward had been short of staff for months")]),
    ("An inspection of the firm's warehouse in Fresno, Calif., found that 31 pallets had been stored too high.\n",
     [("An inspection of the firm's warehouse", "document", "found that", "31 pallets had been stored too high")]),
    ("An inspection of the firm's warehouse in Dayton, Ohio, found that 31 pallets had been stored too high.\n",
     [("An inspection of the firm's warehouse", "document", "found that", "31 pallets had been stored too high")]),
    ("An audit of the hospital in Castlebar, Co Mayo, found that 40 patients had waited more than a day.\n",
     [("An audit of the hospital", "document", "found that", "40 patients had waited more than a day")]),
    ("A review of the depot in Kirkwall, Orkney, showed that repairs had been delayed by six months.\n",
     [("A review of the depot", "document", "showed that", "repairs had been delayed by six months")]),
    ("Colm Brady of Ennis, County Clare, told the inquiry that he had warned the council.\n",
     [("Colm Brady", "person", "told the inquiry that", "he had warned the council")]),
])
def test_a_region_after_a_town_never_speaks(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire: a person or a body named after a place or a post's body (`in Leeds, Jo Roe,`, `of Harbridge,
# Ann Cole,`) speaks, as before.
@pytest.mark.parametrize(("text", "expected"), [
    ("A spokesperson at the hospital in Leeds, Jo Roe, said the ward would reopen.\n",
     [("Jo Roe", "person", "said", "the ward would reopen")]),
    ("The chief executive of Harbridge, Ann Cole, said profits had doubled.\n",
     [("Ann Cole", "person", "said", "profits had doubled")]),
    ("Tessa Marlowe of Salina said the ward had been short of staff for months.\n",
     [("Tessa Marlowe", "person", "said", "the ward had been short of staff for months")]),
    ("Dividends will resume with the results in March, Hallwick said.\n",
     [("Hallwick", "organisation", "said", "Dividends will resume with the results in March")]),
    ("Sales rose by 4% at its store in Leeds, Brantwood said.\n",
     [("Brantwood", "organisation", "said", "Sales rose by 4% at its store in Leeds")]),
    ("Sales rose by 4% at its store in Dayton, Ohio, Brantwood said.\n",
     [("Brantwood", "organisation", "said", "Sales rose by 4% at its store in Dayton, Ohio")]),
])
def test_a_party_after_a_place_still_speaks(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("clause", "before", "expected"), [
    ("Kan.", "Jo Roe of Wichita", True),
    ("Co. Clare", "the depot in Ennis", True),
    ("West Yorkshire", "a school in Batley", True),
    ("NM", "staff in Taos", True),
    ("Orkney", "the depot in Kirkwall", True),
    ("Orkney", "the manager of Kirkwall", False),  # `of` joins a post to its body: only a region's written form
    ("Jo Roe", "the hospital in Leeds", False),
    ("Ann Cole", "The chief executive of Harbridge", False),
    ("Kan.", "Jo Roe said", False),  # no town before it
])
def test_region_after_town(clause: str, before: str, expected: bool) -> None:
    assert region_after_town(clause, before) is expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("Calif.", True), ("New Mexico", True), ("TX", True), ("County Kerry", True), ("Lancashire", True),
    ("Tx", False), ("Acme Water", False), ("Shire", False), ("Jo Roe", False),
])
def test_is_region_form(clause: str, expected: bool) -> None:
    assert is_region_form(clause) is expected


# attribution/plural_noun_cues: a cue word in `-s` after a capitalised modifier heads a noun phrase when a list goes on
# after its comma (`through DVLA records, garage invoices and ...`) or a verb follows its modifier (`Tenancy rates
# across the county have fallen`): the modifier names what the records or rates are of, never a party.
@pytest.mark.parametrize(("text", "expected"), [
    ("Inspectors traced the vans' histories through DVLA records, garage invoices and auction paperwork.\n", []),
    ("Tenancy rates across the county have fallen in each of the past six months, the Housing Board said.\n",
     [("Housing Board", "organisation", "said",
       "Tenancy rates across the county have fallen in each of the past six months")]),
    ("Officers checked Land Registry records, sale notices or bank statements for every flat.\n", []),
])
def test_a_plural_noun_after_a_name_is_no_cue(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire: the same words as a verb (an aside after the comma, `that` before any verb, an object after it).
@pytest.mark.parametrize(("text", "expected"), [
    ("Ferncourt Homes reports, however, that 40 sales fell through last year.\n",
     [("Ferncourt Homes", "organisation", "reports", "40 sales fell through last year")]),
    ("Chief Inspector Jo Roe states in the report that overcrowding is the greatest risk.\n",
     [("Jo Roe", "person", "states in the report that", "overcrowding is the greatest risk")]),
    ("Harbury Council reports that 40 homes were flooded.\n",
     [("Harbury Council", "organisation", "reports that", "40 homes were flooded")]),
    ("Kestrel Water records, in its annual accounts, that leaks fell by 12%.\n",
     [("Kestrel Water", "organisation", "records", "in its annual accounts, that leaks fell by 12%")]),
])
def test_the_same_words_as_a_cue(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
