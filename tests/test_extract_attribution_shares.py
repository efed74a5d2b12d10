"""attribution/shares: a survey share as a cue's subject after openers real pages write (wave 62e): a connective with
no comma (`However 52% of members questioned indicated`), an opener and `however` set off by commas (`On the hospitality
side, however, 44 percent of the owners asked said`), an earlier clause joined by `, yet` or a bare `while`, and a
question put to those asked (`When asked whether ..., 61 per cent of members said`). Each case is a short text
written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.attribution.shares import share_subject
from extract_rows import cued_rows

GUILD = "The Harlow Traders Guild surveyed 412 of its member firms in May.\n\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Turnover held up, yet 38 percent of respondents reported a fall in orders.",
     ("reported", "38 percent of respondents reported a fall in orders")),
    ("However 52% of members questioned indicated that hiring would stop.",
     ("indicated that", "52% of members questioned indicated that hiring would stop")),
    ("On the hospitality side, however, 44 percent of the owners asked said that bookings had risen.",
     ("said that", "44 percent of the owners asked said that bookings had risen")),
    ("When asked whether they had raised prices since January, 61 per cent of members said they had.",
     ("said", "61 per cent of members said they had")),
    ("Few saw prices rising while 41% of respondents said wages would rise.",
     ("said", "41% of respondents said wages would rise")),
])
def test_a_share_after_an_opener_is_the_surveyors(sentence: str, expected: tuple[str, str]) -> None:
    assert cued_rows(GUILD + sentence + "\n") == [("Harlow Traders Guild", "organisation", *expected)]


@pytest.mark.parametrize(("subject", "share"), [
    ("However 52% of members questioned ", "52%"),
    ("On the hospitality side, however, 44 percent of the owners asked ", "44 percent"),
    ("When asked whether they had raised prices, 61 per cent of members ", "61 per cent"),
    ("Turnover held up, yet 38 percent of respondents ", "38 percent"),
    ("Most shops were asked, and the guild's chair ", None),
])
def test_share_subject(subject: str, share: str | None) -> None:
    text = "Members were surveyed. " + subject + "said so; most did not."  # the subject read up to its verb only
    start = len("Members were surveyed. ")
    found = share_subject(text, start, start + len(subject))
    assert (found.group("share") if found else None) == share


_SPENT = "However 52% of the budget "


@pytest.mark.parametrize(("text", "subject", "share"), [
    ("Surveyed firms were few. However 52% of the budget went on rent.", _SPENT, "52%"),  # asked: the text's first word
    ("The guild met. However 52% of the budget went on rent.", _SPENT, None),  # no one asked
    ("The guild met. However 52% of the budget went on rent, a survey found.", _SPENT, None),  # asked after the verb
    ("Members were surveyed. " + "Rain fell. " * 30 + _SPENT + "went on rent.", _SPENT, "52%"),  # far into the text
    ("Members were surveyed. " + _SPENT + " " * 274 + "went on rent.", _SPENT + " " * 274, "52%"),  # 300 characters
    ("Members were surveyed. " + _SPENT + " " * 275 + "went on rent.", _SPENT + " " * 275, None),  # 301: too long
])
def test_share_subject_reads_its_own_words_and_a_survey_before_them(text: str, subject: str, share: str | None) -> None:
    start = text.index(subject)
    found = share_subject(text, start, start + len(subject))
    assert (found.group("share") if found else None) == share


def test_no_survey_in_sight_keeps_the_old_reading() -> None:
    """`However 52% of the budget` with no one asked is no survey's finding: no row goes to a surveyor."""
    text = "The Harlow Traders Guild met on Monday.\n\nHowever 52% of the budget was spent on rent, the guild said.\n"
    assert cued_rows(text) == [
        ("Harlow Traders Guild", "organisation", "said", "However 52% of the budget was spent on rent")]
