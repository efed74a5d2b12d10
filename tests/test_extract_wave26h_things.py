"""Headings, labels and things as speakers (wave 26h). Each case is a short text written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text
order; and the shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from claims.extract.attribution.code_speakers import is_code_speaker
from claims.extract.attribution.heading_speakers import is_heading_speaker
from tests.extract_rows import cued_rows


# attribution/heading_speakers: a heading in capitals the prose never writes as a name (`The POINTS OF CONCERN are
# as follows:`, `The FINDINGS OF THE REVIEW are set out below:`) is no party: its rows keep the words, unresolved.
@pytest.mark.parametrize(("text", "expected"), [
    ("REGULATION 28: REPORT TO PREVENT FUTURE DEATHS\n\nI am Ann Holt, assistant coroner for the area of Westmere.\n\n"
     "The POINTS OF CONCERN are as follows:\n\n(1) The footbridge over Carter Road has no handrail on its north ramp. "
     "I heard that two residents had fallen there since 2024.\n\n(2) The lighting on the ramp was reported broken in "
     "March and had not been repaired by the date of the inquest.\n",
     [("POINTS OF CONCERN", "unresolved", "are as follows:",
       "The footbridge over Carter Road has no handrail on its north ramp"),
      ("POINTS OF CONCERN", "unresolved", "are as follows:", "I heard that two residents had fallen there since 2024"),
      ("POINTS OF CONCERN", "unresolved", "are as follows:",
       "The lighting on the ramp was reported broken in March and had not been repaired by the date of the inquest")]),
    ("Report of the review panel\n\nThe FINDINGS OF THE REVIEW are set out below:\n\n• The depot's alarm had been "
     "switched off for eleven days in May.\n\n• Two of the four cameras at the gate did not record at night.\n",
     # the lead-in's words that point down since wave 54g (`below` since 53f, whose passive `are set out` names what is
     # listed, never who lists it)
     [("FINDINGS OF THE REVIEW", "unresolved", "are set out below:",
       "The depot's alarm had been switched off for eleven days in May"),
      ("FINDINGS OF THE REVIEW", "unresolved", "are set out below:",
       "Two of the four cameras at the gate did not record at night")]),
])
def test_a_heading_in_capitals_is_no_party(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire: a body or a person written in capitals (`HARTWELL COUNTY COUNCIL`, `JO ROE`), capitals whose
# words the prose writes as a name (`Brightwater Homes said`), a heading not given as a speaker.
@pytest.mark.parametrize(("text", "expected"), [
    ("HARTWELL COUNTY COUNCIL\n\nPRESS RELEASE\n\nThe council's budget for next year rises by 4%, it said on Monday."
     "\n\nHARTWELL COUNTY COUNCIL said the cut would save 2 million pounds.\n",
     [("Hartwell County Council", "organisation", "said", "The council's budget for next year rises by 4%"),
      ("Hartwell County Council", "organisation", "said", "the cut would save 2 million pounds")]),
    ("STATEMENT FROM JO ROE\n\nJO ROE said the depot had been closed since May.\n",
     [("JO ROE", "organisation", "said", "the depot had been closed since May")]),
    ("BRIGHTWATER HOMES\n\nBrightwater Homes said on Monday that 300 homes would be built by 2028.\n\n"
     "BRIGHTWATER HOMES said sales had risen by 12%.\n",
     [("Brightwater Homes", "organisation", "said on Monday that", "300 homes would be built by 2028"),
      ("Brightwater Homes", "organisation", "said", "sales had risen by 12%")]),
    ("CITY OF ARDEN said that the budget would rise by 3%.\n",
     [("CITY OF ARDEN", "organisation", "said that", "the budget would rise by 3%")]),
    ("NOT TO BE PUBLISHED BEFORE 00.01 ON THURSDAY\n\nThe Harbour Board said on Wednesday that landings of cod had "
     "fallen by 18% in a year.\n",
     [("Harbour Board", "organisation", "said on Wednesday that", "landings of cod had fallen by 18% in a year")]),
])
def test_capitals_that_name_a_party_still_speak(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    ("The MATTERS FOR ACTION are listed below:\n", "MATTERS FOR ACTION", True),
    ("NOT FOR PUBLICATION UNTIL MONDAY\n", "Not For Publication", True),
    ("ACME WATER PLC\n", "Acme Water plc", False),  # a body by its head noun
    ("ANN HOLT\n", "Ann Holt", False),  # a person's name
    ("UNION OF TEXTILE WORKERS\n", "UNION OF TEXTILE WORKERS", False),  # a body by its head first
    ("MATTERS OF CONCERN\n\nThe Concern Trust said so.\n", "MATTERS OF CONCERN", False),  # a word the prose names
    ("Matters of concern were raised.\n", "Matters of concern", False),  # not in capitals
    ("The NHS said so.\n", "NHS", False),  # one word: an acronym
])
def test_is_heading_speaker(text: str, speaker: str, expected: bool) -> None:
    assert is_heading_speaker(text, speaker) is expected


# attribution/code_speakers: a speaker the text writes only with a number right after it (`DEP Form` of `DEP Form 7`,
# `Page C` of `Page C4`) is a code's cut head, no party: its rows keep the words, unresolved.
@pytest.mark.parametrize(("text", "expected"), [
    ("Tallow Lane Shelter paid its director $210,000 last year.\n\nThe return, a DEP Form 7 filed in March, shows "
     "that the shelter's income fell 9% to $4.1 million.\n",
     [("DEP Form", "unresolved", "shows that", "the shelter's income fell 9% to $4.1 million")]),
    ("The return, an IRS Schedule 4 covering 2025, shows that the charity's income fell 9%.\n",
     [("IRS Schedule", "unresolved", "shows that", "the charity's income fell 9%")]),
    ("Correction: A story on Page C4 on Monday about the mill wrongly said it had closed in 1961. It closed in 1958, "
     "the mill's owner, Brack Textiles, said.\n",
     [("Page C", "unresolved", "said", "it had closed in 1961"),
      ("Brack Textiles", "organisation", "said", "It closed in 1958, the mill's owner")]),
])
def test_a_code_before_its_number_is_no_party(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire: a body named with a number by its head noun (`Ardle School District 212`), a name the text also
# writes without a number (`Harbour Radio 96` and `Harbour Radio said`).
@pytest.mark.parametrize(("text", "expected"), [
    ("Ardle School District 212 said on Friday that enrolment had fallen by 6%.\n",
     [("Ardle School District 212", "organisation", "said on Friday that", "enrolment had fallen by 6%")]),
    ("Harbour Radio 96 is the county's busiest station.\n\nHarbour Radio said that 12,000 people had listened to "
     "the debate.\n",
     [("Harbour Radio", "organisation", "said that", "12,000 people had listened to the debate")]),
])
def test_a_name_with_a_number_still_speaks(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    ("Its ward WD3 reported 4 cases.\n", "WD", True),  # a figure glued to the code
    ("See Form 12 and Form 14.\n", "Form", True),
    ("Transit Workers Local 1172 said so.\n", "Transit Workers Local", False),  # a body's head noun
    ("Kelso Council 2026 budget. Kelso Council said so.\n", "Kelso Council", False),
    ("Harbour Radio 96. Harbour Radio said so.\n", "Harbour Radio", False),  # once without a number
    ("Nothing here.\n", "Page D", False),  # not in the text
    ("Motion 4 was carried. Motion 4 notes that fees rose.\n", "Motion 4", False),  # the name holds its number
])
def test_is_code_speaker(text: str, speaker: str, expected: bool) -> None:
    assert is_code_speaker(text, speaker) is expected
