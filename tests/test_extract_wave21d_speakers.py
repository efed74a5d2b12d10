"""Wrong speakers left on development p001-p712 (wave 21d): families that several authors' texts share. Each case is
a short text written for this test in our own words about invented parties, and the whole table it must give as
(speaker, speaker_kind, quote) rows, in text order, or the whole value a helper returns."""
import pytest

from claims.extract.entities import find_mentions
from claims.extract.speakers.body_traits import without_press_office
from claims.extract.speakers.speaker_employers import employer_named
from extract_rows import rows


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.kind) for m in find_mentions(text, 0, len(text))]


# A ministry's name that lists its remit in areas of several words (21d, entities._remit_tail): `Department of
# Housing, Local Government and Heritage` was read as two bodies and `Local Government and Heritage` spoke (p520,
# p645, p696; the blind tables of p089-p760 name such ministries in six more texts).
@pytest.mark.parametrize(("text", "expected"), [
    ("The Department of Housing, Local Government and Heritage said so.",
     [("Department of Housing, Local Government and Heritage", "org")]),
    ("The Department for Environment, Food and Rural Affairs said so.",
     [("Department for Environment, Food and Rural Affairs", "org")]),
    ("A spokesman for the Department of Further and Higher Education, Research, Innovation and Science said so.",
     [("Department of Further and Higher Education, Research, Innovation and Science", "org")]),
    ("The Ministry of Housing, Communities and Local Government said so.",
     [("Ministry of Housing, Communities and Local Government", "org")]),
    ("The Department of Towns, Villages and the Islands said so.",
     [("Department of Towns, Villages and the Islands", "org")]),
    # parties listed after a ministry are no areas of its remit
    ("The Department of Health, Acme Water and Brook Water said so.",
     [("Department of Health", "org"), ("Acme Water", "org"), ("Brook Water", "org")]),
    ("The Department of Health, Mary Smith and Al Key said so.",
     [("Department of Health", "org"), ("Mary Smith and Al Key", "person")]),
    ("The Harbour Board of Trade, Local Government and Heritage said so.",
     [("Harbour Board of Trade", "org"), ("Local Government and Heritage", "org")]),
])
def test_a_ministrys_remit_of_several_words_is_its_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In a statement, the Department of Housing, Local Government and Heritage said the Government regrets the "
     "referral. It said 16 of the 35 sites had since been brought into compliance.\n",
     [("Department of Housing, Local Government and Heritage", "organisation", "the Government regrets the referral"),
      ("Department of Housing, Local Government and Heritage", "organisation",
       "16 of the 35 sites had since been brought into compliance")]),
    ("A spokeswoman for the Department of the Environment, Climate and Communications said the contract included "
     "penalties for missed milestones. She said no penalties had been applied to date.\n",
     [("Department of the Environment, Climate and Communications", "organisation",
       "the contract included penalties for missed milestones"),
      ("Department of the Environment, Climate and Communications", "organisation",
       "no penalties had been applied to date")]),
])
def test_a_ministry_named_with_its_remit_speaks_whole(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Department of the Environment, Climate and Communications", "Department of the Environment, Climate and Communications"),
    ("Department of Culture, Communications and Sport", "Department of Culture, Communications and Sport"),
    ("Acme Rail Media Centre", "Acme Rail"),
    ("Acme Press and Media Office", "Acme"),
    ("Acme", "Acme"),
])
def test_the_last_area_of_a_remit_is_no_press_office(name: str, expected: str) -> None:
    assert without_press_office(name) == expected


# A body's own questions and answers (21d, attribution/blocks._reported_in_answer, `data/org_heads.txt`): a shipping
# line's name is a body's (`Kellan Line`, as `Stena Line`), so the body answers its questions, and an answer that
# reports another body by a cue (`A spokesperson for X said`) is that body's, as one reporting a person was (p664).
_FAQ = (
    "Kellan Line\n\nCustomer update: cancelled sailings\n\n"
    "Kellan Line has cancelled all sailings on its Larne route until Friday after a fault on one of its engines.\n\n"
    "Below we answer the questions customers have been asking us most often.\n\nWhat happened?\n\n"
    "During an inspection on Wednesday night, our engineers found damage to a gearbox on the port engine.\n\n"
    "How many customers are affected?\n\n"
    "Twelve sailings have been cancelled, affecting around 3,100 passengers. We have contacted every customer by "
    "email.\n\nWho can I complain to?\n\nYou can contact the Maritime Passenger Authority. A spokesperson for the "
    "Maritime Passenger Authority said the authority had been in contact with Kellan Line and would review 40 "
    "complaints.\n")


