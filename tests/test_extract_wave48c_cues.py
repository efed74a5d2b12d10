"""Cues a reader sees that were not read (wave 48c). Each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order;
and the shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# data/cue_verbs: the rest of the families of reporting verbs with `that` (promising, answering, admitting, regretting,
# guessing, establishing) and phrases of stating (`made the point that`).
@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour News\n\nThe treasurer, Mo Quill, vowed that no mooring fee would rise before 2027.\n",
     [("Mo Quill", "person", "vowed that", "no mooring fee would rise before 2027")]),
    ("Harbour News\n\nHal Ostrander countered that the ferry had carried 40,000 more passengers than in 2022.\n",
     [("Hal Ostrander", "person", "countered that", "the ferry had carried 40,000 more passengers than in 2022")]),
    ("Harbour News\n\nIna Velt confessed that the new pontoon had cost twice its budget.\n",
     [("Ina Velt", "person", "confessed that", "the new pontoon had cost twice its budget")]),
    ("Harbour News\n\nNell Barrow lamented that three of the town's five banks had closed since 2019.\n",
     [("Nell Barrow", "person", "lamented that", "three of the town's five banks had closed since 2019")]),
    ("Harbour News\n\nRowan Pike speculated that the quay would not reopen before the summer.\n",
     [("Rowan Pike", "person", "speculated that", "the quay would not reopen before the summer")]),
    ("Harbour News\n\nIna Velt made the point that half of the boats in the marina belong to people outside the county.\n",
     [("Ina Velt", "person", "made the point that",
       "half of the boats in the marina belong to people outside the county")]),
])
def test_a_reporting_verb_with_that(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# It must not fire: the same verbs with a thing, not a clause.
@pytest.mark.parametrize("text", [
    "Harbour News\n\nThe treasurer, Mo Quill, vowed revenge on the rival club.\n",
    "Harbour News\n\nThe marina charged a fee of twenty pounds for the slipway.\n",
    "Harbour News\n\nThe trust established a fund for the lifeboat crew.\n",
    "Harbour News\n\nRowan Pike set out three matters of concern at the meeting.\n",
])
def test_the_verbs_with_a_thing(text: str) -> None:
    assert cue_rows(text) == []


# data/state_adjectives: certainty, hope and feelings about a fact after a copula and `that`.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour News\n\nIna Velt was adamant that the bridge would reopen by March.\n",
     [("Ina Velt", "person", "was adamant that", "the bridge would reopen by March")]),
    ("Harbour News\n\nHal Ostrander is optimistic that the third quarter will see 5 per cent more visitors.\n",
     [("Hal Ostrander", "person", "is optimistic that", "the third quarter will see 5 per cent more visitors")]),
    ("Harbour News\n\nNell Barrow was dismayed that only 12 of the 40 new homes were affordable.\n",
     [("Nell Barrow", "person", "was dismayed that", "only 12 of the 40 new homes were affordable")]),
])
def test_a_state_of_mind_with_that(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# causes: `put A down to B` with any thing caused between the verb and `down to`, and `pointed to A as reasons`.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour News\n\nTrust chief executive Ina Velt puts growing visitor numbers down to new investment and cheaper "
     "parking.\n",
     [("Ina Velt", "person", "puts", "puts growing visitor numbers down to new investment and cheaper parking")]),
    ("Harbour News\n\nHal Ostrander, the club's chairman, said membership had grown. He also pointed to lower fees and "
     "a mild winter as other reasons for the rise.\n",
     [("Hal Ostrander", "person", "said", "membership had grown"),
      ("Hal Ostrander", "person", "pointed", "pointed to lower fees"),
      ("Hal Ostrander", "person", "pointed", "a mild winter as other reasons for the rise")]),
])
def test_a_cause_given(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# It must not fire: `put A down to` before an infinitive and its object, `pointed to` with no cause named.
@pytest.mark.parametrize("text", [
    "Harbour News\n\nHal Ostrander put the phone down to answer the door.\n",
    "Harbour News\n\nHal Ostrander pointed to the harbour wall as the boats came in.\n",
    "Harbour News\n\nThe council put forward a plan to cut the fees.\n",
])
def test_no_cause_given(text: str) -> None:
    assert cue_rows(text) == []


# attribution/patterns.BLAMED_RE: `..., something X attributes to B`, a post before the name.
def test_something_a_party_attributes_to() -> None:
    text = ("Harbour News\n\nLettings at the hall have risen for the third year running, something treasurer Mo Quill "
            "attributes to the new booking website.\n")
    assert cue_rows(text) == [
        ("Mo Quill", "person", "attributes to", "Lettings at the hall have risen for the third year running, "
         "something treasurer Mo Quill attributes to the new booking website")]


# data/plain_characterising_verbs: `dismissed A as B`, `hailed A as B` (the verb kept).
@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour News\n\nMo Quill dismissed the reports as false and baseless.\n",
     [("Mo Quill", "person", "dismissed", "dismissed the reports as false and baseless")]),
    ("Harbour News\n\nHal Ostrander hailed the vote as a turning point for the harbour.\n",
     [("Hal Ostrander", "person", "hailed", "hailed the vote as a turning point for the harbour")]),
])
def test_a_quality_ascribed(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# data/cue_verbs, data/object_verbs: condemning (`denounced`, `deplored`), kept in its claim like `condemned`.
def test_a_denunciation() -> None:
    text = "Harbour News\n\nThe Corran Institute has denounced an attack that injured 12 students on Monday.\n"
    assert cue_rows(text) == [("Corran Institute", "organisation", "denounced",
                               "has denounced an attack that injured 12 students on Monday")]


# attribution/pledges_from: `assurances from X that A` is X's claim; asked for, nobody's yet.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour News\n\nVela Council has welcomed assurances from the Marsh Trust that £4 million of grant funding will be "
     "passed to the town in full.\n",
     [("Marsh Trust", "organisation", "assurances from",
       "£4 million of grant funding will be passed to the town in full")]),
    ("Harbour News\n\nThe club received confirmation from Corran Borough Council that the pitch would be resurfaced by "
     "May.\n",
     [("Corran Borough Council", "organisation", "confirmation from", "the pitch would be resurfaced by May")]),
    ("Harbour News\n\nVela Council has sought assurances from the Marsh Trust that the library will stay open.\n", []),
])
def test_a_pledge_from_a_party(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# attribution/patterns.INVERTED_ASIDE_RE: an inverted cue (a post after the name) set off inside the claim's subject,
# right before its main verb: the whole sentence is the claim.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour News\n\nThe increase, said Ina Velt, director of the Corran Institute, is due to a larger intake of "
     "students.\n",
     [("Ina Velt", "person", "said", "The increase, said Ina Velt, director of the Corran Institute, is due to a "
       "larger intake of students")]),
    ("Harbour News\n\nThe rise in fees, said Dr. Hal Ostrander, was the first since 2019.\n",
     [("Hal Ostrander", "person", "said", "The rise in fees, said Dr. Hal Ostrander, was the first since 2019")]),
])
def test_an_inverted_cue_inside_the_subject(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# attribution/characterisations.described_first: a plain ascription conjoined before a second cue of its subject keeps
# both claims.
def test_a_dismissal_before_a_second_cue() -> None:
    text = ("Harbour News\n\nMo Quill dismissed the reports as false and baseless and said that they were the work of "
            "rival clubs.\n")
    assert cue_rows(text) == [("Mo Quill", "person", "dismissed", "dismissed the reports as false and baseless"),
                              ("Mo Quill", "person", "said that", "they were the work of rival clubs")]
