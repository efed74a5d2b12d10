"""A party's written response as a frame for what it did (wave 31b): `In a written response included in the audit, the
parks department agreed with five of them`, `In its written response, included in the audit, the department agreed`,
`The department has accepted five of them, according to a written response attached to the audit`: the response is the
responding party's, and the party the content opens on speaks, never the response as a document nor the auditor.
Since wave 31a `agreed with` a count of recommendations is a cue of its own, which keeps its verb; the frame still
gives it to the party. Each case is a short text written for this test in our own words about invented parties, and the whole table it must
give as (speaker, speaker_kind, cue, quote) rows, in text order."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

AUDIT = ("The Harbour County Audit Office said on Monday that the Harbour County Parks Department had paid 40 invoices "
         "twice in 2024.\n\n")
AUDIT_ROW = ("Harbour County Audit Office", "inspectorate", "said on Monday that",
             "the Harbour County Parks Department had paid 40 invoices twice in 2024")
PARKS = "Harbour County Parks Department"


@pytest.mark.parametrize(("text", "expected"), [
    (AUDIT + "In a written response included in the audit, the department agreed with five of its seven "
     "recommendations.\n",
     [AUDIT_ROW, (PARKS, "organisation", "agreed with", "agreed with five of its seven recommendations")]),
    (AUDIT + "In its written response, included in the audit, the department agreed with all seven "
     "recommendations.\n",
     [AUDIT_ROW, (PARKS, "organisation", "agreed with", "agreed with all seven recommendations")]),
    (AUDIT + "The department has accepted five of them, according to a written response attached to the audit.\n",
     [AUDIT_ROW, (PARKS, "organisation", "according to", "The department has accepted five of them")]),
])
def test_the_responding_party_speaks_its_response(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
