"""The people of a study named by where they work (wave 32e): after `researchers at X`, `a team at X`, `a study led by
scientists from X`, a bare `The researchers found` or `the team found` is the one body the text names as their place,
which speaks as itself; two such bodies, or none, leave the words unresolved as before. Each case is a short text
written for this test in our own words about invented parties, and the whole table it must give as (speaker,
speaker_kind, quote) rows, in text order."""
from __future__ import annotations

import pytest

from extract_rows import rows
from claims.extract.speakers.research_teams import RESEARCH_PEOPLE

LED = ("Walking study\n\nPupils who walk to school sleep longer, according to a study led by researchers at Carnwath University.\n\n")
LED_ROWS = [("Carnwath University", "organisation", "Pupils who walk to school sleep longer")]


@pytest.mark.parametrize(("text", "expected"), [
    (LED + "The team found that walkers slept 22 minutes more a night.\n",
     LED_ROWS + [("Carnwath University", "organisation", "walkers slept 22 minutes more a night")]),
    (LED + "The researchers also found that the gap closed at weekends.\n",
     LED_ROWS + [("Carnwath University", "organisation", "the gap closed at weekends")]),
    ("Mole app questioned\n\n"
     "A team at the University of Pellmouth, which tested 800 photographs, says the figure leaves out most "
     "errors.\n\n"
     "In a paper posted online, the researchers found that one mole in three was wrongly cleared.\n",
     [("University of Pellmouth", "organisation", "the figure leaves out most errors"),
      ("University of Pellmouth", "organisation", "one mole in three was wrongly cleared")]),
])
def test_the_researchers_are_the_one_body_named_as_their_place(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Walking study\n\nResearchers at Carnwath University and scientists from Dunmore College studied 900 pupils.\n\n"
     "The team found that walkers slept 22 minutes longer.\n",
     [("the team", "unresolved", "walkers slept 22 minutes longer")]),
    ("Walking study\n\nCarnwath Council published a travel survey on Monday.\n\n"
     "The team found that walkers slept 22 minutes longer.\n",
     [("the team", "unresolved", "walkers slept 22 minutes longer")]),
])
def test_two_places_or_none_leave_the_team_unresolved(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_the_nouns_are_data() -> None:
    assert {"researchers", "team", "scientists"} <= RESEARCH_PEOPLE


# Wave 53a: the study's write-up in a journal, a bare `The paper finds`, is that one body too; two places keep the
# paper's own words, unresolved (`data/research_papers.txt`).
PAPER = ("\n\nThe paper, published on Monday in the journal Applied Flood Hazards Letters, finds that floods rose from 12 "
         "a year in the 1990s to 30 a year in the 2010s.\n")
PAPER_CLAIM = "floods rose from 12 a year in the 1990s to 30 a year in the 2010s"


def test_the_paper_is_the_one_body_named_as_its_researchers_place() -> None:
    text = "Researchers at the University of Kellan analysed 9,000 flood reports from 1990 to 2024." + PAPER
    assert rows(text) == [("University of Kellan", "organisation", PAPER_CLAIM)]


def test_the_paper_of_researchers_at_two_places_keeps_its_words() -> None:
    text = ("Researchers at the University of Kellan and scientists from the Tarn Institute analysed 9,000 flood "
            "reports." + PAPER)
    assert rows(text) == [("The paper", "unresolved", PAPER_CLAIM)]
