"""Speaker kinds (wave 27h). Each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order; and the shapes
where a rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# speakers/letter_kinds, read by speakers/names.bare_name: a body the text calls by its letters (`The HSA found`) is of
# the kind of the body the letters stand for, given in brackets after its name or spelled by its initials: a
# regulator's letters are an inspectorate, never a plain organisation.
@pytest.mark.parametrize(("text", "expected"), [
    ("Quellan Ferries Ltd was fined £40,000 after a visit from the Harbour Safety Authority.\n\n"
     "The HSA found that two lifeboats had not been serviced for three years.\n",
     [("HSA", "inspectorate", "found that", "two lifeboats had not been serviced for three years")]),
    ("An advert for Kelby Foods has been banned by the Marketing Standards Authority.\n\n"
     "The MSA said the claim that the bars were sugar free had not been shown.\n",
     [("MSA", "inspectorate", "said", "the claim that the bars were sugar free had not been shown")]),
    ("Ravensholt Council has been criticised in a report by the Regional Audit Office.\n\n"
     "According to the RAO, 14 of the council's 60 contracts were signed without a tender.\n",
     [("RAO", "inspectorate", "According to", "14 of the council's 60 contracts were signed without a tender")]),
    ("The Pensions Conduct Commission, or PCC, has opened an inquiry into Drumlin Savings.\n\n"
     "The PCC found that 300 savers had been moved into a dearer fund.\n",
     [("PCC", "inspectorate", "found that", "300 savers had been moved into a dearer fund")]),
])
def test_a_regulators_letters_are_an_inspectorate(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# It must not fire: the letters of a company or a charity stay an organisation, and so do letters no body named in the
# text spells, or that two bodies of different kinds both spell.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Ferry Company (HFC) has been fined £40,000.\n\n"
     "The HFC said the two lifeboats had since been serviced.\n",
     [("Harbour Ferry Company", "organisation", "said", "the two lifeboats had since been serviced")]),
    ("Staff at the Marsh Sailing Association have voted to strike.\n\n"
     "The MSA said 40 members had taken part in the vote.\n",
     [("MSA", "organisation", "said", "40 members had taken part in the vote")]),
    ("Drumlin Savings has closed two branches.\n\n"
     "The PCC said 300 savers had been moved into a dearer fund.\n",
     [("PCC", "organisation", "said", "300 savers had been moved into a dearer fund")]),
    ("The Marketing Standards Authority and the Marsh Sailing Association met on Monday.\n\n"
     "The MSA said 40 complaints had been received.\n",
     [("MSA", "organisation", "said", "40 complaints had been received")]),
])
def test_other_letters_stay_an_organisation(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# examiners_offices, read by entities.org_kind: an office, service, court or branch named for the examiner it houses
# (`Office of the County Auditor`, `Energy Ombudsman Service`, `Court of Auditors`, `Office of Inspector General`) is
# an inspectorate, as the examiner is (data/examiner_offices.txt).
@pytest.mark.parametrize(("text", "expected"), [
    ("The Office of the County Auditor said Bramling Council had paid £2m to suppliers twice.\n",
     [("Office of the County Auditor", "inspectorate", "said", "Bramling Council had paid £2m to suppliers twice")]),
    ("A report by the Regional Court of Auditors found that only four of 19 bridges were finished on time.\n",
     [("Regional Court of Auditors", "inspectorate", "found that", "only four of 19 bridges were finished on time")]),
    ("The Energy Ombudsman Service upheld 61% of complaints about Voltra Power last year, it said.\n",
     [("Energy Ombudsman Service", "inspectorate", "said", "The Energy Ombudsman Service upheld 61% of complaints about Voltra Power last year")]),
    ("According to the Harbour Office of Inspector General, 30 of the 44 cranes had not been tested.\n",
     [("Harbour Office of Inspector General", "inspectorate", "According to",
       "30 of the 44 cranes had not been tested")]),
    ("The Meat Hygiene and Inspection Service said two plants had been closed.\n",
     [("Meat Hygiene and Inspection Service", "inspectorate", "said", "two plants had been closed")]),
])
def test_an_examiners_office_is_an_inspectorate(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# It must not fire: examiners' own bodies (an institute, an association, a union of auditors or inspectors), an
# office or service no examiner names, and a firm of auditors' own office, stay organisations.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Institute of County Auditors said 40 of its members had left the profession.\n",
     [("Institute of County Auditors", "organisation", "said", "40 of its members had left the profession")]),
    ("The Association of Harbour Inspectors said its members had voted to strike.\n",
     [("Association of Harbour Inspectors", "organisation", "said", "its members had voted to strike")]),
    ("The Office of the County Clerk said 2,000 ballots had been returned.\n",
     [("Office of the County Clerk", "organisation", "said", "2,000 ballots had been returned")]),
    ("The Energy Advice Service said 61% of callers were in debt.\n",
     [("Energy Advice Service", "organisation", "said", "61% of callers were in debt")]),
])
def test_other_offices_stay_organisations(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected



# judging_panels, read by attribution/blocks once the text is read: a tribunal, panel or committee named for the
# discipline it judges (`Disciplinary Tribunal`, `Committee on Infractions`, `Anti-Doping Panel`) is an inspectorate,
# as a regulator's findings are (data/judging_words.txt).
@pytest.mark.parametrize(("text", "expected"), [
    ("The Surveyors Disciplinary Tribunal found that Ellis Varn had signed off 14 reports without visiting the "
     "homes.\n",
     [("Surveyors Disciplinary Tribunal", "inspectorate", "found that",
       "Ellis Varn had signed off 14 reports without visiting the homes")]),
    ("The League Committee on Infractions said Harwick College had paid four players in 2024.\n",
     [("League Committee on Infractions", "inspectorate", "said", "Harwick College had paid four players in 2024")]),
    ("According to the Independent Anti-Doping Panel, two riders had missed three tests.\n",
     [("Independent Anti-Doping Panel", "inspectorate", "According to", "two riders had missed three tests")]),
])
def test_a_discipline_panel_is_an_inspectorate(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# It must not fire: a panel or committee named for other work, a tribunal of employment disputes, and a body named
# for discipline that is no tribunal, panel or committee stay organisations.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Harwick Employment Tribunal said Ellis Varn had been unfairly dismissed.\n",
     [("Harwick Employment Tribunal", "organisation", "said", "Ellis Varn had been unfairly dismissed")]),
    ("The Transport Select Committee said 14 stations had no step-free access.\n",
     [("Transport Select Committee", "organisation", "said", "14 stations had no step-free access")]),
    ("The Cycling Anti-Doping Trust said two riders had missed three tests.\n",
     [("Cycling Anti-Doping Trust", "organisation", "said", "two riders had missed three tests")]),
])
def test_other_panels_stay_organisations(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# speakers/references.reference (merge of wave 27h): a description (`the watchdog`, `the regulator`) that falls on a
# body's letters names the body they stand for, as it did before the letters took the body's kind.
@pytest.mark.parametrize(("text", "expected"), [
    ("Tollan Pay Ltd has been fined £2m by the Data Protection Office.\n\n"
     "Hackers used an old account to get in, the DPO said. In its notice, the watchdog said Tollan Pay had ignored "
     "37 alerts.\n",
     [("DPO", "inspectorate", "said", "Hackers used an old account to get in"),
      ("Data Protection Office", "inspectorate", "said", "Tollan Pay had ignored 37 alerts")]),
    ("Ravensholt Council has been criticised in a report by the Regional Audit Office.\n\n"
     "The RAO found that 14 contracts were signed without a tender. The auditor said the council had no register.\n",
     [("RAO", "inspectorate", "found that", "14 contracts were signed without a tender"),
      ("Regional Audit Office", "inspectorate", "said", "the council had no register")]),
])
def test_a_description_after_letters_names_the_body_they_stand_for(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
