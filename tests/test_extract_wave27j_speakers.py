"""Speakers that are no party, round two (wave 27j). Each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order;
and the shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# speakers/placed_names: a name the text first writes after a preposition of place or manner (`on Harlow Tor`, `near
# Brantwick Edge`, `sold as Vitaflex Gold`) is where something happened or what was sold, never the person a later
# `he` or `she` means: the pronoun goes back to the person named before it.
@pytest.mark.parametrize(("text", "expected"), [
    ("The rescue team was called out 400 times last year, its leader said.\n\n"
     "Maria Pellow, from Bristol, broke her wrist on Harlow Tor in March and was carried down in the rain. "
     "\"It took six of them three hours to reach me,\" she said.\n",
     [("its leader", "person", "said", "The rescue team was called out 400 times last year"),
      ("Maria Pellow", "person", "said", "It took six of them three hours to reach me")]),
    ("The rescue team was called out 400 times last year, its leader said.\n\n"
     "Tom Fairley slipped near Brantwick Edge last winter. He said he would not be here without them.\n",
     [("its leader", "person", "said", "The rescue team was called out 400 times last year"),
      ("Tom Fairley", "person", "said", "he would not be here without them")]),
    ("The panel heard the case on Monday, the clerk said.\n\n"
     "Dev Anand bought a powder sold as Vitaflex Gold at a fair in Leeds. He said he had used it for a year.\n",
     [("the clerk", "person", "said", "The panel heard the case on Monday"),
      ("Dev Anand", "person", "said", "he had used it for a year")]),
    ("Owen Rees, 71, lost his footing above the Glaslyn Steps after dark in November. "
     "\"The volunteers were there within the hour,\" he said.\n",
     [("Owen Rees", "person", "said", "The volunteers were there within the hour")]),
])
def test_placed_name_is_no_pronoun_antecedent(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a person named after `to`, `from`, `for` or `with` (`the award went to Jo Roe`), a person the text
# named before the place (`met Jo Roe ... on Jo Roe's farm`), and a person written with a title after `at`.
@pytest.mark.parametrize(("text", "expected"), [
    ("The prize fund was doubled, the trust said.\n\n"
     "This year's award went to Carys Whitlow. She said the money would pay for a new kiln.\n",
     [("the trust", "unresolved", "said", "The prize fund was doubled"),
      ("Carys Whitlow", "person", "said", "the money would pay for a new kiln")]),
    ("The prize fund was doubled, the trust said.\n\n"
     "Carys Whitlow won the award. The ceremony was held at Carys Whitlow's studio. "
     "She said the money would pay for a new kiln.\n",
     [("the trust", "unresolved", "said", "The prize fund was doubled"),
      ("Carys Whitlow", "person", "said", "the money would pay for a new kiln")]),
    ("The prize fund was doubled, the trust said.\n\n"
     "The award was presented at the gala by Mayor Carys Whitlow. She said the town was proud.\n",
     [("the trust", "unresolved", "said", "The prize fund was doubled"),
      ("Carys Whitlow", "person", "said", "the town was proud")]),
    ("The prize fund was doubled, the trust said.\n\n"
     "The gallery will stage a show on Lena Marsh in May. Ms Marsh won the prize in 2019. "
     "She said the show would travel to Cardiff.\n",
     [("the trust", "unresolved", "said", "The prize fund was doubled"),
      ("Lena Marsh", "person", "said", "the show would travel to Cardiff")]),
])
def test_placed_name_rule_does_not_fire(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# speakers/document_tails: a document named with a participle after its noun (`A fire risk assessment carried out
# last year`, `a condition survey presented to the trustees`) is the document its noun names; the participle's clause
# only describes it, and a document is never a person.
@pytest.mark.parametrize(("text", "expected"), [
    ("Two branch libraries will close in April. According to a condition survey presented in May, the "
     "buildings need $3.1 million in repairs.\n",
     [("condition survey", "document", "According to", "the buildings need $3.1 million in repairs")]),
    ("Two branch libraries will close in April. According to a condition survey presented to the board in May, the "
     "buildings need $3.1 million in repairs.\n",
     [("condition survey", "document", "According to", "the buildings need $3.1 million in repairs")]),
    ("The pier has been shut since January. An engineering assessment commissioned last year shows that the "
     "supports are failing.\n",
     [("engineering assessment", "document", "shows that", "the supports are failing")]),
])
def test_document_participle_tail_cut(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a participle of sending (`a notice posted to X`: where it went names it), a bare noun (`Figures released under ...`: the clause is all that names them), a participle
# followed by its agent (`carried out by X`: the agent's rules decide), a document named
# whole without a participle, and a body whose name holds a word in `-ed` after a document's noun (`Harbour Survey Limited`).
@pytest.mark.parametrize(("text", "expected"), [
    ("Two branch libraries will close in April. According to a condition survey carried out by the Halbrook Trust, "
     "the buildings need $3.1 million in repairs.\n",
     [("Halbrook Trust", "organisation", "According to", "the buildings need $3.1 million in repairs")]),
    ("The pier has been shut since January. An engineering assessment shows that the supports are failing.\n",
     [("engineering assessment", "document", "shows that", "the supports are failing")]),
    ("Bus use fell in March. Figures released under a freedom of information request show that 41 routes were cut.\n",
     [("figures released under a freedom of information request", "document", "show that", "41 routes were cut")]),
    ("Ferry fares will rise in May, according to a pricing notice posted to every season ticket holder.\n",
     [("a pricing notice posted to every season ticket holder", "document", "according to",
       "Ferry fares will rise in May")]),
    ("Harbour Survey Limited said its sales rose by 9% in the year.\n",
     [("Harbour Survey Limited", "organisation", "said", "its sales rose by 9% in the year")]),
])
def test_document_participle_rule_does_not_fire(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
