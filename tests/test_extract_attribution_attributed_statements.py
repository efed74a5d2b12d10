"""A statement under an attribution header (`Please attribute to X:`, `The following statement can be attributed to
X:`, `Comment attributable to X.`): its paragraphs with no cue of their own are X's until the statement ends
(`claims.extract.attribution.attributed_statements`, wave 34f). Wave 62d: a bare `Attributable to X` (the real
sets' 99th)."""
from __future__ import annotations

import pytest

from claims.extract.attribution import attributed_statements
from claims.extract.entities import Mention
from claims.extract.speakers import Who
from claims.extract.text import split_blocks
from tests.extract_rows import rows


@pytest.mark.parametrize("line, author", [
    ("Please attribute to Inspector Maris Quell, Head of Traffic Operations:", Mention(20, 41, "Maris Quell", "person", title="inspector")),
    ("The following statement can be attributed to Tobin Arkwright, Chair of the Fenlow Alliance:",
     Mention(45, 60, "Tobin Arkwright", "person")),
    ("Comment attributable to Regional Director Ilse Varga.", Mention(24, 52, "Ilse Varga", "person", title="director")),
    ("Comments attributed to Mayor Odile Brenton:", Mention(23, 42, "Odile Brenton", "person", title="mayor")),
    ("Quotes attributable to Dr Nia Pell", Mention(23, 34, "Nia Pell", "person", title="dr")),
    # wave 54f: the object before `to`, and a post of three words after the comma that reads as a name
    ("Please attribute the following to Inspector Maris Quell, Field Crime Manager:",
     Mention(34, 55, "Maris Quell", "person", title="inspector")),
    ("Please attribute these comments to Sergeant Tai Roe, Area Prevention Manager.",
     Mention(35, 51, "Tai Roe", "person", title="sergeant")),
    # wave 62d: a bare `Attributable to`, a body's two-language name after a bar, a name run into `to`
    ("Attributable to Mere Tautahi, Chief Executive Kelvale Health", Mention(16, 28, "Mere Tautahi", "person")),
    ("Attributed to Mere Tautahi, Chief Executive Kelvale Health | Te Ara Ora:",
     Mention(14, 26, "Mere Tautahi", "person")),
    ("Attributable toMere Tautahi, Chief Executive Kelvale Health | Te Ara Ora",
     Mention(15, 27, "Mere Tautahi", "person")),
    ("Comments attributable to Mere Tautahi, Chief Executive Kelvale Health | Te Ara Ora",
     Mention(25, 37, "Mere Tautahi", "person")),
])
def test_an_attribution_header_names_the_person_whose_statement_follows(line: str, author: Mention) -> None:
    assert attributed_statements.header_author(line, split_blocks(line)[0]) == author


@pytest.mark.parametrize("line", [
    "Please attribute to the Fenlow Alliance:",                           # a body, no person: read as before
    "The rise was attributed to Inspector Maris Quell's new rota.",       # a sentence, no header
    "Comments attributed to Mayor Odile Brenton and Tobin Arkwright:",    # two people: no one voice
    "- Please attribute to Inspector Maris Quell:",                       # a bullet
    "Statement from Mayor Odile Brenton",                                  # a statement's heading, read elsewhere
    "Attributable to the Fenlow Alliance",                                # a bare header naming a body (62d)
    "- Share of the shortfall attributable to Mere Tautahi's rota",       # a bullet's words, no header
    "Attributable tomorrow to Mere Tautahi",                              # `to` must end its word
])
def test_anything_else_is_no_attribution_header(line: str) -> None:
    assert attributed_statements.header_author(line, split_blocks(line)[0]) is None


RELEASE = ("Media release\nNorthmere Police\n\nRoad deaths fall\n\n"
           "Please attribute to Inspector Maris Quell, Head of Traffic Operations:\n\n"
           "Nine people died on the county's roads in March, down from 15 deaths a year earlier.\n\n"
           "Of those who died, six were drivers and three were pedestrians.\n\n"
           "\"Every one of those deaths is a family changed for ever,\" Inspector Quell says.\n\n"
           "Early findings from collision investigators are that:\n\n"
           "- four of the drivers were speeding; and\n- two were not wearing a seatbelt.\n\n"
           "Officers carried out 2,140 breath tests over the month.\n\n"
           "Winter campaign\n\n"
           "The winter campaign stopped 1,210 drivers.\n\nENDS\n")


def test_cue_less_paragraphs_under_an_attribution_header_are_the_named_persons_until_a_heading() -> None:
    assert rows(RELEASE) == [
        ("Maris Quell", "person", "Nine people died on the county's roads in March, down from 15 deaths a year earlier"),
        ("Maris Quell", "person", "six were drivers"),
        ("Maris Quell", "person", "three were pedestrians"),
        ("Maris Quell", "person", "Every one of those deaths is a family changed for ever"),
        ("Maris Quell", "person", "four of the drivers were speeding"),
        ("Maris Quell", "person", "two were not wearing a seatbelt"),
        ("Maris Quell", "person", "Officers carried out 2,140 breath tests over the month"),
        ("Northmere Police", "organisation", "The winter campaign stopped 1,210 drivers"),
    ]


