"""Joined verb phrases and they-groups (wave 25h): two verb phrases of one subject joined by `and` that are one claim
(a second verb whose object is a bare count of the first's noun, `opened six shops and closed two`; a second participle
sharing the first's passive auxiliary, `was started and never finished`), and `They` after a sentence-initial group
of people from a body (`Engineers from X inspected ... They found ...`). Each case is a short text written for this
test in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote)
rows, in text order; and the shapes where the rules must not fire."""
from __future__ import annotations

import pytest

from tests.extract_rows import cued_rows


# joined_predicates.elided_count: the second verb's object is a bare count whose noun is the first verb's object
# (`closed three` shops): the second half cannot stand alone, so the two verb phrases are one claim.
@pytest.mark.parametrize(("text", "expected"), [
    ("Ms Orla Pennick said the chain had opened six shops and closed three since the spring, leaving it with 41.\n",
     [("Orla Pennick", "person", "said",
       "the chain had opened six shops and closed three since the spring, leaving it with 41")]),
    ("Dr Tamsin Elgood said the fund had received 2,310 bids in the last round and backed 204, so about one in eleven.\n",
     [("Tamsin Elgood", "person", "said",
       "the fund had received 2,310 bids in the last round and backed 204, so about one in eleven")]),
    ("The Brindle Arts Fund said it had assessed 96 proposals this spring and funded forty before the summer.\n",
     [("Brindle Arts Fund", "organisation", "said",
       "it had assessed 96 proposals this spring and funded forty before the summer")]),
])
def test_a_second_verb_of_a_bare_count_is_one_claim(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire: a count with its own noun, a share or a sum, a part named with `of`, and a second verb with a noun
# object stay two claims.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Brindle Arts Fund said it had assessed 96 proposals this spring and funded forty of them before the summer.\n",
     [("Brindle Arts Fund", "organisation", "said", "it had assessed 96 proposals this spring"),
      ("Brindle Arts Fund", "organisation", "said", "funded forty of them before the summer")]),
    ("Ms Orla Pennick said the chain had opened six shops in the north and recruited 40 new staff since the spring.\n",
     [("Orla Pennick", "person", "said", "the chain had opened six shops in the north"),
      ("Orla Pennick", "person", "said", "recruited 40 new staff since the spring")]),
    ("The Brindle Arts Fund said its income had risen by a fifth last year and fell 4% in the first quarter.\n",
     [("Brindle Arts Fund", "organisation", "said", "its income had risen by a fifth last year"),
      ("Brindle Arts Fund", "organisation", "said", "fell 4% in the first quarter")]),
    ("The Brindle Arts Fund said it had assessed 96 proposals this spring and awarded £2m to the strongest.\n",
     [("Brindle Arts Fund", "organisation", "said", "it had assessed 96 proposals this spring"),
      ("Brindle Arts Fund", "organisation", "said", "awarded £2m to the strongest")]),
])
def test_a_second_verb_with_its_own_object_stays_apart(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# joined_predicates.shared_passive: a second participle with no auxiliary of its own after a passive clause shares its
# auxiliary (`had been agreed by its trustees and posted on its noticeboard`): one predicate of one subject, one claim.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Pellam Trust said the change to its rules had been agreed by its trustees and posted on its noticeboard.\n",
     [("Pellam Trust", "organisation", "said",
       "the change to its rules had been agreed by its trustees and posted on its noticeboard")]),
    ("The Corrow Valley League said its goalkeeper has been banned for three matches and fined £400 for misconduct "
     "in the same game.\n",
     [("Corrow Valley League", "organisation", "said",
       "its goalkeeper has been banned for three matches and fined £400 for misconduct in the same game")]),
    ("The coroner, Dr Wilma Ostrey, said his pulse at triage should have prompted the checklist, but the check was "
     "started and never finished.\n",
     [("Wilma Ostrey", "person", "said",
       "his pulse at triage should have prompted the checklist, but the check was started and never finished")]),
])
def test_a_participle_sharing_a_passive_auxiliary_is_one_claim(text: str,
                                                                expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire: a second verb with an auxiliary of its own, an active verb with an object after a passive, and a
# second verb after an active clause stay two claims.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Pellam Trust said the footbridge had been closed for two days and had reopened at noon on Sunday.\n",
     [("Pellam Trust", "organisation", "said", "the footbridge had been closed for two days"),
      ("Pellam Trust", "organisation", "said", "had reopened at noon on Sunday")]),
    ("The Pellam Trust said its wardens were called by a walker on 3 May and traced the smoke to a barbecue.\n",
     [("Pellam Trust", "organisation", "said", "its wardens were called by a walker on 3 May"),
      ("Pellam Trust", "organisation", "said", "traced the smoke to a barbecue")]),
    ("The Pellam Trust said it had repaired 30 stiles this year and replaced the gates at six car parks.\n",
     [("Pellam Trust", "organisation", "said", "it had repaired 30 stiles this year"),
      ("Pellam Trust", "organisation", "said", "replaced the gates at six car parks")]),
])
def test_a_second_verb_of_its_own_after_a_passive_stays_apart(text: str,
                                                              expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# speakers/they_groups: a group of a body's people opening a sentence with a capital (`Engineers from X inspected the
# flat. They found ...`) is read as `when engineers from X inspected` and `Fire safety inspectors` already are; a
# capitalised word that is no group of people (`Tenants`) or part of a body's name (`Surveyors Guild`) is not.
LANDLORD = ("Landlord fined\n\nBy Jo Roe\n\nEastvale Borough Council has prosecuted a landlord.\n\n"
            "The landlord, Tom Ash, told magistrates he was sorry.\n\n")
ASH_SORRY = [("Tom Ash", "person", "told", "he was sorry")]


@pytest.mark.parametrize(("text", "expected"), [
    (LANDLORD + "Engineers from Eastvale Borough Council inspected the flat in May. They found damp in every room.\n",
     ASH_SORRY + [("Eastvale Borough Council", "organisation", "found", "found damp in every room")]),
    (LANDLORD + "Officers from the council's housing team inspected the flat in May. They found:\n\n"
     "\u2022 mould in every room;\n\u2022 a boiler that did not work.\n",
     ASH_SORRY + [("Eastvale Borough Council", "organisation", "found", "mould in every room"),
                  ("Eastvale Borough Council", "organisation", "found", "a boiler that did not work")]),
], ids=["engineers-from-a-body", "officers-over-a-list"])
def test_they_after_a_sentence_initial_group_is_its_body(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (LANDLORD + "Tenants from the block complained in May. They said the lifts had failed twice.\n",
     ASH_SORRY + [("they", "unresolved", "said", "the lifts had failed twice")]),
    (LANDLORD + "Neighbours of Tom Ash complained in May. They said the lifts had failed twice.\n",
     ASH_SORRY + [("they", "unresolved", "said", "the lifts had failed twice")]),
], ids=["tenants", "neighbours"])
def test_they_after_other_people_stays_unresolved(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
