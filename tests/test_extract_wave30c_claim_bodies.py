"""A claim given to another party of the same text (wave 30c). Each case is a short text written for this test in our
own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in
text order; and the shapes where the rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# attribution/claim_bodies: a reference that closes a claim as its speaker (`..., the group said.`, `..., according to
# the utility.`, `..., according to the office's annual report.`) is the one body the claim itself names in its subject
# when the reference's noun fits that body (its head, or a company's word for a body that may be a company), not the
# party that spoke before.
@pytest.mark.parametrize(("text", "expected"), [
    ("Brynmor Observatory said it would close its visitor centre in May.\n\n"
     "A petition started by the Friends of Pen Moel had gathered 9,200 signatures by Friday, the group said.\n",
     [("Brynmor Observatory", "organisation", "said", "it would close its visitor centre in May"),
      ("Friends of Pen Moel", "organisation", "said",
       "A petition started by the Friends of Pen Moel had gathered 9,200 signatures by Friday")]),
    ("The county health department said two cases of Legionnaires' disease had been confirmed.\n\n"
     "Kestry Water and Power tested 14 points in its network last week and found no Legionella, according to the "
     "utility.\n",
     [("the county health department", "unresolved", "said",
       "two cases of Legionnaires' disease had been confirmed"),
      ("Kestry Water and Power", "organisation", "according to",
       "Kestry Water and Power tested 14 points in its network last week and found no Legionella")]),
    ("NEWS RELEASE\nOffice of the Kerrow Attorney General\n\n"
     "Attorney General Nora Pell announced Tuesday that her office has reached a settlement with Sunfield Roofing LLC.\n\n"
     "Pell's Office of Consumer Affairs received 188 complaints about Sunfield in 2025, according to the office's annual "
     "report.\n",
     [("Nora Pell", "person", "announced Tuesday that",
       "her office has reached a settlement with Sunfield Roofing LLC"),
      ("Office of Consumer Affairs", "organisation", "according to",
       "Pell's Office of Consumer Affairs received 188 complaints about Sunfield in 2025")]),
    ("Harbour Rail said it was running a reduced service.\n\n"
     "Dunmore Coaches cancelled 40 per cent of its services today, the company said.\n",
     [("Harbour Rail", "organisation", "said", "it was running a reduced service"),
      ("Dunmore Coaches", "organisation", "said", "Dunmore Coaches cancelled 40 per cent of its services today")]),
])
def test_a_closing_reference_is_the_body_its_claim_names(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a body named after the claim's verb (the speaker's partner, not its subject), a body the reference
# does not fit (a council is no company), a body after a possessive that points to another party (`its passengers
# using X`), two bodies in the subject, and the party that spoke before named again (read as before).
@pytest.mark.parametrize(("text", "expected"), [
    ("Fernway Homes said rents would rise by 3% in April.\n\n"
     "Over Christmas, volunteers delivered 900 food parcels with Ashby Foods, the company added.\n",
     [("Fernway Homes", "organisation", "said", "rents would rise by 3% in April"),
      ("Fernway Homes", "organisation", "added",
       "Over Christmas, volunteers delivered 900 food parcels with Ashby Foods")]),
    ("Harbour Rail said it was running a reduced service.\n\n"
     "Passengers from Dunmore City Council's park-and-ride sites were moved to buses, the company said.\n",
     [("Harbour Rail", "organisation", "said", "it was running a reduced service"),
      ("Harbour Rail", "organisation", "said",
       "Passengers from Dunmore City Council's park-and-ride sites were moved to buses")]),
    ("Harbour Rail said it was running a reduced service.\n\n"
     "A survey of 900 of its passengers using Dunmore Coaches found that 61% had been late, the company said.\n",
     [("Harbour Rail", "organisation", "said", "it was running a reduced service"),
      ("Harbour Rail", "organisation", "said",
       "A survey of 900 of its passengers using Dunmore Coaches found that 61% had been late")]),
    ("Harbour Rail said it was running a reduced service.\n\n"
     "Its passengers using Dunmore Coaches had waited an hour at Tarn Cross, the company said.\n",
     [("Harbour Rail", "organisation", "said", "it was running a reduced service"),
      ("Harbour Rail", "organisation", "said",
       "Its passengers using Dunmore Coaches had waited an hour at Tarn Cross")]),
    ("Harbour Rail said it was running a reduced service.\n\n"
     "Their passengers using Dunmore Coaches had waited an hour, according to the company.\n",
     [("Harbour Rail", "organisation", "said", "it was running a reduced service"),
      ("Harbour Rail", "organisation", "according to",
       "Their passengers using Dunmore Coaches had waited an hour")]),
    ("Harbour Rail said it was running a reduced service.\n\n"
     "Dunmore Coaches and Brook Buses cancelled services today, the company said.\n",
     [("Harbour Rail", "organisation", "said", "it was running a reduced service"),
      ("Harbour Rail", "organisation", "said", "Dunmore Coaches and Brook Buses cancelled services today")]),
    ("Harbour Rail said it was running a reduced service.\n\n"
     "Harbour Rail cancelled 40 per cent of its services today, the company said.\n",
     [("Harbour Rail", "organisation", "said", "it was running a reduced service"),
      ("Harbour Rail", "organisation", "said", "Harbour Rail cancelled 40 per cent of its services today")]),
])
def test_a_closing_reference_keeps_its_speaker(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# speakers/owned_offices: a body named after the possessive of a person the text has named (`Pell's Office of Consumer
# Affairs`, Nora Pell named before) is the office itself; a possessive of a body (`Sunfield's Office of ...`) or of a
# person the text never named is kept as written.
@pytest.mark.parametrize(("text", "expected"), [
    ("Attorney General Nora Pell said the settlement would return $2 million to homeowners.\n\n"
     "Pell's Office of Consumer Affairs said it had received 188 complaints about Sunfield Roofing in 2025.\n",
     [("Nora Pell", "person", "said", "the settlement would return $2 million to homeowners"),
      ("Office of Consumer Affairs", "organisation", "said",
       "it had received 188 complaints about Sunfield Roofing in 2025")]),
    ("Sunfield Roofing Ltd said it had cooperated fully.\n\n"
     "Sunfield's Office of Customer Care said it had answered 188 complaints in 2025.\n",
     [("Sunfield Roofing Ltd", "organisation", "said", "it had cooperated fully"),
      ("Sunfield's Office of Customer Care", "organisation", "said", "it had answered 188 complaints in 2025")]),
    ("Hale's Office of Consumer Affairs said it had received 188 complaints about Sunfield Roofing in 2025.\n",
     [("Hale's Office of Consumer Affairs", "organisation", "said",
       "it had received 188 complaints about Sunfield Roofing in 2025")]),
])
def test_an_office_after_a_named_persons_possessive_is_the_office(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
