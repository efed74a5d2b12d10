"""A party that moves its own guidance, forecast or estimate (wave 29b). Each case is a short text written for this
test in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote)
rows, in text order; and the shapes where the rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# attribution/guidance_moves: `X raised its forecast for A to B`, `The company kept its guidance of B`, `X has revised
# its estimate of A to B`: the subject's own figure, claimed with its verb, when a figure follows the noun.
@pytest.mark.parametrize(("text", "expected"), [
    ("Pellmore Bank said lending rose by 4% in the half.\n\n"
     "The bank raised its forecast for full-year lending growth to 6%, from 5% previously.\n",
     [("Pellmore Bank", "organisation", "said", "lending rose by 4% in the half"),
      ("Pellmore Bank", "organisation", "raised",
       "raised its forecast for full-year lending growth to 6%, from 5% previously")]),
    ("Quillon Software reported revenue of £410m for the half.\n\n"
     "Quillon kept its guidance of full-year revenue between £820m and £840m.\n",
     [("Quillon Software", "organisation", "reported", "reported revenue of £410m for the half"),
      ("Quillon Software", "organisation", "kept",
       "kept its guidance of full-year revenue between £820m and £840m")]),
    ("The Coastal Seismic Service has revised its estimate of the tremor to magnitude 2.9, up from 2.6.\n",
     [("Coastal Seismic Service", "organisation", "revised",
       "has revised its estimate of the tremor to magnitude 2.9, up from 2.6")]),
])
def test_party_moving_its_own_guidance_claims_it(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: no figure after the noun (`cut its profit forecast for the second time`), another party's forecast
# moved (`cut the forecast` with no `its`), a question, and a sentence that already has its speaker.
@pytest.mark.parametrize(("text", "expected"), [
    ("Shares in Tolbrook fell after the retailer cut its profit forecast for the second time this year.\n", []),
    ("Analysts cut the forecast for Tolbrook to £40m.\n", []),
    ("Will Tolbrook raise its forecast above £40m?\n", []),
    ("Tolbrook said it had raised its profit forecast to £52m.\n",
     [("Tolbrook", "organisation", "said", "it had raised its profit forecast to £52m")]),
])
def test_guidance_rule_left_alone(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
