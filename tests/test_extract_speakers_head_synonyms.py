"""A reference's noun fits a body of that kind whose name lacks the noun (`claims.extract.speakers.words.HEAD_SYNONYMS`,
wave 48g): `the department` is the ministry the text names; and a body's name that ends on its trade's word
(`data/trade_endings.txt`: `Alloys`, `Knitwear`, `Wireless`, `Electric`) is a body's, so that `the company` finds
it. Each text is written for this test in our own words about invented parties; rows are (speaker, speaker_kind, cue,
quote)."""
from __future__ import annotations

import pytest

from claims.extract.speakers.body_traits import same_head
from extract_rows import cued_rows


@pytest.mark.parametrize(("head", "word", "expected"), [
    ("ministry", "department", True),
    ("board", "panel", False),  # a board is no panel (wave 19b): `The Northern Gas Board`
    ("department", "ministry", False),  # `the ministry` still needs a ministry
    ("ministry", "agency", False),
    ("board", "committee", False),
])
def test_same_head(head: str, word: str, expected: bool) -> None:
    assert same_head(head, word) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ministry of Coastal Affairs opened a harbour office in Kelvale on Monday.\n\n"
     "The department said it had hired 40 staff.\n",
     [("Ministry of Coastal Affairs", "organisation", "said", "it had hired 40 staff")]),
    ("Tarnwick Alloys said its smelter had cut output by 20%.\n\nThe company said 300 jobs were at risk.\n",
     [("Tarnwick Alloys", "organisation", "said", "its smelter had cut output by 20%"),
      ("Tarnwick Alloys", "organisation", "said", "300 jobs were at risk")]),
    ("Orvale Knitwear said it would open a second factory.\n",
     [("Orvale Knitwear", "organisation", "said", "it would open a second factory")]),
])
def test_a_reference_finds_the_body_of_its_kind(text: str, expected: list[tuple[str, ...]]) -> None:
    assert cued_rows(text) == expected


# Must not move: a body whose own head is the noun is still the one meant beside a ministry.
def test_a_body_of_the_nouns_own_head_comes_first() -> None:
    text = "The Ministry of Coastal Affairs and the Department of Inland Waters met on Monday.\n\n" \
        "The Department of Inland Waters published its plan.\n\nThe department said it had hired 40 staff.\n"
    assert cued_rows(text) == [("Department of Inland Waters", "organisation", "said", "it had hired 40 staff")]
