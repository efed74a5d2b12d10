"""Wave 55e (real US and Canadian pages): how a business or health story describes a party before its name or in a
headline. A place abbreviated with its full stops before `-based` (`Providence, R.I.-based Acme`) is no part of the
name; a nationality and a maker's name before a dealer's trade (`Canadian Kestrel dealership Corvane`) describe the
dealer named after them; `posted` reaches its result past a figure and its period (`posted $612 million in second
quarter revenue`); a title-case headline telling a document's findings (`County Health Report Shows Fewer Deaths`)
names no document; an acronym of a disease (`HIV/AIDS`) is no body. Each case is a short text written for this test
in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote)
rows."""
from __future__ import annotations

import pytest

from claims.extract.entities import find_mentions
from claims.extract.name_edges import past_place_description
from claims.extract.trade_descriptors import describes_trade
from tests.extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("The hospital had a breach, a report said.\n\nBoston, Mass.-based Lifespan said its investigation found no "
     "breach. It has not notified patients.\n",
     [("a report", "document", "said", "The hospital had a breach"),
      ("Lifespan", "organisation", "said", "its investigation found no breach"),
      ("Lifespan", "organisation", "said", "It has not notified patients")]),
    ("Providence, R.I.-based Lifespan, which operates the hospital, said its investigation found no breach.\n",
     [("Lifespan", "organisation", "said", "its investigation found no breach")]),
], ids=["state-abbreviation", "two-letter-abbreviation"])
def test_an_abbreviated_place_before_based_is_no_part_of_the_name(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["R.I.-based", "Lifespan"], ["Lifespan"]),
    (["St.", "Louis-based", "Acme", "Inc."], ["Acme", "Inc."]),
    (["Lifespan", "Group"], ["Lifespan", "Group"]),
], ids=["abbreviation", "two-word-place", "no-description"])
def test_past_place_description(words: list[str], expected: list[str]) -> None:
    assert past_place_description(words) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Canadian Kestrel dealership Corvane said revenue rose.\n",
     [("Corvane", "organisation", "said", "revenue rose")]),
    ("Canadian dealer Corvane said revenue rose.\n",
     [("Corvane", "organisation", "said", "revenue rose")]),
    ("Canadian Kestrel dealership Corvane, one of the largest Kestrel dealers, posted CDN $1.7 billion in third "
     "quarter revenue.\n",
     [("Corvane", "organisation", "posted", "posted CDN $1.7 billion in third quarter revenue")]),
    ("German Kestrel dealership Corvane said revenue rose.\n",  # a nationality's adjective only (`german`)
     [("Corvane", "organisation", "said", "revenue rose")]),
], ids=["maker-and-dealership", "dealer", "posted-past-period", "adjective-nationality"])
def test_a_dealer_described_by_nationality_and_maker_speaks(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "run", "expected"), [
    ("Canadian Kestrel dealership Corvane said", "Canadian Kestrel", True),
    ("Swedish Brennholt distributor Falkmann posted", "Swedish Brennholt", True),
    ("Kestrel Holdings dealership Corvane said", "Kestrel Holdings", False),  # no nationality opens it
    ("Canadian Kestrel said", "Canadian Kestrel", False),  # no trade follows
], ids=["dealership", "distributor", "no-nationality", "no-trade"])
def test_describes_trade(text: str, run: str, expected: bool) -> None:
    assert describes_trade(text, run, len(run)) is expected


def test_a_headline_telling_a_reports_findings_names_no_document() -> None:
    text = ("Annual Audit Report Finds Gains In Schools\n\nThe state auditor released its annual review on Monday. "
            "The report shows that test scores rose 4 percent in 2024.\n")
    assert cued_rows(text) == [("the report", "document", "shows that", "test scores rose 4 percent in 2024")]


def test_a_disease_acronym_is_no_body() -> None:
    text = "Deaths from HIV/AIDS fell 18 percent in 2025. MRSA infections fell to 62 cases.\n"
    assert find_mentions(text, 0, len(text)) == []
