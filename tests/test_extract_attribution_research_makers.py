"""A survey, poll, analysis or data a text reports after naming whose research it is are that maker's (wave 65g,
attribution/research_makers): `according to fresh research by the pollsters X` then `In a poll released on Monday,
...`. Each case is a short text written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.attribution.research_makers import research_maker, research_row
from claims.extract.entities import Mention
from tests.extract_rows import cued_rows

SURVEY_AFTER_RESEARCH_BY = ("Few adults know a club near them, according to fresh research by the pollsters "
                            "brandWeft.\n\nIn a poll released on Monday, 64 per cent of respondents could not name "
                            "a single club.\n")
DATA_THE_BODY_GATHERED = ("Fresh research from Tallowmere Advice Trust shows that 8,300 households are behind on "
                          "rent.\n\nAccording to the data the charity has gathered from letting agents, the average "
                          "arrears now stand at 1,240 pounds.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (SURVEY_AFTER_RESEARCH_BY,  # the maker a word with a capital inside it, the survey named by its noun alone
     [("brandWeft", "organisation", "according to", "Few adults know a club near them"),
      ("brandWeft", "organisation", "according to",
       "In a poll released on Monday, 64 per cent of respondents could not name a single club")]),
    (DATA_THE_BODY_GATHERED,  # data named with a clause about who gathered it
     [("Tallowmere Advice Trust", "organisation", "shows that", "8,300 households are behind on rent"),
      ("Tallowmere Advice Trust", "organisation", "According to",
       "the average arrears now stand at 1,240 pounds")]),
])
def test_research_a_text_says_is_one_makers_speaks_as_that_maker(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("speaker", "expected"), [
    ("a survey", True),
    ("The poll", True),
    ("r3's analysis", True),  # an owner's capital lowered at a sentence's start
    ("data the charity has gathered from letting agents", True),
    ("Annual Tenants Survey", False),  # a titled survey of its own
    ("The Annual Survey", False),
    ("the report", False),  # not a piece of research by its noun
    ("", False),
    ("kWeft's poll", True),  # an owner opening lower-case with a capital second (65n: not its first two letters)
])
def test_research_row(speaker: str, expected: bool) -> None:
    assert research_row(speaker) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("It rose, according to fresh research by the pollsters brandWeft.", "brandWeft"),
    ("Research published by Tallow Debt Aid shows a rise.", "Tallow Debt Aid"),
    ("It rose, research from Q9, the trade body, has found.", "Q9"),
    ("Research published by Tallow Debt Aid shows a rise, and research by Kelby Advice a fall.", None),  # two makers
    ("It rose, a survey shows.", None),  # no maker named
])
def test_research_maker(text: str, expected: str | None) -> None:
    maker = research_maker(text, "the survey")
    assert (maker.name if maker is not None else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 65n: the maker as the name reader reads it, not its capitalised words alone
    ("It rose, according to research by Guild of Valuers.", Mention(34, 50, "Guild of Valuers", "org")),
    ("Research by Dr Ama Orrin shows a rise.", Mention(12, 24, "Ama Orrin", "person", title="dr")),
    ("It rose, research by the pollsters Jo de Vere shows.", Mention(35, 45, "Jo de Vere", "person")),
    # capitalised words the name reader takes for no name
    ("It rose, according to fresh research by the pollsters brandWeft.", Mention(54, 63, "brandWeft", "org")),
    ("It rose, research by a local team shows.", None),  # no capital after `by`: no maker
])
def test_research_maker_reads_the_whole_maker(text: str, expected: Mention | None) -> None:
    assert research_maker(text, "the survey") == expected


# Wave 66x: the maker's words the name reader leaves are read by the one capitalised-run pattern (`words.NAME_RUN`),
# with a first word that holds a capital past its first letter; pinned at its edges.
@pytest.mark.parametrize(("after_by", "maker"), [
    ("nfpWeft shows", "nfpWeft"),  # a capital past the first letter
    ("Office for Ports and Rail shows", "Office for Ports and Rail"),  # joining words inside the name
    ("Kelby\nTrust shows", "Kelby"),  # one line only
    ("The Kelby Group shows", "Kelby Group"),  # the name reader's, `The` no word of it
    ("a trust shows", None),
])
def test_the_makers_words_are_a_name_run(after_by: str, maker: str | None) -> None:
    text = f"New research by {after_by} that 40% of donors gave less.\n\nThe survey found that 12% gave nothing.\n"
    found = research_maker(text, "The survey")
    assert (found.name if found is not None else None) == maker
