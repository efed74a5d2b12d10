"""A body named after its description (wave 28g). Each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order;
and the shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# speakers/described_names: the description before a body's name may hold a possessive of the people it serves
# (`the victims' charity X`, `the children's charity X`), and a sentence may open on the description's first word
# (`App analytics firm X said`): the one-word name after it speaks, as `the charity X said` already did.
@pytest.mark.parametrize(("text", "expected"), [
    ("The victims' charity Lanternhold said its caseworkers had supported 1,200 people last year.\n",
     [("Lanternhold", "organisation", "said", "its caseworkers had supported 1,200 people last year")]),
    ("The tenants' group Damproof said repairs took an average of nine months to start.\n",
     [("Damproof", "organisation", "said", "repairs took an average of nine months to start")]),
    ("The children\u2019s charity Brightwick said 40% of the families it helped had skipped meals.\n",
     [("Brightwick", "organisation", "said", "40% of the families it helped had skipped meals")]),
    ("App analytics firm Tallyscope said downloads of the game fell by 12% in May.\n",
     [("Tallyscope", "organisation", "said", "downloads of the game fell by 12% in May")]),
    ("Mental health charity Quietwater said its helpline took 9,000 calls in March.\n",
     [("Quietwater", "organisation", "said", "its helpline took 9,000 calls in March")]),
])
def test_name_after_its_description_speaks(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a description with no capitalised name after it names no one (read as before).
@pytest.mark.parametrize(("text", "expected"), [
    ("The victims' charity said its caseworkers had supported 1,200 people last year.\n",
     [("the victims charity", "unresolved", "said", "its caseworkers had supported 1,200 people last year")]),
    ("Mental health charity workers said waiting lists had doubled since 2020.\n",
     []),
])
def test_description_without_a_name_is_left(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# speakers/described_leads: a news lead's speaker described before it is named (`..., a youth justice charity has
# said.`) is the first body the text names after it whose head is the description's noun (a trust for `charity`)
# when the text next calls it `the <noun>`, or the one body the text sets beside `the <noun>` (`The group, Tidemark International, said`, `the consumer group
# Till Watch`).
@pytest.mark.parametrize(("text", "expected"), [
    ("Waiting lists for hip operations have doubled since 2020, a patients' charity has said.\n\n"
     "Figures gathered by the Harlow Trust show that 41,000 people waited more than a year. "
     "The charity's report is published today.\n",
     [("Harlow Trust", "organisation", "said", "Waiting lists for hip operations have doubled since 2020"),
      ("Harlow Trust", "organisation", "show that", "41,000 people waited more than a year")]),
    ("A fifth of the rivers tested carried more nitrate than the legal limit, an environmental group said.\n\n"
     "The group, Riverreach International, said its volunteers had tested 212 sites.\n",
     [("Riverreach International", "organisation", "said",
       "A fifth of the rivers tested carried more nitrate than the legal limit"),
      ("Riverreach International", "organisation", "said", "its volunteers had tested 212 sites")]),
    ("Pellbury's has been accused of overstating its price promise after a consumer group found that a fifth of "
     "the products it checked cost more at Pellbury's.\n\n"
     "Volunteers from the consumer group Till Watch compared 90 products in 12 stores.\n",
     [("Till Watch", "organisation", "found that", "a fifth of the products it checked cost more at Pellbury's")]),
])
def test_lead_description_is_the_body_named_next(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: the body named next has another head and is not set beside the noun (`a charity` then the
# Department of Health), a body of the noun's head the text never calls `the <noun>` (as wave 5's `A county council
# has admitted` stays unnamed), a description after someone has spoken (no lead), and a lead whose description no
# body follows: all stay as read before.
@pytest.mark.parametrize(("text", "expected"), [
    ("Waiting lists for hip operations have doubled since 2020, a patients' charity has said.\n\n"
     "The Department of Health said it was spending more on operations.\n",
     [("a patients charity", "unresolved", "said", "Waiting lists for hip operations have doubled since 2020"),
      ("Department of Health", "organisation", "said", "it was spending more on operations")]),
    ("The Department of Health said it was spending more on operations.\n\n"
     "Waiting lists have still doubled since 2020, a patients' charity has said. "
     "The Harlow Trust said 41,000 people waited more than a year.\n",
     [("Department of Health", "organisation", "said", "it was spending more on operations"),
      ("a patients charity", "unresolved", "said", "Waiting lists have still doubled since 2020"),
      ("Harlow Trust", "organisation", "said", "41,000 people waited more than a year")]),
    ("Waiting lists for hip operations have doubled since 2020, a patients' charity has said.\n\n"
     "Figures gathered by the Harlow Trust show that 41,000 people waited more than a year.\n",
     [("a patients charity", "unresolved", "said", "Waiting lists for hip operations have doubled since 2020"),
      ("Harlow Trust", "organisation", "show that", "41,000 people waited more than a year")]),
    ("Waiting lists for hip operations have doubled since 2020, a patients' charity has said.\n\n"
     "Nobody from the hospitals would comment.\n",
     [("a patients charity", "unresolved", "said", "Waiting lists for hip operations have doubled since 2020")]),
])
def test_lead_description_without_its_body_is_left(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a person of the described body speaks (`A force spokesperson said`), never the body named later.
def test_person_of_a_lead_description_is_left() -> None:
    assert cue_rows("Burglaries fell by a fifth last year, a force spokesperson said.\n\n"
                    "Brackley Police said thefts fell 8%.\n") == [
        ("a force spokesperson", "unresolved", "said", "Burglaries fell by a fifth last year"),
        ("Brackley Police", "organisation", "said", "thefts fell 8%")]
