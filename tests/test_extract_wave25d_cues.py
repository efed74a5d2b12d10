"""Cues and missed claims (wave 25d): a party accusing another of something (`X accused Y of Z`), read as X's claim.
Each case is a short text written for this test in our own words about invented parties, and the whole table it must
give as (speaker, speaker_kind, cue, quote) rows, in text order; and the shapes where the rule must not fire."""
from __future__ import annotations

import pytest

from claims.extract.attribution.accusations import may_accuse
from tests.extract_rows import cued_rows


# attribution/accusations: `X accused Y of Z` (and `accuses`, `has accused`): the accused and what it is accused of are
# X's claim, as if X had said so; a person after a post set off by commas, a body, and a body described first and
# named in the next paragraph.
@pytest.mark.parametrize(("text", "expected"), [
    ("Its branch secretary, Dana Whitlow, accused the company of running the Orrin Vale plant down on purpose.\n",
     [("Dana Whitlow", "person", "accused", "the company of running the Orrin Vale plant down on purpose")]),
    ("Ms Whitlow accused the council of cutting the opening hours of the pool from 60 to 38 a week.\n",
     [("Ms Whitlow", "person", "accused", "the council of cutting the opening hours of the pool from 60 to 38 a week")]),
    ("The Brayford Tenants Union has accused Kellow Homes of leaving damp unrepaired in 40 flats.\n",
     [("Brayford Tenants Union", "organisation", "accused",
       "Kellow Homes of leaving damp unrepaired in 40 flats")]),
    ("A conservation charity has accused the county council of overstating the health of its nature sites.\n\n"
     "The Fenmoor Wildlife Trust said only 40% of the sites were in good condition.\n",
     [("Fenmoor Wildlife Trust", "organisation", "accused",
       "the county council of overstating the health of its nature sites"),
      ("Fenmoor Wildlife Trust", "organisation", "said", "only 40% of the sites were in good condition")]),
])
def test_an_accusation_is_its_subject_s_claim(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire: the accused in a passive or a participle is nobody's claim here; a document accusing is left to the
# document rules; an accusation in a question claims nothing.
@pytest.mark.parametrize("text", [
    "Mr Penn was accused of hiding losses of £2m from the board.\n",
    "Mr Penn, accused of hiding losses of £2m, resigned on Friday.\n",
    "The Kellow Homes chairman has been accused by tenants of ignoring 40 complaints.\n",
    "The complaint accuses Corvex Ltd of selling 9,000 heaters that can overheat.\n",
    "Has the council accused the trust of wasting £2m?\n",
])
def test_no_accusation_claim_without_a_party_accusing(text: str) -> None:
    assert cued_rows(text) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Dana Whitlow accused the company of running it down.", True),
    ("Dana Whitlow, accused of fraud, resigned.", False),
    ("The accusations were denied.", False),
])
def test_may_accuse_needs_an_object_before_of(body: str, expected: bool) -> None:
    assert may_accuse(body) is expected


# items: an -ing word that is a noun or a noun's modifier is no participle clause to cut the claim before: after an
# adjective of `data/gerund_takers.txt` (`any new building projects`, `on new lifting equipment`), or last in its
# sentence before the full stop (`the Tanyard Lane building.`: nothing but a closing mark after it).
@pytest.mark.parametrize(("text", "expected"), [
    ("Ms Orme said the trust would not start any new building projects in the coming year.\n",
     [("Ms Orme", "person", "said", "the trust would not start any new building projects in the coming year")]),
    ("Corvex Ltd said it had spent £180,000 on new lifting equipment and training.\n",
     [("Corvex Ltd", "organisation", "said", "it had spent £180,000 on new lifting equipment and training")]),
    ("Tenbury Borough Council said the new hub would be less than a mile from the Ashdown Road building.\n",
     [("Tenbury Borough Council", "organisation", "said",
       "the new hub would be less than a mile from the Ashdown Road building")]),
])
def test_an_ing_noun_stays_in_its_claim(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire: a participle adding an achievement after a whole clause is still a claim of its own.
@pytest.mark.parametrize(("text", "expected"), [
    ("Corvex Ltd said it opened 40 new stores in the region last year creating 120 jobs.\n",
     [("Corvex Ltd", "organisation", "said", "it opened 40 new stores in the region last year"),
      ("Corvex Ltd", "organisation", "said", "creating 120 jobs")]),
])
def test_a_participle_clause_is_still_cut(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
