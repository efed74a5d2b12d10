"""Who asks and who answers in an interview (`claims.extract.interviews`)."""
from __future__ import annotations

import pytest

from claims.extract.entities import Mention
from claims.extract.interviews import answerers, by_initials, is_editors_note, is_initials, is_interviewer


def _person(text: str, name: str) -> Mention:
    """The person `name` where the text first names them."""
    at = text.index(name)
    return Mention(at, at + len(name), name, "person")


@pytest.mark.parametrize("text, expected", [
    ("By Al Key", True),                                           # `by` at the very start of the text
    ("She spoke to business editor Al Key.", True),
    ("Al Key, our health correspondent, asked.", True),
    ("Al Key, who spoke to business editor Jo Roe, said.", False),   # the role is another name's
    ("Al Key said.", False),
    ("Al Key, Editor-in-Chief, The Ledger", True),                  # a compound press role after the name
    ("Al Key, managing editor-at-large, said.", True),
])
def test_is_interviewer(text: str, expected: bool) -> None:
    assert is_interviewer(text, _person(text, "Al Key")) is expected


def test_is_interviewer_reads_by_inside_a_byline_mention() -> None:
    text = "Headline\n\nBy Al Key, Editor-in-Chief\n"
    at = text.index("By Al Key")
    assert is_interviewer(text, Mention(at, at + len("By Al Key"), "Al Key", "person")) is True


def test_answerers_are_the_people_not_named_as_the_press() -> None:
    text = "Its chief executive, Jo Roe, spoke to business editor Al Key."
    people = {"Jo Roe": _person(text, "Jo Roe"), "Al Key": _person(text, "Al Key")}
    assert answerers(text, people) == {"Jo Roe": people["Jo Roe"]}


def test_answerers_keep_everyone_when_all_are_the_press() -> None:
    text = "By Al Key"
    people = {"Al Key": _person(text, "Al Key")}
    assert answerers(text, people) == people


@pytest.mark.parametrize("label, expected", [
    ("JR", True), ("JMR", True), ("JMRO", True), ("JMROE", False), ("J", False), ("Jr", False), ("jr", False),
    ("J1", False), ("J.", False),
])
def test_is_initials(label: str, expected: bool) -> None:
    assert is_initials(label) is expected


def test_by_initials_finds_the_one_person_they_spell() -> None:
    people = [Mention(0, 6, "Jo Roe", "person"), Mention(10, 16, "Al Key", "person")]
    assert by_initials("JR", people) == people[0]
    assert by_initials("JK", people) is None
    assert by_initials("Jr", people) is None
    assert by_initials("JR", [*people, Mention(20, 27, "Jan Rye", "person")]) is None   # two people: not one


NOTE = "This interview has been edited for length.\nWe began in 2019 and Jo Roe founded Acme.\n"


@pytest.mark.parametrize("paragraph, expected", [
    (0, True),
    (1, False),     # first person, and no note
])
def test_is_editors_note_reads_only_its_paragraph(paragraph: int, expected: bool) -> None:
    start = 0 if paragraph == 0 else NOTE.index("\n") + 1
    end = NOTE.index("\n", start)
    assert is_editors_note(NOTE, start, end) is expected


@pytest.mark.parametrize("text, expected", [
    ("Edited for clarity.", True),
    ("We edited this interview for length.", False),     # someone's first person
    ("She edited the paper for ten years.", False),      # editing, but no note on the interview
    ("Jo Roe founded Acme.", False),
])
def test_is_editors_note(text: str, expected: bool) -> None:
    assert is_editors_note(text, 0, len(text)) is expected


def test_a_note_in_the_next_paragraph_is_not_this_ones() -> None:
    text = "Jo Roe founded Acme.\nThis interview has been edited for length."
    assert is_editors_note(text, 0, text.index("\n")) is False
