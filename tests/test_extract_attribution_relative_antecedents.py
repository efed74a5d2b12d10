"""A `which` clause with a cue after a clause of narration (wave 37f): the thing the pronoun points back to speaks when
it is a named party and the cue a verb of speech (`referred the case to Wexmoor Police, which said ...`), or when it
is a document and the cue a verb of finding (`pointed to the university's annual report, which shows ...`). Each case
is a short text written for this test in our own words about invented parties, and the whole table it must give as
(speaker, speaker_kind, cue, quote) rows, in text order; and the shapes where the rule must not fire."""
from __future__ import annotations

import pytest

from claims.extract.attribution.relative_antecedents import antecedent_region
from extract_rows import cued_rows as cue_rows


# A named party right before `, which` (after an apposition of its own, if any) with a verb of speech: the party.
@pytest.mark.parametrize(("text", "expected"), [
    ("Wexmoor Council said it would close two depots in May.\n\n"
     "The council has referred the complaints to Wexmoor Police, which said it had opened an inquiry into 40 "
     "thefts.\n",
     [("Wexmoor Council", "organisation", "said", "it would close two depots in May"),
      ("Wexmoor Police", "organisation", "said", "it had opened an inquiry into 40 thefts")]),
    ("Wexmoor Council said it would close the Quay Street depot in May.\n\n"
     "The closure has been criticised by the Harbour Users Group (HUG), the body for the county's 30 boat clubs, "
     "which said it would cost 200 jobs.\n",
     [("Wexmoor Council", "organisation", "said", "it would close the Quay Street depot in May"),
      ("Harbour Users Group", "organisation", "said", "it would cost 200 jobs")]),
    ("Wexmoor Food Bank said it had given out 4,100 parcels this winter.\n\n"
     "The appeal is backed by the grocer Penlow Stores, which has pledged to match every donation up to £50,000.\n",
     [("Wexmoor Food Bank", "organisation", "said", "it had given out 4,100 parcels this winter"),
      ("Penlow Stores", "organisation", "pledged", "has pledged to match every donation up to £50,000")]),
])
def test_named_party_before_which_speaks(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# A document's noun phrase right before `, which` with a verb of finding: the document (or its owner) finds, not the
# party that points to it or presents it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour University said it would cut 120 posts.\n\n"
     "Dr Jo Penrose, a lecturer, pointed to the university's annual report, which shows that pay for senior staff "
     "rose 11 per cent.\n",
     [("Harbour University", "organisation", "said", "it would cut 120 posts"),
      ("Harbour University", "organisation", "shows that", "pay for senior staff rose 11 per cent")]),
    ("Harbour Users Group said the fares were too high.\n\n"
     "The group's chair, Jo Penrose, pointed to Wexmoor Council's consultation report, which found that 84% of "
     "respondents opposed the plan.\n",
     [("Harbour Users Group", "organisation", "said", "the fares were too high"),
      ("Wexmoor Council", "organisation", "found that", "84% of respondents opposed the plan")]),
])
def test_document_before_which_finds(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a cue word that is no verb of speech after a named place (`admitted 300 patients`), `told` with the
# writer as its audience (`which told us`), a document inside a party's own reported speech (`told the board that ...,
# which found`), a document that names no owner (a bare `the report` would be read as the last speaker's), a document
# of the subject's own (`its`).
@pytest.mark.parametrize(("text", "expected"), [
    ("Wexmoor Health Trust said it had hired 40 nurses.\n\n"
     "The trust opened a new ward at Carrow General Hospital, which admitted 300 patients in its first month.\n",
     [("Wexmoor Health Trust", "organisation", "said", "it had hired 40 nurses")]),
    ("Harbour Rowing Club said its fees would rise by £20.\n\n"
     "The club had a call on Monday from the Wexmoor Gazette, which told us it would print the letter on Friday.\n",
     [("Harbour Rowing Club", "organisation", "said", "its fees would rise by £20")]),
    ("Councillor Ruth Penhale told the board that the council had commissioned a review by auditors Harte Dolan, "
     "which found no wrongdoing.\n",
     [("Ruth Penhale", "person", "told the board that",
       "the council had commissioned a review by auditors Harte Dolan, which found no wrongdoing")]),
    ("Harbour Users Group said the fares were too high.\n\n"
     "The cuts are borne out by the consultation report presented to cabinet, which found that 84% of respondents "
     "opposed the plan.\n",
     [("Harbour Users Group", "organisation", "said", "the fares were too high")]),
    ("Penlow Stores today published its annual report, which shows that sales rose 4% to £210m.\n",
     [("Penlow Stores", "organisation", "which shows", "sales rose 4% to £210m")]),  # the publisher's cue (64m)
])
def test_relative_antecedent_rule_does_not_fire(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The council referred it to Wexmoor Police, which said", (27, 41)),
    ("Dr Roe pointed to the university's annual report, which shows", (18, 48)),
    ("Dr Roe pointed to Harbour University's annual report, which shows", (18, 52)),
    ("The council opened a ward at Carrow Hospital, which admitted", None),
    ("Penlow Stores published its annual report, which shows", None),
    ("Wexmoor Police, which said", None),
    ("The route drew objections from local farmers, who say", (31, 44)),
    ("The route drew objections from local farmers, who also say", (31, 44)),
    ("The route drew objections from local farmers, who have said", None),
    ("The route drew objections from local farmers, who now say", None),
    ("The route drew objections from local farmers who say", None),
])
def test_antecedent_region(text: str, expected: tuple[int, int] | None) -> None:
    assert antecedent_region(text, 0, len(text) - len(text.split()[-1])) == expected


# A bare plural group right before `, who` with a verb of speech (wave 51e, `_group_phrase`; round 52m): the group's
# own words up to four before its head, a second group joined by `and`, after a clause of narration with a verb of its
# own (a verb of speech there too); no group, no narration or no verb of speech: nothing.
@pytest.mark.parametrize(("text", "phrase"), [
    ("The plan drew objections from local farmers, who say", "local farmers"),
    ("The plan drew objections from Tarnby dairy farmers, who say", "Tarnby dairy farmers"),
    ("The plan drew objections from Tarnby Old Town harbour front residents, who say",
     "Old Town harbour front residents"),
    ("The plan drew objections from farmers and Old Town harbour front residents, who say",
     "farmers and Old Town harbour front residents"),
    ("The council said it had heard from local farmers, who say", "local farmers"),
    ("The plan drew objections from farmers, who say", "farmers"),
    ("The plan drew objections from local farmers and residents, who say", "local farmers and residents"),
    ("The plan drew objections from angry young Tarnby dairy farmers and residents, who say",
     "young Tarnby dairy farmers and residents"),
    ("The plan angered local farmers, who say", "local farmers"),
    ("The plan drew objections from Tarnby Council, who say", None),
    ("The plan drew objections from local farmers, who built", None),
    ("At the meeting, local farmers, who say", None),
    ("At the meeting, local farmers, who warned", None),
    ("Local farmers, who say", None),
])
def test_a_group_before_who(text: str, phrase: str | None) -> None:
    expected = (text.index(phrase), text.index(phrase) + len(phrase)) if phrase else None
    assert antecedent_region(text, 0, len(text) - len(text.split()[-1])) == expected


def test_a_group_before_who_needs_narration_in_its_own_sentence() -> None:
    text = "The board approved the plan. At the meeting, local farmers, who say"
    assert antecedent_region(text, text.index("At"), len(text) - 3) is None
