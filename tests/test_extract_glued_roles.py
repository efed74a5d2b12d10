"""A role glued to a family name (`claims.extract.glued_roles`)."""
from __future__ import annotations

import pytest

from claims.extract.glued_roles import without_glued_role


@pytest.mark.parametrize("words, expected", [
    (["Jo", "Roechief"], ["Jo", "Roe"]),
    (["Mary", "J.", "Roedirector"], ["Mary", "J.", "Roe"]),   # the last word, with a middle initial kept
    (["JO", "Roepresident"], ["JO", "Roe"]),
    (["Jo", "Ann", "Roespokeswoman"], ["Jo", "Ann", "Roe"]),
])
def test_a_role_glued_to_the_last_word_is_cut_off(words: list[str], expected: list[str]) -> None:
    assert without_glued_role(words) == expected


@pytest.mark.parametrize("words", [
    ["Roechief"],                  # one word is not a name with a family name
    ["jo", "Roechief"],            # a name starts with a capital
    ["Jo", "Roechief."],           # the last word does not end in a letter in lower case
    ["Jo", "Roe"],                 # nothing glued
    ["Jo", "Lichief"],             # a family name of two letters is too short to cut
    ["Jo", "Roechiefs"],           # the word must end with the role
])
def test_anything_else_is_left_as_it_is(words: list[str]) -> None:
    assert without_glued_role(words) == words
