"""A common noun written as a title before a person's name: the person is the name without it."""
from __future__ import annotations

import pytest

from claims.extract.title_nouns import (common_word_no_given_name, is_common_noun, is_common_plural, may_open_a_name, opens_on_plural,
                                        without_title_nouns)

NAME = "Midwife Ellen Green"


@pytest.mark.parametrize("text, expected", [
    ("Midwife Ellen Green said the ward was full.", "Ellen Green"),
    ("The greenery was cut. Midwife Ellen Green said so.", "Ellen Green"),  # part of a longer word
    ("An evergreen was cut. Midwife Ellen Green said so.", "Ellen Green"),
    ("An egreen scheme. Midwife Ellen Green said so.", "Ellen Green"),
    ("The greens were cut. Midwife Ellen Green said so.", "Ellen Green"),
    ("The green was cut. Midwife Ellen Green said so.", NAME),  # the text writes her last word in lower case
    ("green space was cut. Midwife Ellen Green said so.", NAME),  # at the very start
    ("The greenery, the green and the greenery again. Midwife Ellen Green said so.", NAME),
    ("The greenery, then the green. Midwife Ellen Green said so.", NAME),
])
def test_a_last_word_the_text_writes_in_lower_case_keeps_the_title(text: str, expected: str) -> None:
    assert without_title_nouns(NAME, text) == expected


def test_a_last_word_already_in_lower_case_keeps_the_title() -> None:
    assert without_title_nouns("Midwife Ellen garvey", "") == "Midwife Ellen garvey"


@pytest.mark.parametrize("text, expected", [
    ("Midwife Ellen Garvey Trust said so.", "Midwife Ellen Garvey"),  # at the very start
    ("The Midwife Ellen Garvey Trust, a charity, said so.", "Midwife Ellen Garvey"),
    ("The Midwife Ellen Garvey Trust said so. Midwife Ellen Garvey said more.", "Midwife Ellen Garvey"),
    ("Midwife Ellen Garvey said. The Midwife Ellen Garvey Trust said. Midwife Ellen Garvey added.",
     "Midwife Ellen Garvey"),  # only the middle one before a body's noun
    ("Midwife Ellen Garvey said. Midwife Ellen Garvey added.", "Ellen Garvey"),
    ("Midwife Ellen Garvey said the midwife trust was new.", "Ellen Garvey"),  # the noun not right after the name
])
def test_a_name_the_text_writes_before_a_bodys_noun_keeps_the_title(text: str, expected: str) -> None:
    assert without_title_nouns("Midwife Ellen Garvey", text) == expected


@pytest.mark.parametrize("name, expected", [
    ("Midwife Ellen Garvey", "Ellen Garvey"),
    ("Ellen Garvey", "Ellen Garvey"),  # two words: nothing to cut
    ("Chief Ellen Garvey", "Chief Ellen Garvey"),  # a role the role rules read
])
def test_without_title_nouns_without_a_text(name: str, expected: str) -> None:
    assert without_title_nouns(name) == expected


def test_is_common_noun_refuses_lower_case_words() -> None:
    assert [is_common_noun(w) for w in ("Midwife", "midwife", "Grace")] == [True, False, False]


def test_an_article_opening_a_name_is_no_common_noun() -> None:
    assert [is_common_noun(w) for w in ("El", "Las", "La", "Midwife")] == [False, False, False, True]


@pytest.mark.parametrize("name", ["El Carvello Lake Park", "Las Brenas Marina Club"])
def test_an_article_opening_a_name_stays_in_it(name: str) -> None:
    assert without_title_nouns(name) == name  # Webster's Second lists `el` and `las` in lower case (wave 61e)


@pytest.mark.parametrize("word, expected", [
    ("Ferries", True),  # `ferry`: the word list holds no plurals, so `-ies` is read back to `-y`
    ("Bridges", True),
    ("Churches", True),
    ("Miles", False),  # a given name the word list capitalises
    ("Rhys", False),  # no word at all
    ("Glass", False),  # `-ss` is no plural
    ("Ferry", False),  # no plural
    ("ferries", False),  # lower case: no name's word
])
def test_a_common_words_plural_is_read_as_one(word: str, expected: bool) -> None:
    assert is_common_plural(word) == expected


@pytest.mark.parametrize("name, expected", [
    ("Ferries Fortnight", True),  # `the Coastal Ferries Fortnight` cut at its opening word
    ("Bridges Bulletin", True),
    ("Coastal Bridges Bulletin", True),  # the common words before the plural are the same cut name
    ("Miles Ferrand", False),
    ("Bridges Ferrand", False),  # a name's word closes it
    ("Coastal Ferries Co", False),  # a company's form closes it
    ("Ellen Bridges", False),  # a family name that is a plural closes, never opens, a name
    ("Midwife Ellen Garvey", False),
])
def test_a_name_opening_on_a_plural_is_no_persons(name: str, expected: bool) -> None:
    assert opens_on_plural(name) == expected


