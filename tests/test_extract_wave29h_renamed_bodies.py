"""Bodies named another way (wave 29h): the readings the perturbation benchmark's renamed bodies lost. Each case is a
short text written for this test in our own words about invented parties (none of them in `benchmarks/perturb_data/`),
and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order; and the shapes where a
rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# speakers/document_authors: a document's author after `by` or `from` may be a one-word name right after `the` and
# the bare noun of its kind (`a new survey by the charity Mossgate`), as `the youth charity Mossgate` already was.
@pytest.mark.parametrize(("text", "expected"), [
    ("A third of young carers have missed school to look after a parent, according to a new survey by the charity "
     "Mossgate.\n",
     [("Mossgate", "organisation", "according to", "A third of young carers have missed school to look after a "
                                                    "parent")]),
    ("A quarter of parents have skipped meals so their children could eat, a new report by the charity Larchmoor "
     "reveals.\n",
     [("Larchmoor", "organisation", "reveals", "A quarter of parents have skipped meals so their children could eat")]),
    ("Four in ten tenants have waited more than a year for repairs, according to new research from the union "
     "Fernhallow.\n",
     [("Fernhallow", "organisation", "according to", "Four in ten tenants have waited more than a year for repairs")]),
])
def test_author_after_its_bare_kind(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: no name after the noun, a day after it, or a person's post rather than a body's kind (read as before).
@pytest.mark.parametrize(("text", "expected"), [
    ("A third of young carers have missed school, according to a new survey by the charity.\n",
     [("the charity", "unresolved", "according to", "A third of young carers have missed school")]),
    ("A third of young carers have missed school, according to a new report by the council Monday.\n",
     [("new report", "document", "according to", "A third of young carers have missed school")]),
    ("A third of young carers have missed school, according to a new study by the researcher Tam Brody.\n",
     [("Tam Brody", "person", "according to", "A third of young carers have missed school")]),
])
def test_bare_kind_without_a_name_is_left(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# speakers/names: commentators at a one-word name (`Analysts at Tallowmere said`) speak as the body they work at, as
# `Analysts at Tallowmere Securities` already did; `They said` after them is that body again.
@pytest.mark.parametrize(("text", "expected"), [
    ("Analysts at Tallowmere said the update was comfortably ahead of their forecasts.\n",
     [("Tallowmere", "organisation", "said", "the update was comfortably ahead of their forecasts")]),
    ("Economists at Corradale said inflation would fall below 3% by the spring.\n",
     [("Corradale", "organisation", "said", "inflation would fall below 3% by the spring")]),
    ("Strategists at Bellquarry said the sell-off had gone too far. They said the bank's cost ratio was the lowest "
     "among lenders.\n",
     [("Bellquarry", "organisation", "said", "the sell-off had gone too far"),
      ("Bellquarry", "organisation", "said", "the bank's cost ratio was the lowest among lenders")]),
])
def test_commentators_at_a_one_word_name(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: commentators with no name, at a reference, or in a place (read as before).
@pytest.mark.parametrize(("text", "expected"), [
    ("Analysts said the update was ahead of forecasts.\n",
     [("Analysts", "unresolved", "said", "the update was ahead of forecasts")]),
    ("Analysts at the bank said the update was ahead of forecasts.\n",
     [("the bank", "unresolved", "said", "the update was ahead of forecasts")]),
    ("Residents at Tallowmere said the road had flooded twice this year.\n",
     [("Residents at Tallowmere", "unresolved", "said", "the road had flooded twice this year")]),
])
def test_commentators_without_a_body_are_left(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
