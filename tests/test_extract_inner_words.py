"""A body's name with a lower-case word inside it (`claims.extract.inner_words`), wave 32f: a committee's or a
commission's remit after `on`, and the field of that remit after `in` (`the Committee on Fairness in Civic Life`), is
one name; the run used to stop at `on` and `in` and the last capitalised words spoke as a person (`Civic Life`). Each
case is a short text written for this test about invented parties, and the whole table it must give as (speaker,
speaker_kind, cue, quote) rows; and the shapes where the rule must not fire."""
from __future__ import annotations

import pytest

from claims.extract.inner_words import joins_by_remit
from tests.extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("The Committee on Fairness in Civic Life said it would publish new rules in June.\n",
     [("Committee on Fairness in Civic Life", "organisation", "said", "it would publish new rules in June")]),
    ("The Committee on Market Standards said councillors had broken the code twice.\n",
     [("Committee on Market Standards", "organisation", "said", "councillors had broken the code twice")]),
    ("The Commission on Public Confidence in Local Democracy found that turnout had fallen in 11 of 14 wards.\n",
     [("Commission on Public Confidence in Local Democracy", "organisation", "found that",
       "turnout had fallen in 11 of 14 wards")]),
])
def test_a_remit_after_on_keeps_the_name_whole(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("before", "word", "after", "joined"), [
    ("The Committee", "on", "Standards", True),                # a remit of common nouns after a committee
    ("the Committee on Standards", "in", "Civic Life", True),  # the remit's field after `in`
    ("The Council", "on", "Monday", False),                    # a day, no remit
    ("The Council", "on", "May", False),                       # a month that is also a word
    ("The Committee", "in", "Civic Life", False),              # `in` only after a remit
    ("the Committee on Housing", "in", "Dunmore", False),      # a place after `in`
    ("Harbour Care", "on", "Elm Avenue", False),               # no head that takes a remit
    ("The Committee", "on", "Harbour Standards Council", False),  # another body after `on`
])
def test_which_runs_a_remit_joins(before: str, word: str, after: str, joined: bool) -> None:
    assert joins_by_remit(before, word, after) is joined


@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Council on Tuesday said it had cut waiting times.\n",
     [("Harbour Council", "organisation", "said", "it had cut waiting times")]),
    ("The Market Council on Monday said 40 stalls had closed.\n",
     [("Market Council", "organisation", "said", "40 stalls had closed")]),
])
def test_a_remit_rule_does_not_fire(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_a_remit_after_a_title_word_is_no_person() -> None:
    text = ("The State Commission on Market Standards voted 9-0 to close the hall.\n\n"
            "If the commission finds the hall unsafe, the county must close it within 60 days.\n")
    assert [row[0] for row in cued_rows(text)] == ["State Commission on Market Standards"]
