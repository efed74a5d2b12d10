"""Wrong speakers that are another party of the text (wave 28b). Each case is a short text written for this test in
our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows,
in text order; and the shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# speakers/examiner_references: `the ombudsman` is the one body the text names for the ombudsman it houses (`Harbour
# Ombudsman Service`), wherever the text names it: in the same sentence before the cue, or only after it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Complaints to the Harbour Ombudsman Service about ferry firms reached a record 4,210 last year, and the "
     "ombudsman found in passengers' favour more often than ever, new figures show.\n",
     [("Harbour Ombudsman Service", "inspectorate", "found",
       "in passengers' favour more often than ever, new figures show")]),
    ("Complaints about ferry firms reached a record 4,210 last year, the ombudsman said on Monday.\n\n"
     "Tomas Grell, chief executive of the Harbour Ombudsman Service, said: \"Firms must do better.\"\n",
     [("Harbour Ombudsman Service", "inspectorate", "said", "Complaints about ferry firms reached a record 4,210 last year"),
      ("Tomas Grell", "person", "said:", "Firms must do better.")]),
    ("Complaints to the Harbour Ombudsman Service about ferry firms reached a record 4,210 last year.\n\n"
     "The figure compares with 3,900 in 2024, the ombudsman said on Monday.\n",
     [("Harbour Ombudsman Service", "inspectorate", "said", "The figure compares with 3,900 in 2024")]),
])
def test_ombudsman_is_the_body_named_for_it(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: two bodies housing an ombudsman (either may be meant), a body named for another examiner (`the
# ombudsman` is no `Harbour Auditor Service`), and an ombudsman whose head is its own word (read as before).
@pytest.mark.parametrize(("text", "expected"), [
    ("Complaints to the Harbour Ombudsman Service and the Rail Ombudsman Service both rose last year, and the "
     "ombudsman found in passengers' favour more often than ever, new figures show.\n",
     [("the ombudsman", "inspectorate", "found", "in passengers' favour more often than ever, new figures show")]),
    ("Complaints to the Harbour Auditor Service about ferry firms reached a record 4,210 last year, and the "
     "ombudsman found in passengers' favour more often than ever, new figures show.\n",
     [("the ombudsman", "inspectorate", "found", "in passengers' favour more often than ever, new figures show")]),
    ("Complaints to the Harbour Ombudsman Service about ferry firms reached a record 4,210 last year, and the "
     "regulator found in passengers' favour more often than ever, new figures show.\n",
     [("the regulator", "inspectorate", "found", "in passengers' favour more often than ever, new figures show")]),
])
def test_ombudsman_rule_does_not_fire(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
