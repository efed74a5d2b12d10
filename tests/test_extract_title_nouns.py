"""A common noun written as a title before a person's name: the person is the name without it."""
from __future__ import annotations

import pytest

from claims.extract.title_nouns import is_common_noun, without_title_nouns

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
