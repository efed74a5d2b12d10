"""`claims.extract.attribution.lists.lead_in`: a findings lead-in with no verb (`Key findings:`) right after a body's
or a document's finding (`The review shows that ...`) goes on in the voice that finding was given, even when another
body in focus is an inspectorate (wave 49w); after a person's finding, the inspectorate in focus keeps them
(tests/test_extract_wave18c_people.py). Texts written for this test about invented parties; whole (speaker,
speaker_kind, quote) rows."""
from __future__ import annotations

from claims.extract import find_rows
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


def _cue_rows(text: str) -> list[tuple[str, str, str, str]]:
    """Return (speaker, speaker_kind, cue, quote) for every claim of a text."""
    return [(r.speaker, r.speaker_kind, r.cue, r.quote) for r in find_rows(text, "t.txt")]


# `lists.below_lead_in`: a sentence pointing down to its bullets gives them the words that point down as their cue
# (`are set out below`), as a lead-in ending in a colon gives its own words; no more the bare `below` (wave 54g).
def test_a_lead_in_pointing_down_gives_its_words_as_the_cue() -> None:
    text = ("The Schools Inspectorate published its report on Hill Academy on Monday.\n\n"
            "The key findings are set out below.\n- Behaviour improved in 6 of 8 year groups\n- 12 teachers left\n")
    assert _cue_rows(text) == [
        ("Schools Inspectorate", "inspectorate", "are set out below", "Behaviour improved in 6 of 8 year groups"),
        ("Schools Inspectorate", "inspectorate", "are set out below", "12 teachers left")]

