"""Places as speakers (wave 37b, attribution/place_speakers). Each case is a short text written for this test in our
own words about invented parties and places, and the whole table it must give as (speaker, speaker_kind, cue, quote)
rows, in text order; and the shapes where the rule must not fire."""
from __future__ import annotations

import pytest

from claims.extract.attribution.place_speakers import is_place_speaker, written_as_person
from tests.extract_rows import cued_rows


# A name the text writes only as a place (after `in`, as a stretch's second end, as a region after a town) is no
# party: its rows keep the words, unresolved.
@pytest.mark.parametrize(("text", "expected"), [
    ("ARDLE, May 3 (WNS): The election officer for Ward 4 has served a notice on a candidate after a patrol seized 120 "
     "food parcels bearing his photograph from a warehouse in Ganesh Nagar, the election officer said on Monday.\n",
     [("the election officer", "person", "said",  # wave 44d: the role set off after the claim speaks, not the place
       "The election officer for Ward 4 has served a notice on a candidate after a patrol seized "
       "120 food parcels bearing his photograph from a warehouse in Ganesh Nagar")]),  # 62f: the dated dateline cut
    ("Organisers of the Lough Fest weekend in Belmullet, Co Sligo have said a record 12,000 people attended, up from "
     "9,000 last year.\n",
     [("Co Sligo", "unresolved", "said", "a record 12,000 people attended, up from 9,000 last year")]),
    ("Dr Mira Rao said the costs had risen. The first section, from Ardlow to Tannery Cross, is due to open by May "
     "2027, she said, and the full line by June 2028.\n",
     [("Mira Rao", "person", "said", "the costs had risen"),
      ("Tannery Cross", "unresolved", "said",
       "The first section, from Ardlow to Tannery Cross, is due to open by May 2027"),
      ("Tannery Cross", "unresolved", "said", "the full line by June 2028")]),
    ("Behind those figures are real families. A clinic in Heron Lake told us it is owed more than $30,000 for work "
     "done in the spring.\n",
     [("Heron Lake", "unresolved", "told", "it is owed more than $30,000 for work done in the spring")]),
])
def test_a_place_is_no_party(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire: a firm its analysts work at, a body with a head noun written after `at`, a name the text also
# writes where no place word stands before it, an owner.
@pytest.mark.parametrize(("text", "speaker", "expected"), [
    ("Analysts at Carrow Stanley said the update was worse than feared.", "Carrow Stanley", False),
    ("The event was held at Dunmere University. Dunmere University said 400 people came.", "Dunmere University",
     False),
    ("The talks were held in Arden Vale. Arden Vale said the talks had failed.", "Arden Vale", False),
    ("The meeting was held at Jo Roe's farm near Ashby.", "Jo Roe", False),
    ("A festival in Westport, Co Sligo drew a record crowd.", "Co Sligo", True),
    ("Work is done at the Harlow Tor site.", "Harlow Tor", True),
    ("Crews worked across southern Wexmoor Vale all week.", "Wexmoor Vale", True),
    ("Profits at Quorvane rose by 12%, the company said.", "Quorvane", False),
    ("The museum will stage a show on Ana Reyes in June. Ms Reyes won the prize.", "Ana Reyes", False),
    # wave 54q: a county, a body's head that also names its area, written only as a place is the area
    ("According to their findings, 1,240 people slept rough in Darlow County on one night.", "Darlow County", True),
    ("Darlow County said 1,240 people slept rough in Darlow County on one night.", "Darlow County", False),
    ("Officials in Darlow County said 1,240 people slept rough.", "Darlow County", False),
])
def test_where_a_place_is_read(text: str, speaker: str, expected: bool) -> None:
    assert is_place_speaker(text, speaker) is expected


# Wave 56g: a speaker that is only a known place (a country, a large city, a US state, a Canadian province; a repeated
# dateline read as a transcript's label) is no party; a body named by its place is one, and a place's name the text
# writes as a person's (after a role, before an age) stays the person.
@pytest.mark.parametrize(("text", "expected"), [
    ("KUALA LUMPUR: Corvane Holdings has warned the public about a fake investment scheme.\n\nKUALA LUMPUR: The "
     "Tessaly Bank said it had closed 40 accounts linked to the scheme.\n\nKUALA LUMPUR: Three firms were placed on "
     "the watch list, the bank said.\n",
     [("Kuala Lumpur", "unresolved", "transcript", "The Tessaly Bank said it had closed 40 accounts linked to the scheme"),
      ("Kuala Lumpur", "unresolved", "transcript", "Three firms were placed on the watch list, the bank said")]),
    ("Maryland said it would cut the tax by 2%.\n",
     [("Maryland", "unresolved", "said", "it would cut the tax by 2%")]),
    ("TORONTO, May 3: Ontario said it would hire 300 nurses. The Kessel Union said the plan fell short.\n",
     [("Ontario", "unresolved", "said", "it would hire 300 nurses"),
      ("Kessel Union", "organisation", "said", "the plan fell short")]),
    ("The Maryland Department of Health said cases had risen by 12%. Nairobi County said the roads would reopen in "
     "May. The City of San Francisco said the count was lower. The Hong Kong Monetary Authority said rates would "
     "hold.\n",
     [("Maryland Department of Health", "organisation", "said", "cases had risen by 12%"),
      ("Nairobi County", "organisation", "said", "the roads would reopen in May"),
      ("City of San Francisco", "organisation", "said", "the count was lower"),
      ("Hong Kong Monetary Authority", "organisation", "said", "rates would hold")]),
    ("One respondent, Jordan, 19, from Leeds, said he waited 14 months for a first appointment.\n",
     [("Jordan", "person", "said", "he waited 14 months for a first appointment")]),
    ("Coach Jordan said the team was ready for the final. Jordan added that two players were injured.\n",
     [("Coach Jordan", "person", "said", "the team was ready for the final"),
      ("Jordan", "organisation", "added that", "two players were injured")]),
    ("One respondent, Jordan, aged 19, from Leeds, said he waited 14 months for a first appointment.\n",  # round 57m
     [("Jordan", "person", "said", "he waited 14 months for a first appointment")]),  # `aged_names.AGE_AFTER_RE`
], ids=["repeated-dateline", "us-state", "province", "bodies-named-by-places", "person-before-an-age",
        "person-after-a-role", "person-aged"])
def test_a_known_place_is_no_party(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Round 57m: a known place that is also a common given name (`Sofia`, `Georgia`; `vocabulary.GIVEN_NAMES` and
# `data/place_given_names.txt`) is read as any given name alone (`Amelia`) wherever the text refers to it as a person's:
# a person's pronoun later in a sentence that writes it, or `who` right after it; with no such evidence it stays a
# place, as any place.
@pytest.mark.parametrize(("text", "name"), [
    ("Pupils at Brookfield Primary spent a day at Hollin Farm.\n\nSofia said she liked the lambs best of all.\n",
     "Sofia"),
    ("The club's members were asked about the new pitch.\n\nGeorgia, who joined the club in May, said the pitch was "
     "too wet for training.\n", "Georgia"),
], ids=["given-name-then-pronoun", "given-name-who"])
def test_a_place_that_is_a_given_name_is_read_as_a_given_name_where_the_text_refers_to_a_person(
        text: str, name: str) -> None:
    assert [(name, *row[1:]) for row in cued_rows(text.replace(name, "Amelia"))] == cued_rows(text) != [
        (name, "unresolved", *row[2:]) for row in cued_rows(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Pupils at Brookfield Primary spent a day at Hollin Farm.\n\nSofia said the lambs were the best part of the "
     "trip.\n",
     [("Sofia", "unresolved", "said", "the lambs were the best part of the trip")]),
    ("Jordan said it had closed two border crossings.\n",
     [("Jordan", "unresolved", "said", "it had closed two border crossings")]),
    ("Nairobi said he would be paid by the end of the month.\n",
     [("Nairobi", "unresolved", "said", "he would be paid by the end of the month")]),
], ids=["given-name-no-evidence", "country-it", "no-given-name"])
def test_a_place_the_text_never_refers_to_as_a_person_stays_a_place(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Coach Jordan said the team was ready.", True),  # a role before it
    ("Olivia Jordan said the team was ready.", True),  # a known given name before it
    ("olivia Jordan said the team was ready.", False),  # a given name only when capitalised
    ("Northern Jordan said the team was ready.", False),  # a capitalised word that is no given name
    ("One respondent, Jordan, 19, said the team was ready.", True),  # an age after it
    ("One respondent, Jordan, said the team was 19, or so.", False),
], ids=["role", "given-name", "lower-case-given-name", "capitalised-word", "age", "no-age-after"])
def test_written_as_person(text: str, expected: bool) -> None:  # round 57m
    assert written_as_person(text, text.index("Jordan"), "Jordan") is expected
