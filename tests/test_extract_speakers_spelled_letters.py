"""speakers/spelled_letters: the capitals that open neighbouring words of a name, the cheap test before a pattern is
built for a body's letters; every name and sentence is invented, and each assert is on a whole value."""
from __future__ import annotations

import pytest

from claims.extract.speakers.lettered_bodies import lettered
from claims.extract.speakers.spelled_letters import initial_pairs, letters_only, spelled_by_initials
from claims.extract.vocabulary import without_possessive


def test_initial_pairs_read_across_small_words() -> None:
    assert initial_pairs("The Board of the Quarry Trust met. Its chair Jo Roe spoke.") == frozenset(
        {"TB", "BQ", "QT", "JR"})


def test_initial_pairs_start_inside_a_hyphenated_word() -> None:
    assert initial_pairs("a pro-Tenant Housing Forum") == frozenset({"TH", "HF"})


@pytest.mark.parametrize(("letters", "text", "expected"), [
    ("QHF", "The Quarry Housing Forum (as it is) met.", "Quarry Housing Forum"),
    ("QHF", "The Quarry Forum and Housing Trust met.", None),  # Q and H never open neighbouring words
    ("BQT", "The Board of the Quarry Trust met.", "Board of the Quarry Trust"),
    ("THF", "a pro-Tenant Housing Forum", "Tenant Housing Forum"),
    ("QH", "Quarry Housing and Quarry Homes both met.", None),  # two names spell the letters
])
def test_spelled_by_initials(letters: str, text: str, expected: str | None) -> None:
    assert spelled_by_initials(letters, text) == expected


# Wave 53g: one test of a body's letters for `lettered_bodies.lettered` (`the KVLA`) and `body_units` (`the UN's
# refugee office`, its possessive cut first).
@pytest.mark.parametrize(("word", "expected"), [
    ("UN", True), ("KVLA", True), ("WHO", True),
    ("U", False), ("Kvla", False), ("ComReg", False), ("A&E", False), ("KV-LA", False), ("UN's", False), ("", False),
])
def test_letters_only(word: str, expected: bool) -> None:
    assert letters_only(word) is expected


@pytest.mark.parametrize(("name", "expected"), [
    ("KVLA", True), ("the KVLA", True), ("The KVLA", True), ("KVLA Trust", False), ("the", False),
])
def test_a_lettered_name_may_open_on_the(name: str, expected: bool) -> None:
    assert lettered(name) is expected


@pytest.mark.parametrize(("word", "expected"), [("UN's", True), ("UN\u2019s", True), ("city's", False), ("U's", False)])
def test_an_owners_letters_once_its_possessive_is_cut(word: str, expected: bool) -> None:
    assert letters_only(without_possessive(word)) is expected


def test_bracketed_word_name_reads_a_short_name_written_as_a_word() -> None:
    from claims.extract.speakers.spelled_letters import bracketed_word_name
    text = "Care homes were judged by the Wexmoor Quality Board (Wqb) in May."
    assert [bracketed_word_name("Wqb", text), bracketed_word_name("Hqb", text), bracketed_word_name("WQB", text),
            bracketed_word_name("Wexmoor", text)] == ["Wexmoor Quality Board", None, None, None]
