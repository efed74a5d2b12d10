"""A relative clause whose own pronoun speaks after a main clause with asides (wave 28d). Each case is a short text
written for this test in our own words about invented parties, and the whole table it must give as (speaker,
speaker_kind, cue, quote) rows, in text order; and the shapes where the rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# attribution/relative_pronouns: `..., up from 310 the year before, which it said was ...`: when nothing else resolves
# the words before `, which it said`, the pronoun is the sentence's opening subject (an opening `It`, `He`, `She`, or a
# name that opens the sentence).
@pytest.mark.parametrize(("text", "expected"), [
    ("Harrowby Building Society said its profit rose to £12m for the year.\n\n"
     "It lent to 3,120 first-time buyers, up from 2,870 the year before, which it said was the most in its "
     "90-year history.\n",
     [("Harrowby Building Society", "organisation", "said", "its profit rose to £12m for the year"),
      ("Harrowby Building Society", "organisation", "said", "was the most in its 90-year history")]),
    ("Councillor Ruth Penhale said the plan was not fair to tenants.\n\n"
     "She pointed to a £2m repair fund, set up in 2024, which she said tenants could apply to from May.\n",
     [("Ruth Penhale", "person", "said", "the plan was not fair to tenants"),
      ("Ruth Penhale", "person", "said", "tenants could apply to from May")]),
])
def test_relative_pronoun_is_opening_subject(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a sentence that opens on no party (`Private tutors are paid ...`), a subject the text never names
# (`The report also examined ...`): no speaker, no row; and a relative clause the earlier rules already read.
@pytest.mark.parametrize(("text", "expected"), [
    ("Councillor Ruth Penhale said the plan was not fair to tenants.\n\n"
     "Private tutors hired by the council are paid £30 an hour, set in 2019, which she said was too little.\n",
     [("Ruth Penhale", "person", "said", "the plan was not fair to tenants")]),
    ("Councillor Ruth Penhale said the plan was not fair to tenants.\n\n"
     "The report also examined a new depot in Truro, opened in 2023, which it said was finished a year late.\n",
     [("Ruth Penhale", "person", "said", "the plan was not fair to tenants")]),
    ("Harrowby Building Society said its profit rose to £12m for the year.\n\n"
     "The society opened a branch in Looe, which it said would create 12 jobs.\n",
     [("Harrowby Building Society", "organisation", "said", "its profit rose to £12m for the year"),
      ("Harrowby Building Society", "organisation", "said", "would create 12 jobs")]),
])
def test_relative_pronoun_rule_does_not_fire(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