def test_a_bodys_answer_reporting_another_body_is_that_bodys() -> None:
    assert rows(_FAQ) == [
        ("Kellan Line", "organisation", "found damage to a gearbox on the port engine"),
        ("Kellan Line", "organisation", "Twelve sailings have been cancelled, affecting around 3,100 passengers"),
        ("Kellan Line", "organisation", "We have contacted every customer by email"),
        ("Kellan Line", "organisation", "You can contact the Maritime Passenger Authority"),
        ("Maritime Passenger Authority", "organisation",
         "the authority had been in contact with Kellan Line and would review 40 complaints"),
    ]


def test_a_bodys_answer_naming_itself_stays_its_turn() -> None:
    text = _FAQ.replace("A spokesperson for the Maritime Passenger Authority said the authority had been in contact "
                        "with Kellan Line", "Kellan Line said it had been in contact with the authority")
    assert rows(text)[-1] == ("Kellan Line", "organisation",
                              "Kellan Line said it had been in contact with the authority and would review 40 complaints")


def test_a_bodys_answer_telling_a_judgement_stays_its_turn() -> None:
    text = _FAQ.replace("We have contacted every customer by email.", "Nine of our ships are rated safe by the "
                        "Maritime Passenger Authority.")
    assert rows(text)[2] == ("Kellan Line", "organisation",
                             "Nine of our ships are rated safe by the Maritime Passenger Authority")


@pytest.mark.parametrize(("text", "expected"), [
    ("Kellan Line said so.", [("Kellan Line", "org")]),
    ("The Stena Line ferry left.", [("Stena Line", "org")]),
    ("Telvane Direct said its callers followed scripts.", [("Telvane Direct", "org")]),
])
def test_a_line_or_a_direct_seller_is_a_bodys_head(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected


# `The company` right after a person placed at a company by their post (21d, speakers/speaker_employers,
# `Context.speakers_company`): `X chief executive Jo Roe said ... The company says` is X, not the body that has said
# most (a transit operator that funds X); a person placed at no body leaves the company in focus (p189, p447).
_COMPANY = ("In a statement, Tarrow Regional Transit said talks between Kestle Coaches and the drivers' union had "
            "ended. It said 40 routes would run as normal.\n\n"
            "Kestle Coaches chief executive Dan Morrow said drivers had switched off ticket machines on 900 trips.\n\n"
            "\"We are contracted to collect fares,\" Morrow said.\n\n"
            "The company says it has lost about $210,000 in fares since Monday.\n")


@pytest.mark.parametrize(("placed", "expected"), [
    ("Kestle Coaches chief executive Dan Morrow", "Kestle Coaches"),
    ("Dan Morrow, chief executive of Kestle Coaches,", "Kestle Coaches"),
    ("Dan Morrow, a transport analyst,", "Tarrow Regional Transit"),
])
def test_the_company_after_a_person_is_their_employer(placed: str, expected: str) -> None:
    text = _COMPANY.replace("Kestle Coaches chief executive Dan Morrow", placed)
    assert rows(text)[-1] == (expected, "organisation", "it has lost about $210,000 in fares since Monday")


@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Harbour City Buses chief executive Warren Tully said so.", "Warren Tully", "Harbour City Buses"),
    ("Sunward's founder and managing director, Michael Dunne, said so.", "Michael Dunne", "Sunward"),
    ("Sunward\u2019s founder, Michael Dunne, said so.", "Michael Dunne", "Sunward"),
    ("Jo Roe, chief executive of Acme Water, said so.", "Jo Roe", "Acme Water"),
    ("The PTWU organiser Mereana Hohaia said so.", "Mereana Hohaia", "PTWU"),
    ("Jo Roe said so.", "Jo Roe", None),
    ("Figures from Acme showed a rise, said analyst Jo Roe.", "Jo Roe", None),
    ("Jo Roe, who lives in Acme Street, said so.", "Jo Roe", None),
    ("Acme Water chief executive Jo Roe said so.", "Al Key", None),
])
def test_employer_named(text: str, person: str, expected: str | None) -> None:
    assert employer_named(text, person) == expected
