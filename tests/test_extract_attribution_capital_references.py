"""Capitalised references to a public body (wave 67k, attribution/capital_references). Each case is a short text
written for this test in our own words about invented parties, and the whole table it must give as (speaker,
speaker_kind, cue, quote) rows, in text order; and the speakers and texts where the rule must not fire."""
from __future__ import annotations

import pytest

from claims.extract.attribution.capital_references import capital_reference
from tests.extract_rows import cued_rows


# `the Government`, `the Department`, `the Council` capitalised, the text naming no fuller body with that head: the
# writer's proper name for the one body it is about, an organisation; in lower case, or the text naming the body in
# full, the rows stay as the resolvers read them; a head that names no public body (`the Provider`) stays unresolved.
@pytest.mark.parametrize(("text", "expected"), [
    ("Nurses at the Tarnby infirmary will vote next month on a new pay offer.\n\nThe Government said the offer was "
     "the largest rise in nine years.\n",
     [("the Government", "organisation", "said", "the offer was the largest rise in nine years")]),
    ("Ferry sailings to Corrin Isle were cancelled on 14 days in March.\n\nThe Department said the operator had been "
     "fined twice this year.\n",
     [("the Department", "organisation", "said", "the operator had been fined twice this year")]),
    ("Bin collections in Ashvale will move to fortnightly rounds from June.\n\nThe Council confirmed that 4,000 homes "
     "would get a second bin.\n",
     [("the Council", "organisation", "confirmed that", "confirmed that 4,000 homes would get a second bin")]),
    ("Bin collections in Ashvale will move to fortnightly rounds from June.\n\nThe council confirmed that 4,000 homes "
     "would get a second bin.\n",
     [("the council", "unresolved", "confirmed that", "confirmed that 4,000 homes would get a second bin")]),
    ("Bin collections in Ashvale will move to fortnightly rounds from June, Ashvale Borough Council said.\n\nThe "
     "Council confirmed that 4,000 homes would get a second bin.\n",
     [("Ashvale Borough Council", "organisation", "said",
       "Bin collections in Ashvale will move to fortnightly rounds from June"),
      ("Ashvale Borough Council", "organisation", "confirmed that", "confirmed that 4,000 homes would get a second bin")]),
    ("Ferry sailings to Corrin Isle were cancelled on 14 days in March.\n\nThe Provider said the delays were caused "
     "by storms.\n",
     [("the Provider", "unresolved", "said", "the delays were caused by storms")]),
])
def test_capital_reference_rows(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    ("The Ministry said 40 clinics had opened.", "the Ministry", True),
    ("The Ministry said 40 clinics had opened.", "The Ministry", True),
    ("Harbour Ministry staff met. The Ministry said 40 clinics had opened.", "the Ministry", False),
    ("The Ministry of Ports said so. The Ministry said 40 clinics had opened.", "the Ministry", False),
    ("The Ministry for the Coast said so. The Ministry said 40 clinics had opened.", "the Ministry", False),
    ("The Corvale government said so. The Government said 40 clinics had opened.", "the Government", False),
    ("The ministry said 40 clinics had opened.", "the ministry", False),
    ("The Trust said 40 clinics had opened.", "the Trust", False),
    ("The Government said 40 clinics had opened.", "the Government's office", False),
    ("The Government said 40 clinics had opened.", "Government", False),
])
def test_capital_reference(text: str, speaker: str, expected: bool) -> None:
    assert capital_reference(text, speaker) is expected
