"""`claims.extract.attribution.lists.lead_in`: a findings lead-in with no verb (`Key findings:`) right after a body's
or a document's finding (`The review shows that ...`) goes on in the voice that finding was given, even when another
body in focus is an inspectorate (wave 49w); after a person's finding, the inspectorate in focus keeps them
(tests/test_extract_wave18c_people.py). Texts written for this test about invented parties; whole (speaker,
speaker_kind, quote) rows."""
from __future__ import annotations

from extract_rows import rows

HARBOUR_REVIEW = (
    "The Coastal Safety Authority inspected Tarrow harbour in May and rated it good.\n\n"
    "The Tarrow Harbour Board's annual safety review shows that 14 people died in harbour accidents, compared with 19 "
    "last year.\n\n"
    "Key findings:\n\n"
    "\u2022 Nine of the 14 deaths happened at night.\n"
    "\u2022 Six of those who died were not wearing a lifejacket.\n")
"""An inspectorate in focus, then a body's review that finds something, then a findings lead-in with no verb."""


def test_key_findings_after_a_bodys_review_are_that_bodys() -> None:
    assert rows(HARBOUR_REVIEW) == [
        ("Coastal Safety Authority", "inspectorate", "rated it good"),
        ("Tarrow Harbour Board", "organisation", "14 people died in harbour accidents, compared with 19 last year"),
        ("Tarrow Harbour Board", "organisation", "Nine of the 14 deaths happened at night"),
        ("Tarrow Harbour Board", "organisation", "Six of those who died were not wearing a lifejacket")]
