"""Governments named by a place, a nationality or a leader (`claims.extract.speakers.place_governments`): the party as
the text spells it, an organisation; two of them in one text never merged."""
from __future__ import annotations

import pytest

from claims.extract.speakers.place_governments import government_name, level_government
from claims.extract.table import extract_text


@pytest.mark.parametrize("subject, expected", [
    ("The Quorvian government", "Quorvian government"),
    ("the Tallmark government", "Tallmark government"),
    ("Meanwhile, the Brenmoor administration", "Brenmoor administration"),
    ("Ostravel's government", "Ostravel's government"),
    ("Ostravel\u2019s government", "Ostravel\u2019s government"),
    ("U.S. authorities", "U.S. authorities"),
    ("the Lower Vessack government", "Lower Vessack government"),
])
def test_a_government_named_by_a_place_keeps_its_spelling(subject: str, expected: str) -> None:
    assert government_name(subject, 0, len(subject)) == (subject.index(expected), expected)


@pytest.mark.parametrize("subject", [
    "The government",                      # no place: a reference, resolved elsewhere
    "the Scottish Government",             # a name of its own, read as a name
    "the previous Tallmark government",    # a word of time before the place: not read here
    "a future Tallmark government",
    "the Harrowdale Council administration",  # a council's ruling group, never a government
    "local authorities",
    "Tallmark government sources",         # not the last word
])
def test_no_government_named_by_a_place(subject: str) -> None:
    assert government_name(subject, 0, len(subject)) is None


@pytest.mark.parametrize("text, expected", [
    ("The Quorvian government said rice exports rose 14% last year.",
     [["Quorvian government", "organisation", "said"]]),
    ("The Tallmark government said 320 new nurses were hired in the spring.",
     [["Tallmark government", "organisation", "said"]]),
    ("A spokeswoman for the Quorvian government said 40,000 visas were issued in June.",
     [["Quorvian government", "organisation", "said"]]),
    ("U.S. authorities said 12 vessels were seized in May.", [["U.S. authorities", "organisation", "said"]]),
])
def test_a_place_government_speaks_as_an_organisation(text: str, expected: list[list[str]]) -> None:
    assert extract_text(text)[["speaker", "speaker_kind", "cue"]].values.tolist() == expected


def test_two_governments_in_one_text_are_never_merged() -> None:
    text = ("The Tallmark government said 320 new nurses were hired in the spring.\n\n"
            "The Quorvian government has said the tariff will fall to 5% in March.\n\n"
            "A spokesman for the Brenmoor government said 40,000 visas were issued in June.\n\n"
            "Ostravel's government said the fund had paid out $12m.\n")
    assert extract_text(text)[["speaker", "speaker_kind"]].values.tolist() == [
        ["Tallmark government", "organisation"], ["Quorvian government", "organisation"],
        ["Brenmoor government", "organisation"], ["Ostravel's government", "organisation"]]


def test_the_government_later_is_the_one_place_government_named() -> None:
    text = ("The Tallmark government said 320 new nurses were hired in the spring.\n\n"
            "The government also said 14 clinics had opened.\n")
    assert extract_text(text)["speaker"].tolist() == ["Tallmark government", "Tallmark government"]


def test_a_government_named_by_its_level_is_never_the_place_government() -> None:
    text = ("The Tallmark government said 320 new nurses were hired in the spring.\n\n"
            "The federal government said it had paid $40m toward the scheme.\n")
    assert extract_text(text)[["speaker", "speaker_kind"]].values.tolist() == [
        ["Tallmark government", "organisation"], ["The federal government", "unresolved"]]


@pytest.mark.parametrize("words, expected", [
    (["The", "federal", "government"], ("The federal government", "unresolved")),
    (["and", "the", "state", "authorities"], ("the state authorities", "unresolved")),
    (["the", "Tallmark", "government"], None),
    (["the", "government"], None),
    (["federal", "government"], None),
])
def test_level_government(words: list[str], expected: tuple[str, str] | None) -> None:
    assert level_government(words, [w.lower() for w in words]) == expected
