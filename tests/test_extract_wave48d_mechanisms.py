"""Wave 48d: mechanisms behind the UK and Irish real-page check (realcheck53), each a general shape of press writing.

1. A titled name after a voice role (`the council's Housing Spokesperson Councillor Jo Roe said`): UK councils and
   parties give portfolio spokespeople; the person named after the role speaks, never the possessive's body
   (`speakers.voices`).
2. A speech verb's infinitive before a colon and a quotation (`went on to say:`, `was quick to add:`, `was keen to
   stress:`): the sentence's subject speaks (`attribution.quotes`, `vocabulary.SPEECH_BASES`).
3. A document's author before its funder (`a study by X and funded by Y`, `by X and paid for by Y`): X wrote it
   (`speakers.document_authors`, `data/ordering_participles.txt`).
4. Data named with who recorded or collected it (`The figures, recorded by X, show`, `The data, gathered by X`):
   the recorder speaks for the figures (`data/made_document_heads.txt`, `data/document_making_verbs.txt`).
5. A cue after `and` past a place set off by commas (`visited a site in Town, County, and found`): the sentence's
   opening subject finds (`attribution.subjects`, `attribution.verb_subjects`).
6. Letters in brackets after a possessive name (`the X Federation's (XF) bid`): the letters are the body's.
7. A demonstrative lead-in (`These are:`, `They include:`): its items are the body's that the sentence before names
   as its subject, not the body last in focus (`attribution.demonstrative_leads`).

Every party and sentence is invented; each case asserts a text's whole table.
"""
from __future__ import annotations

import pytest

from extract_rows import rows



@pytest.mark.parametrize("text, expected", [
    ('Speaking after the board met, the Tarnwick Housing Association’s Finance Spokesperson Councillor Ruth Aldane said: “We cut arrears by a fifth in the year to March.”',
     [('Ruth Aldane', 'person', 'We cut arrears by a fifth in the year to March.')]),
    ('Addressing the forum, the GLTA’s Schools Spokesman Dr Milo Vance said: “Every primary in the district now has a breakfast club.”',
     [('Milo Vance', 'person', 'Every primary in the district now has a breakfast club.')]),
    ('Pellbridge Council’s Transport Spokesperson Cllr Ines Hart said the authority had resurfaced 40 miles of road since April.',
     [('Ines Hart', 'person', 'the authority had resurfaced 40 miles of road since April')]),
])
def test_a_post_then_a_titled_name_after_a_voice_role(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Later in the meeting the chair, Nadia Orme, went on to say: “Our wards treated 9,000 patients last winter.”',
     [('Nadia Orme', 'person', 'Our wards treated 9,000 patients last winter.')]),
    ('Asked about the closure, Wendell Achebe was quick to add: “The depot handled 14 per cent more parcels this year.”',
     [('Wendell Achebe', 'person', 'The depot handled 14 per cent more parcels this year.')]),
    ('The trust’s director, Ada Lund, was keen to stress: “Waiting lists have fallen for six months in a row.”',
     [('Ada Lund', 'person', 'Waiting lists have fallen for six months in a row.')]),
])
def test_a_speech_infinitive_before_a_colon(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('In a study by Corvane University and funded by the Lessing Foundation, early results suggest that one in four tenants is behind on rent.',
     [('Corvane University', 'organisation', 'one in four tenants is behind on rent')]),
    ('A review by the Hollin Institute, commissioned by the Marsh Trust, found that bus journeys in the county had fallen by a third.',
     [('Hollin Institute', 'organisation', 'bus journeys in the county had fallen by a third')]),
    ('Research by Bexmoor Analytics and paid for by Fenn Bank shows that card spending rose by 3% in May.',
     [('Bexmoor Analytics', 'organisation', 'card spending rose by 3% in May')]),
])
def test_a_documents_author_before_its_funder(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Ferry crossings fell by a tenth last year, new figures show.\n\nThe figures, collected by the Solway Ports Authority, show that the Larne route lost the most passengers.',
     [('Solway Ports Authority', 'organisation', 'Ferry crossings fell by a tenth last year'), ('Solway Ports Authority', 'organisation', 'the Larne route lost the most passengers')]),
    ('The data, gathered by the Kestrel Water Board, shows that leaks in the east of the city doubled over the winter.',
     [('Kestrel Water Board', 'organisation', 'leaks in the east of the city doubled over the winter')]),
    ('Statistics recorded by Arnwood Ambulance Service show that crews answered 41,000 calls in August.',
     [('Arnwood Ambulance Service', 'organisation', 'crews answered 41,000 calls in August')]),
])
def test_data_named_with_who_recorded_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Surveyors from the Orrin Buildings Agency (OBA) visited a warehouse in Dunmere, Fife, and found a collapsed section of roof.',
     [('Orrin Buildings Agency', 'organisation', 'found a collapsed section of roof')]),
    ('Wardens from Wexley Council went to the Friday market, held in Holt, and found that 12 stalls had no licence.',
     [('Wexley Council', 'organisation', '12 stalls had no licence')]),
    ('Inspectors visited the kitchen in Brayford, Lincolnshire, and found that food had been stored at unsafe temperatures.',
     [('inspectors', 'inspectorate', 'food had been stored at unsafe temperatures')]),
])
def test_a_cue_after_and_past_a_comma_set_place(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Tenants welcomed the Rowan Valley Tenants’ Union’s (RVTU) campaign.\n\nThe RVTU said that 300 families had been moved into temporary homes.',
     [('Rowan Valley Tenants’ Union', 'organisation', '300 families had been moved into temporary homes')]),
    ("Shop owners crowded into the Hexham Business Forum's (HBF) annual dinner.\n\nThe HBF said that footfall had fallen by 8% since January.",
     [('Hexham Business Forum', 'organisation', 'footfall had fallen by 8% since January')]),
])
def test_letters_after_a_possessive_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Milo Crane, chair of the Lantern Trust (LT), backed the Fenwick Carers Network’s (FCN) plan.\n\nAhead of the budget, the FCN is calling for ministers to act by adopting four pledges.\n\nThese are:\n\n• Paying carers a wage of at least £12 an hour.\n• Giving every carer two weeks of respite a year.',
     [('Fenwick Carers Network', 'organisation', 'Paying carers a wage of at least £12 an hour'), ('Fenwick Carers Network', 'organisation', 'Giving every carer two weeks of respite a year')]),
    ('Jo Penn, head of the Quarry Trust, spoke at the launch.\n\nThe Brennan Cycling Alliance has set out three demands for the council.\n\nThey include:\n\n• Building 30 miles of protected lanes by 2028.\n• Cutting the speed limit to 20mph on every school street.',
     [('Brennan Cycling Alliance', 'organisation', 'Building 30 miles of protected lanes by 2028'), ('Brennan Cycling Alliance', 'organisation', 'Cutting the speed limit to 20mph on every school street')]),
    ('Quarry Lane Council has set its budget.\n\nAhead of the next council budget, the Ravel Play Network is calling for the council to act on two demands.\n\nThese are:\n\n• Opening every school playground to children at weekends.\n• Keeping all 31 parks open until 9pm in summer.',
     [('Ravel Play Network', 'organisation', 'Opening every school playground to children at weekends'), ('Ravel Play Network', 'organisation', 'Keeping all 31 parks open until 9pm in summer')]),
])
def test_a_demonstrative_lead_in(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
