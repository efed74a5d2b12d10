"""Names cut or lengthened (wave 28f). Each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order; and
the shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# inner_words: after an article, capitalised common nouns, one lower-case word and a body's name ending in its head
# are one name (`the Standards in Public Office Commission`); the run used to stop at the lower-case word and the
# rest spoke (`Public Office Commission`).
@pytest.mark.parametrize(("text", "expected"), [
    ("The Standards in Harbour Affairs Commission said it would publish its report in May.\n",
     [("Standards in Harbour Affairs Commission", "inspectorate", "said", "it would publish its report in May")]),
    ("A complaint was made to the Standards in Harbour Affairs Commission last year. "
     "The commission said it would publish its report in May.\n",
     [("Standards in Harbour Affairs Commission", "inspectorate", "said", "it would publish its report in May")]),
    ("The Fitness to Trade Committee of the Harbour Standards Council found that the firm had misled buyers.\n",
     [("Fitness to Trade Committee of the Harbour Standards Council", "inspectorate", "found that",
       "the firm had misled buyers")]),
    ("The Seeds and Healthcare products Regulatory Agency, which registers such products, said it was aware of the "
     "paper.\n",
     [("Seeds and Healthcare products Regulatory Agency", "inspectorate", "said", "it was aware of the paper")]),
])
def test_inner_lower_case_word_keeps_the_name_whole(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a body's head before the word (`The Trust in`), a word of source or place (`from`), a party's
# members (`The Greens in`), people (`The Residents in`), a name that is no common noun (`The Tarnwell in`), and a
# place after the word (`The Museum in Lowesby`).
@pytest.mark.parametrize(("text", "expected"), [
    ("The Trust in Harbour Borough Council said it would appeal.\n",
     [("Harbour Borough Council", "organisation", "said", "it would appeal")]),
    ("The Figures from Harbour Borough Council show that rents rose by 4%.\n",
     [("Harbour Borough Council", "organisation", "show that", "rents rose by 4%")]),
    ("The Greens in Harbour Borough Council said the budget was unfair.\n",
     [("Harbour Borough Council", "organisation", "said", "the budget was unfair")]),
    ("The Residents in Harbour Tenants' Association said the repairs were late.\n",
     [("Harbour Tenants' Association", "organisation", "said", "the repairs were late")]),
    ("The Tarnwell in Harbour Borough Council said the budget was unfair.\n",
     [("Harbour Borough Council", "organisation", "said", "the budget was unfair")]),
    ("Visitor numbers at the Museum in Lowesby rose by 8%, the Harbour Heritage Trust said.\n",
     [("Harbour Heritage Trust", "organisation", "said", "Visitor numbers at the Museum in Lowesby rose by 8%")]),
])
def test_inner_word_rule_does_not_fire(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
