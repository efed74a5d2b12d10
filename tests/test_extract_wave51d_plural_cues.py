"""The plain present of reporting verbs (wave 51d): a plural subject (`The authors conclude that`, `Campaigners warn
that`) and a body given plural agreement, as British and Irish writing does (`the inspectorate conclude that`, `the
council maintain that`), report with the verb's plain form as others do with its -s form. Each case is a short text
written for this test in our own words about invented parties, with the whole table it must give as (speaker,
speaker_kind, cue, quote) rows; and the shapes where the plain form must not report."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour News\n\nThe Tarrow Ferry Company maintain that the late sailings were caused by the storm.\n",
     [("Tarrow Ferry Company", "organisation", "maintain that", "the late sailings were caused by the storm")]),
    ("Harbour News\n\nThe Quayside Traders' Guild warn that six more shops could close before the spring.\n",
     [("Quayside Traders' Guild", "organisation", "warn that", "six more shops could close before the spring")]),
    ("Harbour News\n\nThe Ostler Marine Institute, in their latest survey, conclude that the bay's seal colony has "
     "doubled since 2015.\n",
     [("Ostler Marine Institute", "organisation", "conclude that",
       "the bay's seal colony has doubled since 2015")]),
    ("Harbour News\n\nThe Linwick Rowing Club maintain that no member was hurt in the capsize.\n",
     [("Linwick Rowing Club", "organisation", "maintain that", "no member was hurt in the capsize")]),
    ("Harbour News\n\nThe Varden Pier Trust suggest that the pier could reopen by June if the repairs go well.\n",
     [("Varden Pier Trust", "organisation", "suggest that", "the pier could reopen by June if the repairs go well")]),
])
def test_the_plain_present_reports(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# It must not fire: the plain form after a modal or `to`, and a verb whose plain form is mostly a noun or an order.
@pytest.mark.parametrize("text", [
    "Harbour News\n\nThe Tarrow Ferry Company will warn that sailings may be cut if the storm comes.\n",
    "Harbour News\n\nThe Linwick Rowing Club is expected to declare that its boathouse is unsafe.\n",
    "Harbour News\n\nThe Ostler Marine Institute was asked to explain why the survey was late.\n",
])
def test_the_plain_form_after_a_modal_or_to(text: str) -> None:
    assert cue_rows(text) == []