@pytest.mark.parametrize("word", ["Policing", "Licensing", "Planning", "Sentencing", "Fundraising", "Counterterrorism"])
def test_a_fields_noun_the_word_list_lacks_is_a_common_noun(word: str) -> None:
    assert is_common_noun(word) is True  # wave 62d: `data/modern_words.txt`; the 99th's `Road Policing`


@pytest.mark.parametrize("name, expected", [
    ("Road Policing Kelvin Marsh", "Kelvin Marsh"),  # a post's field between the title and the name
    ("Alcohol Licensing Ann Roe", "Ann Roe"),
    ("Planning Ann Roe", "Ann Roe"),
    ("Kelvin Marsh Planning", "Kelvin Marsh Planning"),  # only words before the name are cut
    ("Ann Roe", "Ann Roe"),
])
def test_a_fields_noun_before_a_name_is_no_part_of_it(name: str, expected: str) -> None:
    assert without_title_nouns(name, "") == expected


@pytest.mark.parametrize("name, expected", [
    ("Ama Orrin and Ted Voss", "Ama Orrin and Ted Voss"),  # `ama` is a word too: a given name, no title (63x)
    ("Ted Voss and Bo Fenner", "Ted Voss and Bo Fenner"),
    ("Midwife Ellen Garvey and Surveyor Ian Blythe", "Ellen Garvey and Ian Blythe"),  # each half on its own
    ("Ellen Garvey and Surveyor Ian Blythe", "Ellen Garvey and Ian Blythe"),
    ("Ama Orrin, Ted Voss and Midwife Ellen Garvey", "Ama Orrin, Ted Voss and Ellen Garvey"),
])
def test_joint_people_lose_title_nouns_one_by_one(name: str, expected: str) -> None:
    assert without_title_nouns(name) == expected


@pytest.mark.parametrize("name, expected", [
    ("Vera Mac Orrin", "Vera Mac Orrin"),  # `vera`, `clive`: words in lower case too, and given names (63x)
    ("Clive Orrin Tully", "Clive Orrin Tully"),
    ("Midwife Vera Mac Orrin", "Vera Mac Orrin"),  # the title before the given name still goes
])
def test_a_given_name_is_never_a_title_noun(name: str, expected: str) -> None:
    assert without_title_nouns(name) == expected


# Wave 64d: a remit's plural opening a three-word person (`Director of Corporate Affairs Tova Brennick` read as
# `Affairs Tova Brennick`) is dropped as a title noun is; a plural that is also a name's word (`Miles`) or a longer
# run is left as read.
@pytest.mark.parametrize(("name", "expected"), [
    ("Affairs Tova Brennick", "Tova Brennick"),
    ("Matters Noor Arnott", "Noor Arnott"),
    ("Affairs Pell Arnott", "Affairs Pell Arnott"),  # `pell` is a word: no given name after the plural
    ("Miles Tova Brennick", "Miles Tova Brennick"),
])
def test_a_remits_plural_before_a_name(name: str, expected: str) -> None:
    assert without_title_nouns(name, "") == expected
# Round 64m (mutation): the words that may open a name, and the cut of title nouns stopping with two words left or at
# a word that opens no name; each asserted whole.
@pytest.mark.parametrize(("word", "expected"), [
    ("Zorvak", True),  # no word at all
    ("zorvak", False),  # not capitalised
    ("Midwife", False),  # a common word
    ("Tan", True),  # a family name that is a word
    ("Vera", True),  # a given name that is a word
])
def test_may_open_a_name(word: str, expected: bool) -> None:
    assert may_open_a_name(word) is expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Ward Midwife Ellen Garvey", "Ellen Garvey"),  # two title nouns
    ("Midwife Zorvak Jo Garvey", "Zorvak Jo Garvey"),  # the cut stops at the first word no title noun
    ("Midwife Nurse Bell", "Midwife Nurse Bell"),  # what is left opens no name: kept whole
    ("Midwife Ward Bell", "Midwife Ward Bell"),  # two words are left, however common
])
def test_without_title_nouns_cuts_title_nouns_down_to_a_name(name: str, expected: str) -> None:
    assert without_title_nouns(name) == expected


@pytest.mark.parametrize("word, expected", [
    ("Fresh", True), ("Repair", True), ("Head", True),  # common words, capitalised only by their place
    ("Frank", False), ("Dana", False), ("Mark", False),  # names the word list capitalises or the given names hold
    ("Ruby", True),  # a given name the list of given names lacks: read as the common word
    ("Tarnby", False),  # no common word
    ("London", False),  # the word list holds it capitalised: a name
])
def test_a_common_word_that_is_no_given_name(word: str, expected: bool) -> None:
    assert common_word_no_given_name(word) is expected
