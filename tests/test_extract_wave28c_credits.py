"""Speakers that are no party, and names cut short (wave 28c). Each case is a short text written for this test in our
own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in
text order; and the shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from claims.extract.speakers.body_traits import without_press_office
from claims.extract.speakers.byline_credits import on_byline_credit
from extract_rows import cued_rows as cue_rows


# speakers/byline_credits: the line right under a `By` line (`Westvale News Service`) credits the writer's outlet or
# desk. Its name is never registered, so a later `the service said` is never the outlet that filed the story: with no
# other service named, the reference stays the text's own words.
@pytest.mark.parametrize(("text", "expected"), [
    ("Ambulance waits at record high\n\nBy Jo Penhale\nWestvale News Service\n\n"
     "Patients waited more than 900 hours outside Tarrow General Hospital in May.\n\n"
     "The service said it had hired 40 more paramedics since March.\n",
     [("the service", "unresolved", "said", "it had hired 40 more paramedics since March")]),
    ("Ambulance waits at record high\n\nBy Jo Penhale\nWestvale News Service\nFriday 3 April 2026\n\n"
     "Patients waited more than 900 hours outside Tarrow General Hospital in May.\n\n"
     "The service said it had hired 40 more paramedics since March.\n",
     [("the service", "unresolved", "said", "it had hired 40 more paramedics since March")]),
])
def test_a_byline_credit_is_no_party(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: an outlet the story itself names as a source (`a review by the Westvale News Service found`), a body
# named in the story that a later `the service` means, and a release's masthead on its own line (no byline above it).
@pytest.mark.parametrize(("text", "expected"), [
    ("Stations closing across the county\n\nBy Jo Penhale\nWestvale News Service\n\n"
     "Twelve of the county's 40 fire stations have closed since 2015, a review by the Westvale News Service found.\n",
     [("Westvale News Service", "organisation", "found", "Twelve of the county's 40 fire stations have closed since 2015")]),
    ("Ambulance waits at record high\n\nBy Jo Penhale\nWestvale News Service\n\n"
     "Corra Valley Ambulance Service said crews lost 900 hours outside hospitals in May.\n\n"
     "The service said it had hired 40 more paramedics since March.\n",
     [("Corra Valley Ambulance Service", "organisation", "said", "crews lost 900 hours outside hospitals in May"),
      ("Corra Valley Ambulance Service", "organisation", "said", "it had hired 40 more paramedics since March")]),
    ("Harrow Water Services\nPress release\n\nHarrow Water Services will raise bills by 4% in April.\n\n"
     "The service said 12,000 homes would get a discount.\n",
     [("Harrow Water Services", "organisation", "issued the release", "Harrow Water Services will raise bills by 4% in April"),
      ("Harrow Water Services", "organisation", "said", "12,000 homes would get a discount")]),
])
def test_a_byline_credit_rule_does_not_fire(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


@pytest.mark.parametrize(("text", "line", "expected"), [
    ("Title\n\nBy Jo Roe\nValley News Service\n\nBody.", "Valley News Service", True),
    ("Title\n\nBy Jo Roe\nPublished 4 May 2026\n\nBody.", "Published 4 May 2026", False),
    ("Title\n\nBy Jo Roe\n\nValley News Service\n\nBody.", "Valley News Service", False),
    ("Valley News Service\nPress release\n\nBody.", "Press release", False),
])
def test_which_line_is_a_byline_credit(text: str, line: str, expected: bool) -> None:
    assert on_byline_credit(text, text.index(line) + 2) is expected


# speakers/body_traits.without_press_office: a company whose name ends in one press word (`Harlow Bay Media`, `Tarnlink
# Communications`) is that company, never its press office: the name is read whole.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harlow Bay Media said it had bought the station for £2m.\n",
     [("Harlow Bay Media", "organisation", "said", "it had bought the station for £2m")]),
    ("The station began broadcasting in 1961, Kestrel Vale Media said.\n",
     [("Kestrel Vale Media", "organisation", "said", "The station began broadcasting in 1961")]),
])
def test_a_company_named_with_a_press_word_is_read_whole(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a press office after its body's name (`Media Centre`, `Newsroom`, `Press Office`, `Media Relations`)
# still issues for the body, as does one press word after a bare head that stands for the body (`League Media`), and a
# ministry's remit keeps its last area.
@pytest.mark.parametrize(("name", "expected"), [
    ("Harlow Bay Media", "Harlow Bay Media"),
    ("Tarnlink Communications", "Tarnlink Communications"),
    ("Acme Rail Media Centre", "Acme Rail"),
    ("Acme Water Newsroom", "Acme Water"),
    ("Acme Water Press Office", "Acme Water"),
    ("Acme Water Media Relations", "Acme Water"),
    ("League Media", "League"),
    ("Department of Culture, Communications and Sport", "Department of Culture, Communications and Sport"),
])
def test_which_tail_is_a_press_office(name: str, expected: str) -> None:
    assert without_press_office(name) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Acme Rail Media Centre\n\nAcme Rail said 14 trains were cancelled.\n",
     [("Acme Rail", "organisation", "said", "14 trains were cancelled")]),
])
def test_a_press_office_rule_does_not_fire(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
