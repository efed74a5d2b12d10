"""A cue that is the second verb of a sentence's opening subject, when the first predicate holds a comma or the verb
follows `also` (wave 28d). Each case is a short text written for this test in our own words about invented parties,
and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order; and the shapes where
the rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# attribution/subjects.main_subject: `The retailer also cut its dividend, which cost it £3.1m, and said ...`,
# `The group tracked 1,140 prices and found that ...`: a comma in the first predicate (a figure's, an aside's) and an
# `also` before its past verb leave the opening subject the speaker of the second verb.
@pytest.mark.parametrize(("text", "expected"), [
    ("Lindale Foods has published its annual report.\n\n"
     "The retailer also cut its interim dividend, which cost it £3.1m last year, and said it had agreed new terms "
     "with its lenders.\n",
     [("Lindale Foods", "organisation", "said", "it had agreed new terms with its lenders")]),
    ("Checkwise, a consumer group, looked at supermarket offers.\n\n"
     "The group tracked the prices of 1,140 products for nine months and found that 212 multibuy deals cost more "
     "than buying the items singly.\n",
     [("Checkwise", "organisation", "found that", "212 multibuy deals cost more than buying the items singly")]),
])
def test_opening_subject_says_second_verb(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a subject whose next word is no past verb (`The retailer's chair, Jo Roe, also welcomed`: the
# person, never the retailer; wave 48d's cue after `, and` past a first predicate set off by commas reads her), a
# first verb in the present (`also employs`), and the apposition already read.
@pytest.mark.parametrize(("text", "expected"), [
    ("Lindale Foods has published its annual report.\n\n"
     "The retailer's chair, Jo Roe, also welcomed the figures, and said the stores had traded well.\n",
     [("Jo Roe", "person", "said", "the stores had traded well")]),
    ("Lindale Foods has published its annual report.\n\n"
     "The retailer also employs 2,300 people, and said it would open four stores.\n",
     []),
    ("Lindale Foods has published its annual report.\n\n"
     "Lindale Foods, the grocer, doubled its profit to £1,200m and said the stores had traded well.\n",
     [("Lindale Foods", "organisation", "said", "the stores had traded well")]),
])
def test_second_verb_rule_does_not_fire(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