STATEMENT = ("MEDIA RELEASE\n\nFenlow Alliance marks Volunteers' Week\n\n"
             "The Fenlow Alliance, which brings together 31 local charities, is marking Volunteers' Week today.\n\n"
             "The following statement can be attributed to Tobin Arkwright, Chair of the Fenlow Alliance:\n\n"
             "Our members now rely on around 2,300 volunteers, most of them over 60.\n\n"
             "The alliance says its members lost 410 volunteers in the past year.\n\n"
             "Last year members gave out 18,000 food parcels.\n")


def test_a_paragraph_another_party_speaks_with_its_own_cue_ends_the_attributed_statement() -> None:
    assert rows(STATEMENT)[-3:] == [
        ("Tobin Arkwright", "person", "Our members now rely on around 2,300 volunteers, most of them over 60"),
        ("Fenlow Alliance", "organisation", "its members lost 410 volunteers in the past year"),
        ("Fenlow Alliance", "organisation", "Last year members gave out 18,000 food parcels"),
    ]


@pytest.mark.parametrize("paragraph, ends", [
    ("Corrections says the wing now has 40 cells with hot water.", True),     # a cue after a name no reader took
    ("The Inspectorate found that 12 cells were cold.", True),
    ("\"We are on track,\" Director Ilse Varga says.", False),                 # the header's own person
    ("Officers found 12 stolen cars at the depot.", True),                   # the body's people speak, not she
    ("Of the cars stopped, 12 were found to be stolen.", False),             # a cue word after no capitalised word
    ("We found 12 stolen cars at the depot.", False),                        # a pronoun is no other party
])
def test_a_cue_after_a_capitalised_word_the_header_does_not_hold_ends_the_statement(paragraph: str, ends: bool) -> None:
    text = "Comment attributable to Regional Director Ilse Varga.\n\n" + paragraph
    blocks = split_blocks(text)
    author = Who("Ilse Varga", "person", blocks[0].body)
    assert attributed_statements.other_speaks(text, blocks[1], [], [], author) is ends


@pytest.mark.parametrize("line, author", [
    ("Quotes attributable to Minister for Ports, Idris Fenwick:",
     Mention(43, 56, "Idris Fenwick", "person", title="minister")),
    ("Quotes attributable to Federal Minister for Harbours, Canals, Inland Waterways and Local Transport Orla Benedek:",
     Mention(23, 111, "Orla Benedek", "person", title="minister")),  # wave 42a: title and series one run
    ("Comments attributable to Deputy Commissioner for Fisheries, Tamsin Loh.",
     Mention(60, 70, "Tamsin Loh", "person", title="commissioner")),
])
def test_a_header_whose_title_comes_before_the_name_names_the_title_holder(line: str, author: Mention) -> None:
    """Wave 35n: the real pages' `Quotes attributable to Minister for X, Jo Roe:` and `... to Federal Minister for X,
    Y and Z Jo Roe:` (a title set off by a comma, or one whose remit runs on into the name) name the holder."""
    assert attributed_statements.header_author(line, split_blocks(line)[0]) == author


@pytest.mark.parametrize("line", [
    "Quotes attributable to the Harbour Board, Idris Fenwick:",            # a body before the name, no title
    "Quotes attributable to Minister for Ports, Idris Fenwick and Orla Benedek:",   # two people: no one voice
    "Quotes attributable to Minister for Ports and Harbours:",             # a title and nobody holding it
])
def test_a_title_with_no_one_holder_after_it_is_no_header(line: str) -> None:
    assert attributed_statements.header_author(line, split_blocks(line)[0]) is None


TITLED_RELEASE = ("Harbour upgrade contract signed\n\n"
                  "The Kestrel Government is one step closer to a safer harbour at Dunmore.\n\n"
                  "Quotes attributable to Minister for Ports, Idris Fenwick:\n\n"
                  "\u201cThe new breakwater will protect 300 moorings from winter storms.\n\n"
                  "\u201cThe harbour handled 40,000 tonnes of freight last year.\u201d\n")


def test_the_quotation_under_a_header_with_a_title_first_is_the_title_holders() -> None:
    assert rows(TITLED_RELEASE) == [
        ("Idris Fenwick", "person", "The new breakwater will protect 300 moorings from winter storms."),
        ("Idris Fenwick", "person", "The harbour handled 40,000 tonnes of freight last year.")]


BARE_HEADER = ("Attributable to Mere Tautahi, Chief Executive Kelvale Health | Te Ara Ora\n\n"
               "Highlights from the quarter included:\n\n"
               "• the hiring of 40 more midwives than planned;\n"
               "• a van-based eye screening clinic opened.\n\nENDS\n")


def test_the_items_under_a_bare_attributable_header_are_the_named_persons() -> None:
    assert rows(BARE_HEADER) == [
        ("Mere Tautahi", "person", "the hiring of 40 more midwives than planned"),
        ("Mere Tautahi", "person", "a van-based eye screening clinic opened")]
