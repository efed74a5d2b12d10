"""A lead-in whose cue names its document (wave 29g). Each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order;
and the shapes where the rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# attribution/document_lead_ins: `Key findings of the review include:` after a person found something is the review's
# owner's list (the body whose review it is), read as `The review found` would be, not the finder's.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Ashgrove Trust has published its annual review of the county's food banks.\n\n"
     "Dr Helen Marsh, who chairs the panel, found that demand rose by 30% in a year.\n\n"
     "Key findings of the review include:\n\n"
     "- 4,000 food parcels were given out in March\n"
     "- one family in ten had never used a food bank before\n",
     [("Helen Marsh", "person", "found that", "demand rose by 30% in a year"),
      ("Ashgrove Trust", "organisation", "Key findings of the review include:",
       "4,000 food parcels were given out in March"),
      ("Ashgrove Trust", "organisation", "Key findings of the review include:",
       "one family in ten had never used a food bank before")]),
    ("More tenants waited over a year for repairs, according to a new report from the Larchmere Housing Board.\n\n"
     "Councillor Owen Pryce, who launched the report, found that complaints had doubled since 2022.\n\n"
     "Highlights from the report:\n\n"
     "- 1,300 repairs were still open in June\n"
     "- the average wait was 41 weeks\n",
     [("Larchmere Housing Board", "organisation", "according to", "More tenants waited over a year for repairs"),
      ("Owen Pryce", "person", "found that", "complaints had doubled since 2022"),
      ("Larchmere Housing Board", "organisation", "Highlights from the report:", "1,300 repairs were still open in June"),
      ("Larchmere Housing Board", "organisation", "Highlights from the report:", "the average wait was 41 weeks")]),
])
def test_lead_in_naming_its_document_speaks_for_its_owner(text: str,
                                                          expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a document no body owns in the text, and a lead-in that names no document (read as before: the
# finder just before).
@pytest.mark.parametrize(("text", "expected"), [
    ("Dr Helen Marsh, who chairs the panel, found that demand rose by 30% in a year.\n\n"
     "Key findings of the report include:\n\n"
     "- 4,000 food parcels were given out in March\n",
     [("Helen Marsh", "person", "found that", "demand rose by 30% in a year"),
      ("Helen Marsh", "person", "Key findings of the report include:", "4,000 food parcels were given out in March")]),
    ("The Ashgrove Trust has published its annual review of the county's food banks.\n\n"
     "Dr Helen Marsh, who chairs the panel, found that demand rose by 30% in a year.\n\n"
     "Key findings:\n\n"
     "- 4,000 food parcels were given out in March\n",
     [("Helen Marsh", "person", "found that", "demand rose by 30% in a year"),
      ("Helen Marsh", "person", "Key findings:", "4,000 food parcels were given out in March")]),
])
def test_lead_in_without_an_owned_document_is_left(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
