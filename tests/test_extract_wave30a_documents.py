"""The recommendations a party or its document makes, listed after `including` (wave 30a). Each case is a short text
written for this test in our own words about invented parties, and the whole table it must give as (speaker,
speaker_kind, cue, quote) rows, in text order; and the shapes where the rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows

FROST_FOUND = ("Inspector Nadia Frost visited the Corben Road custody suite in May and found that 14 detainees had "
               "waited more than four hours for a nurse.\n\n")
FROST_ROW = ("Nadia Frost", "person", "found that", "14 detainees had waited more than four hours for a nurse")
AUDIT_OPENING = ("The Marston Valley Water Board overpaid its contractors by $2.1 million, according to an audit "
                 "released on Monday by the Marston Valley Auditor's Office.\n\n")
AUDITOR = "Marston Valley Auditor's Office"


# attribution/recommendation_lists: a party that makes recommendations claims their count and each item after
# `including`; a document that makes them speaks for the owner that has spoken for it already.
@pytest.mark.parametrize(("text", "expected"), [
    (FROST_FOUND + "Ms Frost made 12 recommendations, including that detainees see a nurse within an hour of "
     "arrival.\n",
     [FROST_ROW,
      ("Nadia Frost", "person", "made 12 recommendations, including",
       "made 12 recommendations, including that detainees see a nurse within an hour of arrival")]),
    ("The Pellridge Schools Inspectorate said attendance at Oakfield Academy had fallen to 81%.\n\n"
     "The Pellridge Schools Inspectorate has made four recommendations, including that the academy recruit a "
     "permanent head teacher and publish its attendance figures each term.\n",
     [("Pellridge Schools Inspectorate", "inspectorate", "said", "attendance at Oakfield Academy had fallen to 81%"),
      ("Pellridge Schools Inspectorate", "inspectorate", "has made four recommendations, including",
       "has made four recommendations"),
      ("Pellridge Schools Inspectorate", "inspectorate", "has made four recommendations, including",
       "the academy recruit a permanent head teacher"),
      ("Pellridge Schools Inspectorate", "inspectorate", "has made four recommendations, including",
       "publish its attendance figures each term")]),
    (AUDIT_OPENING + "The audit found that the board paid 40 invoices twice in 2024.\n\n"
     "The report makes nine recommendations, including a register of every contract and quarterly reports to the "
     "board's finance committee.\n",
     [(AUDITOR, "inspectorate", "according to", "The Marston Valley Water Board overpaid its contractors by $2.1 million"),
      (AUDITOR, "inspectorate", "found that", "the board paid 40 invoices twice in 2024"),
      (AUDITOR, "inspectorate", "makes nine recommendations, including",
       "a register of every contract and quarterly reports to the board's finance committee")]),
])
def test_recommendations_listed_after_including_are_their_makers(text: str,
                                                                 expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a document whose owner has not spoken (the body in focus is no owner), a reporting cue before the
# recommendations (its speaker's claim, as before), recommendations with no list, and a verb other than `make`.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Harrowgate Ferry Company cut two sailings a day in March.\n\n"
     "The report makes nine recommendations, including a new timetable for the winter months and a second vessel "
     "for the Tarn crossing.\n",
     []),
    ("Councillor Amy Thorne said the review makes six recommendations, including a new bus lane on Quay Street.\n",
     # wave 45a: `, including` after a present-tense clause ending on the items' kind (`the review makes six
     # recommendations`) keeps the clause with its one example, as `added four posts, including A` does; the item
     # alone is no statement of Thorne's
     [("Amy Thorne", "person", "said",
       "the review makes six recommendations, including a new bus lane on Quay Street")]),
    (FROST_FOUND + "Ms Frost made 12 recommendations to the chief constable.\n",
     [FROST_ROW]),
    (FROST_FOUND + "The chief constable accepted 12 recommendations, including that detainees see a nurse within an "
     "hour of arrival.\n",
     [FROST_ROW,
      ("The chief constable", "person", "accepted",
       "accepted 12 recommendations, including that detainees see a nurse within an hour of arrival")]),
])
def test_recommendations_left_to_the_rules_before(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
