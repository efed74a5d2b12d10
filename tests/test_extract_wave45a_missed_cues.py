"""Missed claims traced by mechanism (wave 45a). Each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order; and the
shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from tests.extract_rows import cued_rows


# data/cue_verbs: verbs of saying with `that` beyond `said` (`recalled that`, `underlined that`, `hinted that`) and a
# stance expressed about a fact (`expressed confidence that`, `voiced fears that`).
@pytest.mark.parametrize(("text", "expected"), [
    ("The treasurer, Mo Quill, recalled that the hall had flooded three times since 2019.\n",
     [("Mo Quill", "person", "recalled that", "the hall had flooded three times since 2019")]),
    ("Harbour Board\n\nThe board underlined that mooring fees would not rise before 2027.\n",
     [("Harbour Board", "organisation", "underlined that", "mooring fees would not rise before 2027")]),
    ("Hal Ostrander expressed confidence that the third quarter would see stronger demand.\n",
     [("Hal Ostrander", "person", "expressed confidence that", "the third quarter would see stronger demand")]),
    ("Nell Barrow, who chairs the ferry users' group, voiced fears that the winter timetable would lose four sailings.\n",
     [("Nell Barrow", "person", "voiced fears that", "the winter timetable would lose four sailings")]),
])
def test_a_verb_of_saying_with_that(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire: the same verbs with a thing, not a clause, report nothing.
@pytest.mark.parametrize("text", [
    "Mo Quill recalled the winter of the great flood with a smile.\n",
    "The board underlined its name in the minutes.\n",
])
def test_a_verb_of_saying_with_a_thing(text: str) -> None:
    assert cued_rows(text) == []


# attribution/sentence: `by saying` / `by stating` before a clause report it without `that`.
@pytest.mark.parametrize(("text", "expected"), [
    ("Hal Ostrander responded by saying the contractors had missed every deadline.\n",
     [("Hal Ostrander", "person", "by saying", "the contractors had missed every deadline")]),
    ("Ina Velt met the complaint by stating there had been no late trains since March.\n",
     [("Ina Velt", "person", "by stating", "there had been no late trains since March")]),
    ("Rowan Pike closed the meeting by saying 14 new members had joined this year.\n",
     [("Rowan Pike", "person", "by saying", "14 new members had joined this year")]),
    ("Councillor Hal Ostrander, lead member for parks, replied by saying the contractors had missed every deadline.\n",
     [("Hal Ostrander", "person", "by saying", "the contractors had missed every deadline")]),
    ("Ina Velt, who chairs the rail users' group, answered by stating that 30 trains had been cancelled in May.\n",
     [("Ina Velt", "person", "by stating that", "30 trains had been cancelled in May")]),
])
def test_by_saying_without_that(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire: `by saying` before a thing said, not a clause.
def test_by_saying_thanks() -> None:
    assert cued_rows("Rowan Pike closed the meeting by saying thanks to the volunteers.\n") == []


# items: `, including` after a clause in the present tense keeps the clause (`the row centres on a string of pay
# issues, including ...`); only a head that opens on the items' kind (`areas for further work`) gives way to them.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Fenwick Trust said the dispute with Corvel centres on a string of pay and staffing issues, including the"
     " firm's plans to close its Leeds depot.\n",
     [("Fenwick Trust", "organisation", "said",
       "the dispute with Corvel centres on a string of pay and staffing issues, including the firm's plans to close its"
       " Leeds depot")]),
    ("The Fenwick Trust said the row turns on several long-running concerns, including staffing at the night shelter"
     " and the cost of repairs.\n",
     [("Fenwick Trust", "organisation", "said", "the row turns on several long-running concerns"),
      ("Fenwick Trust", "organisation", "said", "staffing at the night shelter"),
      ("Fenwick Trust", "organisation", "said", "the cost of repairs")]),
    ("Inspectors identified areas for further work, including the speed of assessments and the quality of care"
     " plans.\n",
     [("inspectors", "inspectorate", "identified", "the speed of assessments"),
      ("inspectors", "inspectorate", "identified", "the quality of care plans")]),
])
def test_a_present_clause_before_including(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# speakers/people: `It` after a sentence about one body that another body's words carried (`..., according to the
# union.`) is the source that goes on speaking, not the body its claim was about.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harlow Union\n\nThe Corvel Group, which runs nine depots, now charges drivers £40 a week for parking, according to"
     " the union. It estimates that drivers at the Leeds depot have paid £90,000 since 2024.\n",
     [("Harlow Union", "organisation", "according to",
       "The Corvel Group, which runs nine depots, now charges drivers £40 a week for parking"),
      ("Harlow Union", "organisation", "estimates that", "drivers at the Leeds depot have paid £90,000 since 2024")]),
    ("Quarry Guild\n\nThe Denholm Estate has closed three footpaths since May, the guild said. It says walkers have"
     " lost 11 miles of routes.\n",
     [("Quarry Guild", "organisation", "said", "The Denholm Estate has closed three footpaths since May"),
      ("Quarry Guild", "organisation", "says", "walkers have lost 11 miles of routes")]),
])
def test_it_after_a_source_at_the_end(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire: a body that spoke of itself goes on as `It`.
def test_it_after_a_body_that_spoke_of_itself() -> None:
    assert cued_rows("Quarry Guild\n\nThe Quarry Guild said it had planted 900 trees. It says a further 400 will follow"
                    " in spring.\n") == [
        ("Quarry Guild", "organisation", "said", "it had planted 900 trees"),
        ("Quarry Guild", "organisation", "says", "a further 400 will follow in spring")]


# items.split_comma_list: after a fronted adjunct's comma, `and` joining two verbs of one object is one claim, as
# `split_clauses` already reads it (`joins_modifiers`); joined_predicates: a second passive participle sharing the
# auxiliary may follow an adverb of manner (`are matched carefully and placed quickly with carers`).
@pytest.mark.parametrize(("text", "expected"), [
    ("Ofsted said that since the last visit, the management team has steadily reviewed and strengthened its"
     " safeguarding work.\n",
     [("Ofsted", "organisation", "said that",
       "since the last visit, the management team has steadily reviewed and strengthened its safeguarding work")]),
    ("The Wendle Trust said that over the winter, volunteers repaired and repainted 40 benches.\n",
     [("Wendle Trust", "organisation", "said that",
       "over the winter, volunteers repaired and repainted 40 benches")]),
    ("Ofsted said children who need foster homes are matched carefully and placed quickly with carers.\n",
     [("Ofsted", "organisation", "said",
       "children who need foster homes are matched carefully and placed quickly with carers")]),
    ("The Wendle Trust said the old benches were removed safely and recycled locally.\n",
     [("Wendle Trust", "organisation", "said", "the old benches were removed safely and recycled locally")]),
])
def test_two_verbs_of_one_predicate(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire: two clauses with their own objects stay two claims.
def test_two_clauses_after_an_adjunct() -> None:
    assert cued_rows("The Wendle Trust said that over the winter, volunteers repaired 40 benches and the council"
                    " replaced six bins.\n") == [
        ("Wendle Trust", "organisation", "said that", "over the winter, volunteers repaired 40 benches"),
        ("Wendle Trust", "organisation", "said that", "the council replaced six bins")]


# speakers/clauses.names_a_speaker: a name after an inverted cue may end on its bracketed short form (`..., said the
# Coastal Rights Centre (CRC).`): still a name, not content.
@pytest.mark.parametrize(("text", "expected"), [
    ("The mill has dumped waste into the estuary for a decade, said Riverwatch International and the Coastal Rights"
     " Centre (CRC).\n",
     [("Riverwatch International and the Coastal Rights Centre", "organisation", ", said",
       "The mill has dumped waste into the estuary for a decade")]),
    ("Tenants waited an average of 19 weeks for repairs, said the Northfold Renters Association (NRA).\n",
     [("Northfold Renters Association", "organisation", ", said",
       "Tenants waited an average of 19 weeks for repairs")]),
])
def test_an_inverted_speaker_with_its_short_form(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# items: a later part that counts more of the same measure and leaves its verb out (`, and another 14 in Westvale`,
# `and a further 1,200 in July`) is one claim with the clause before it; with a verb of its own it is a claim apart.
@pytest.mark.parametrize(("text", "expected"), [
    ("Superintendent Gail Troon said on Monday that since the flooding a total of 61 homes had been evacuated in"
     " Eastvale, and another 14 in Westvale.\n",
     [("Gail Troon", "person", "said on Monday that",
       "since the flooding a total of 61 homes had been evacuated in Eastvale, and another 14 in Westvale")]),
    ("Dunmore Police\n\nThe force said 230 drivers were stopped in June, and a further 1,200 in July.\n",
     [("Dunmore Police", "organisation", "said", "230 drivers were stopped in June, and a further 1,200 in July")]),
    ("Dunmore Police\n\nThe force said 230 drivers were stopped in June, and another 40 were charged with speeding.\n",
     [("Dunmore Police", "organisation", "said", "230 drivers were stopped in June"),
      ("Dunmore Police", "organisation", "said", "another 40 were charged with speeding")]),
])
def test_a_gapped_figure_of_the_same_measure(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
