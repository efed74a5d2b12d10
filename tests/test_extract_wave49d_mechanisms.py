"""Wave 49d: mechanisms behind the UK and Irish real-page check (realcheck56), each a general shape of press writing.

1. Capitalised plurals of an institution's head (`Acute Medical Units`, `Local Authorities`, `Regional Health Boards`)
   name bodies, never a person (`data/org_heads.txt`): read as a person they ended a speaker's unquoted words after
   `X said:` as if someone else were named.
2. A cue word after a preposition or article that is no `-ing` form is a noun (`the fewest on record`, `in
   response`): it does not end a person's unquoted words (`attribution.unquoted_speech.reports_in`).
3. A surname alone after a post in lower case (`councillor Roe said:`, `council leader Roe said`, `principal Roe
   told`) is a person, the one named in full before (`titled_surnames.post_surname`).
4. A dash typed after a lead-in's colon (`The main points are:-`, `as follows:—`) or a stray comma between a colon cue
   and its quotation (`said:, "`) leaves the colon the lead-in's (`surface.plain_colons`, same length).
5. A request to the reader opening a sentence (`Please note that ...`, `Kindly note ...`) names no speaker: `Please`
   merely starts the sentence (`data/sentence_starters.txt`).

Every party and sentence is invented; each case asserts a text's whole table.
"""
from __future__ import annotations

import pytest

from claims.extract.surface import working_copy

from extract_rows import rows


@pytest.mark.parametrize("text, expected", [
    ("The Director of Public Health for Ellisford, Dr Mira Tallow, said:\n\nWe expected a hard winter for our hospitals."
     "\n\nThe strain on our clinics goes on. Admissions to Acute Medical Units rose by 9 per cent in the year.\n\n"
     "Waits at Minor Injury Units fell in March.",
     [('Mira Tallow', 'person', 'We expected a hard winter for our hospitals.'),
      ('Mira Tallow', 'person', 'The strain on our clinics goes on.'),
      ('Mira Tallow', 'person', 'Admissions to Acute Medical Units rose by 9 per cent in the year.'),
      ('Mira Tallow', 'person', 'Waits at Minor Injury Units fell in March.')]),
    ("The Culmore Health Board chair, Ivo Stent, said:\n\nI want to thank our staff for their work this winter.\n\n"
     "Our budget is under strain. Referrals from Local Authorities were the highest in a decade.",
     [('Ivo Stent', 'person', 'Our budget is under strain.'),
      ('Ivo Stent', 'person', 'Referrals from Local Authorities were the highest in a decade.')]),
])
def test_plural_institution_heads_name_no_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Harnell Water chief executive Odile Brack said:\n\nWe have replaced 40 miles of mains this year.\n\n"
     "Burst pipes in the county were the fewest on record in February.",
     [('Odile Brack', 'person', 'We have replaced 40 miles of mains this year.'),
      ('Odile Brack', 'person', 'Burst pipes in the county were the fewest on record in February.')]),
    ("The Culmore Health Board chair, Ivo Stent, said:\n\nOur budget is under strain.\n\n"
     "Ambulance handovers in the region were the quickest on record in December, with a median of 14 minutes.",
     [('Ivo Stent', 'person', 'Our budget is under strain.'),
      ('Ivo Stent', 'person',
       'Ambulance handovers in the region were the quickest on record in December, with a median of 14 minutes.')]),
    ("Tamsin Orr, head of the Brelford Food Bank, said:\n\nWe gave out 3,000 parcels in the winter.\n\n"
     "Demand in the town was the highest on record for a single month.",
     [('Tamsin Orr', 'person', 'We gave out 3,000 parcels in the winter.'),
      ('Tamsin Orr', 'person', 'Demand in the town was the highest on record for a single month.')]),
])
def test_a_cue_word_after_a_preposition_is_a_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gallow Rail chairman Teodor Vance has welcomed the new timetable.\n\nIn March, the Transport Office said fares "
     "would rise by 2%.\n\nAddressing staff on Monday, chairman Vance said: “Our trains ran on time 91% of the time "
     "last month.”",
     [('Transport Office', 'organisation', 'fares would rise by 2%'),
      ('Teodor Vance', 'person', 'Our trains ran on time 91% of the time last month.')]),
    ("Kestrel County Council leader, Una Marsh, has backed the bid.\n\nLast week the Treasury said £4 million would go "
     "to rural bus routes.\n\nSpeaking after the vote, council leader Marsh said: “We have already restored six routes "
     "this year.”",
     [('Una Marsh', 'person', 'We have already restored six routes this year.')]),
    ("The Fenwick College principal, Hana Oduya, met students on Friday.\n\nThe Skills Agency said enrolments were "
     "falling across the region.\n\nLater, principal Oduya told reporters that applications to the college had risen "
     "by 12 per cent.",
     [('Skills Agency', 'organisation', 'enrolments were falling across the region'),
      ('Hana Oduya', 'person', 'applications to the college had risen by 12 per cent')]),
])
def test_a_surname_after_a_lower_case_post(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Harnell Water published its annual leakage report today. The main points are:-\n\n1. Leaks fell by 12% in the "
     "year.\n2. The firm fixed 3,400 bursts.",
     [('Harnell Water', 'organisation', 'Leaks fell by 12% in the year'),
      ('Harnell Water', 'organisation', 'The firm fixed 3,400 bursts')]),
    ("The Varden Ports Authority released its quarterly figures on Monday. The highlights are as follows:\u2014\n\n"
     "- Cargo volumes rose by 4.1%.\n- Cruise calls fell to 38.",
     [('Varden Ports Authority', 'organisation', 'Cargo volumes rose by 4.1%'),
      ('Varden Ports Authority', 'organisation', 'Cruise calls fell to 38')]),
    ("Dora Fenwick, director of the Bellmore Trust, said:, \u201cWe housed 212 families last year.\u201d",
     [('Dora Fenwick', 'person', 'We housed 212 families last year.')]),
    ("The union\u2019s general secretary, Abel Mart, said:, \"Membership has grown by 9,000 since January.\"",
     [('Abel Mart', 'person', 'Membership has grown by 9,000 since January.')]),
])
def test_a_stray_dash_or_comma_after_a_lead_ins_colon(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The key points are:-\n1. Rents rose.", "The key points are: \n1. Rents rose."),
    ("Jo Roe said:, \u201cWe won.\u201d", "Jo Roe said:  \u201cWe won.\u201d"),
    ("The match kicks off at 10:-5 and Note:, see below.", "The match kicks off at 10:-5 and Note:, see below."),
])
def test_plain_colons_keep_the_texts_length(text: str, expected: str) -> None:
    assert working_copy(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Statement from Orland Valley Health\n\nPlease note that the minor injuries unit at Tennick Hospital will close at "
     "8pm from Monday.\n\nOrland Valley Health said 1,200 patients used the unit in May.",
     [('Orland Valley Health', 'organisation', '1,200 patients used the unit in May')]),
    ("Please note our phone lines are busy. Fenmoor Housing said it answered 90% of calls within five minutes in April.",
     [('Fenmoor Housing', 'organisation', 'it answered 90% of calls within five minutes in April')]),
])
def test_a_request_to_the_reader_names_no_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
