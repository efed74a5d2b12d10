"""speakers/lead_people: a news lead's speaker described as one person (`A HOSPITAL boss has conceded`, `A Marshby woman
says`, `A Dunford Water Trust leader has said`) is the person whose full name opens the next paragraph in a sentence
that reports them; never a person the lead tells of, nor one named without a cue (wave 59d; the real sets' 65th, 68th
and 86th). Each text is written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

_BOSS = ("Waits longest in memory\n\n"
         "A HOSPITAL boss has admitted wards are fuller than at any time she has known in her career.\n\n"
         "Mara Quell, the chief executive of Tarnby Hospitals Trust, told governors that 2,400 patients had waited "
         "a year or more.\n")
_WOMAN = ("Tenant's damp despair\n\n"
          "A Fellbridge woman says her flat has been damp for two years.\n\n"
          "Ina Corrow (61) has reported the mould 14 times, but says the landlord has not fixed it.\n")
_LEADER = ("Targets 'very hard'\n\n"
           "A Tarnby health service leader has said the four-hour target is very hard to meet.\n\n"
           "Owen Brackley, Chief Executive of Tarnby Hospitals Trust, reported that 71 per cent of patients were seen "
           "within four hours.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_BOSS, [("Mara Quell", "person", "admitted", "has admitted wards are fuller than at any time she has known in her career"),
             ("Mara Quell", "person", "told governors that", "2,400 patients had waited a year or more")]),
    (_WOMAN, [("Ina Corrow", "person", "says", "her flat has been damp for two years"),
              ("Ina Corrow", "person", "reported", "has reported the mould 14 times"),
              ("Ina Corrow", "person", "reported", "the landlord has not fixed it")]),
    (_LEADER, [("Owen Brackley", "person", "said", "the four-hour target is very hard to meet"),
               ("Owen Brackley", "person", "reported that", "71 per cent of patients were seen within four hours")]),
])
def test_a_leads_described_person_is_the_person_named_next(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Must not move: the lead tells of another person, or the person named next is not reported (a cue), or a spokesperson.
@pytest.mark.parametrize("text", [
    "Coroner's warning\n\nA coroner has said she will write to the trust after an 80-year-old man waited nine hours.\n\n"
    "Alby Senn, a retired miller, died two days after he was found by a neighbour.\n",
    "Coroner's warning\n\nA coroner has warned that more people will die unless ambulance waits are cut.\n\n"
    "Alby Senn, 80, fell at his home in March and waited nine hours.\n",
    "Trust's reply\n\nA Tarnby Hospitals Trust spokesperson said the ward would reopen in May.\n\n"
    "Mara Quell, the chief executive, said staff had been hired.\n",
])
def test_no_one_else_takes_the_lead(text: str) -> None:
    assert cued_rows(text)[0][0] not in ("Alby Senn", "Mara Quell")


def test_a_person_named_before_the_lead_is_not_its_described_person() -> None:
    text = ("Damp flats\n\nMara Quell opened the estate's new office on Monday.\n\n"
            "A HOSPITAL boss has admitted wards are fuller than at any time she has known in her career.\n\n"
            "Mara Quell said 2,400 patients had waited a year or more.\n")
    assert cued_rows(text) == [
        ("A hospital boss", "person", "admitted", "has admitted wards are fuller than at any time she has known in her career"),
        ("Mara Quell", "person", "said", "2,400 patients had waited a year or more")]
