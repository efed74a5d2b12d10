"""speakers/lead_people: a news lead's speaker described as one person (`A HOSPITAL boss has conceded`, `A Marshby woman
says`, `A Dunford Water Trust leader has said`) is the person whose full name opens the next paragraph in a sentence
that reports them; never a person the lead tells of, nor one named without a cue (wave 59d; the real sets' 65th, 68th
and 86th). Each text is written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

from claims.extract.speakers import Context
from claims.extract.speakers import lead_people
from claims.extract.speakers.lead_people import lead_person

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


def test_another_person_described_at_the_leads_full_stop() -> None:
    """The lead tells of another person at its very end (`the death of a woman.`): the person named next may be
    either, so the coroner stays as written (60m: the full stop kept `woman.` from the nouns, and she took the lead)."""
    text = ("Inquest ends\n\nA coroner has said lessons must be learned after the death of a woman.\n\n"
            "Ada Brell, 84, had told neighbours she felt unwell before she collapsed.\n")
    assert cued_rows(text) == [
        ("A coroner", "person", "said", "lessons must be learned after the death of a woman"),
        ("Ada Brell", "person", "told", "neighbours she felt unwell before she collapsed")]


def test_a_person_named_before_the_lead_is_not_its_described_person() -> None:
    text = ("Damp flats\n\nMara Quell opened the estate's new office on Monday.\n\n"
            "A HOSPITAL boss has admitted wards are fuller than at any time she has known in her career.\n\n"
            "Mara Quell said 2,400 patients had waited a year or more.\n")
    assert cued_rows(text) == [
        ("A hospital boss", "person", "admitted", "has admitted wards are fuller than at any time she has known in her career"),
        ("Mara Quell", "person", "said", "2,400 patients had waited a year or more")]


@pytest.mark.parametrize(("rest", "expected"), [
    ("has said she will write after a man, 80, fell.", True),  # the noun's comma stripped
    ("has said she will write after a man waited.", True),  # `a`, not only `an`
    ("has said the man waited nine hours.", False),  # no `a` or `an` before the noun
    ("has said a ward was closed.", False),  # no person's noun after `a`
    ("has said a 79-year-old died.", True),  # an age for the noun
    ("told the woman a ward had closed.", False),  # the noun before `a` is not read
    ("has said a man died.", True),  # the word right after `a`
    ("has said a long, cold wait by one woman.", True),  # the sixth word after `a`
    ("has said a long, cold wait by the one woman.", False),  # the seventh is past the description
])
def test_tells_of_another(rest: str, expected: bool) -> None:
    """60m: an indefinite description of a person in the lead's paragraph from its cue on."""
    assert lead_people._tells_of_another("A coroner " + rest, len("A coroner ")) is expected


def test_named_before_reaches_the_leads_paragraph() -> None:
    text = "Mara Quell\nA HOSPITAL boss has admitted waits grew."
    assert lead_people._named_before(text, text.index("has"), "Mara Quell") is True  # named on the line right before


@pytest.mark.parametrize(("opening", "expected"), [
    ("Mara Quell told governors that waits grew.", "Mara Quell"),
    ("Nurse Quell told governors that waits grew.", "Nurse Quell"),  # a title and a surname: two words
    ("Tarnby Hospitals Trust told governors that waits grew.", None),  # a body, not a person
])
def test_opening_person(opening: str, expected: str | None) -> None:
    found = lead_people._opening_person("Lead has said.\n\n" + opening + "\n", 5)
    assert (found.name if found is not None else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mara Quell, 52, fell at home. She told police she waited.", False),  # the cue is in the next sentence
    ("Mara Quell told governors", True),  # no full stop: the line's end
    ("Mara Quell, the chief executive, said: waits grew", True),  # the cue's colon stripped
])
def test_reports(text: str, expected: bool) -> None:
    assert lead_people._reports(text, len("Mara Quell")) is expected


_LEAD_TEXT = ("Waits longest\n\nA HOSPITAL boss has admitted wards are fuller than ever.\n\nMara Quell, the chief "
              "executive of Tarnby Hospitals Trust, told governors that 2,400 waited.\n")


@pytest.mark.parametrize(("raw", "expected"), [
    (["A", "HOSPITAL", "boss"], ("Mara Quell", "person")),
    (["A", "boss"], ("Mara Quell", "person")),  # two words, the fewest
    (["An", "hospital", "boss"], ("Mara Quell", "person")),  # `an`
    (["A", "hospital", "ward", "nursing", "care", "boss"], ("Mara Quell", "person")),  # six words, the most
    (["A", "hospital", "ward", "nursing", "care", "unit", "boss"], None),  # seven
    (["The", "hospital", "boss"], None),  # no indefinite article
    (["A", "HOSPITAL", "ward"], None),  # no person's noun
    (["A", "HOSPITAL", "boss,"], None),  # the description's last word is not a word alone
], ids=["lead", "two-words", "an", "six-words", "seven-words", "the", "no-person", "punctuated"])
def test_lead_person(raw: list[str], expected: tuple[str, str] | None) -> None:
    """60m: the description read whole (`words` lower-cased and stripped, `raw` as written)."""
    words = [word.strip(",").lower() for word in raw]
    end = _LEAD_TEXT.index("has admitted")
    assert lead_person(_LEAD_TEXT, end, raw, words, Context(text=_LEAD_TEXT)) == expected


def test_lead_person_after_someone_spoke() -> None:
    """60m: a person who already spoke ends the lead: the description stays as written."""
    ctx = Context(text=_LEAD_TEXT)
    ctx.last_speaker = "Tom Vane"
    end = _LEAD_TEXT.index("has admitted")
    assert lead_person(_LEAD_TEXT, end, ["A", "HOSPITAL", "boss"], ["a", "hospital", "boss"], ctx) is None
