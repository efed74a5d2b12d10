"""A parliament's or government's own paper (`claims.extract.attribution.official_papers`, wave 35e): a written
statement's `Made by: X` field or a written answer's `Answered on <date> by X` line names whose words the paper is;
each cue-less sentence of the statement or answer is that person's claim, with or without a figure, never the asker's,
and never a sentence that only speaks of the chamber or of the paper itself."""
from __future__ import annotations

import pytest

from claims.extract.attribution import official_papers
from claims.extract.entities import Mention
from claims.extract.text import split_blocks
from tests.extract_rows import rows

ANSWER = ("Written questions and answers\n\nFerry Services: Islands\n\n"
          "Question for Department for Island Transport\nUIN 7731, tabled on 2 March 2027\n\n"
          "Asked by Corin Haldane (Skerrow North)\n\n"
          "To ask the Secretary of State for Island Transport, how many sailings to Tarsay were cancelled in 2026; "
          "and what steps she is taking to improve reliability.\n\n"
          "Answered on 9 March 2027 by Lorna Vesey, Minister of State (Island Transport)\n\n"
          "Operators cancelled 412 sailings to Tarsay in 2026, compared with 288 in 2025.\n\n"
          "A second relief vessel has been chartered for the winter timetable. "
          "No island should be left without a crossing for more than two days.\n\n"
          "The sailings cancelled on each route are set out in the table below.\n")


def test_a_written_answer_is_the_answering_ministers_never_the_askers() -> None:
    assert rows(ANSWER) == [
        ("Lorna Vesey", "person", "Operators cancelled 412 sailings to Tarsay in 2026, compared with 288 in 2025"),
        ("Lorna Vesey", "person", "A second relief vessel has been chartered for the winter timetable"),
    ]


STATEMENT = ("Written statement to Parliament\n\nCoastal erosion: funding\n\n"
             "Statement UIN: HCWS901\nMade by: Pell Ardagh MP, Minister for Coasts\nMade on: 3 June 2027\n\n"
             "I wish to update the House on coastal erosion funding.\n\n"
             "Last winter 38 homes on the Carnmoor coast were lost to the sea. "
             "The Shoreline Adaptation Scheme has now been opened to every coastal council. "
             "The first payments were made in May.\n\n"
             "My thoughts are with the families who lost their homes; it has been a hard winter.\n\n"
             "The Coastal Survey Office concluded that the cliffs at Hollin Bay are stable. "
             "A footpath there has been reopened.\n\n"
             "I will place a copy of the scheme's rules in the Libraries of both Houses.\n")


def test_a_written_statements_sentences_without_figures_are_its_makers_too() -> None:
    assert rows(STATEMENT) == [
        ("Pell Ardagh", "person", "Last winter 38 homes on the Carnmoor coast were lost to the sea"),
        ("Pell Ardagh", "person", "The Shoreline Adaptation Scheme has now been opened to every coastal council"),
        ("Pell Ardagh", "person", "The first payments were made in May"),
        ("Coastal Survey Office", "organisation", "the cliffs at Hollin Bay are stable"),
        ("Pell Ardagh", "person", "A footpath there has been reopened"),
    ]


DAIL_ANSWER = ("Dáil Éireann\nWritten Answers\n\nDepartment of the Marine\n\nHarbour Dredging\n\n"
               "207. Deputy Fionnuala Breen asked the Minister for the Marine the number of harbours dredged in 2027; "
               "and if he will make a statement on the matter. [5521/28]\n\n"
               "Minister for the Marine (Deputy Ruairí Colgan): The Harbour Works Programme funded dredging at 14 "
               "harbours in 2027.\n\n"
               "The programme is delivered by coastal local authorities under grant agreements with my Department.\n\n"
               "I have sent the Deputy the list of harbours. Please contact my office if it does not arrive.\n\n"
               "---\n\n"
               "The estuary was last dredged in 2019, the harbour master said.\n")


def test_a_dail_written_answer_is_the_ministers_whose_label_opens_it_until_a_rule() -> None:
    assert rows(DAIL_ANSWER) == [
        ("Ruairí Colgan", "person", "The Harbour Works Programme funded dredging at 14 harbours in 2027"),
        ("Ruairí Colgan", "person",
         "The programme is delivered by coastal local authorities under grant agreements with my Department"),
        ("the harbour master", "person", "The estuary was last dredged in 2019"),
    ]


@pytest.mark.parametrize("line, person", [
    ("Answered on 9 March 2027 by Lorna Vesey, Minister of State (Island Transport)",
     Mention(28, 39, "Lorna Vesey", "person")),
    ("Answered by Lorna Vesey", Mention(12, 23, "Lorna Vesey", "person")),
])
def test_an_answer_line_names_the_answering_person(line: str, person: Mention) -> None:
    assert official_papers.answer_line(line, split_blocks(line)[0]) == person


@pytest.mark.parametrize("line", [
    "Answered on 9 March 2027 by the Department",          # a body, no person
    "The question was answered by Lorna Vesey last week.",   # a sentence, no line of a paper
    "Asked by Corin Haldane (Skerrow North)",                # the asker
])
def test_anything_else_names_no_answering_person(line: str) -> None:
    assert official_papers.answer_line(line, split_blocks(line)[0]) is None
