"""What makes a run of capitalised words one body's name (`claims.extract.bodynames`)."""
from __future__ import annotations

import pytest

from claims.extract.bodynames import commissioned_cut, name_before_kind


@pytest.mark.parametrize("name, expected", [
    ("YouGov for the Resolution Foundation", 6),
    ("A for the Resolution Foundation", 1),                  # a one-letter body before `for the`
    ("Acme Polling for the Food Standards Agency", 12),
    ("Acme for the Sport and Recreation Trust", 4),          # a link word inside the second name
])
def test_a_body_that_worked_for_another_is_cut_before_for_the(name: str, expected: int) -> None:
    assert commissioned_cut(name) == expected


@pytest.mark.parametrize("name", [
    " for the Resolution Foundation",                        # nothing before `for the`
    "Society for the Protection of Birds",                   # no body of its own after it
    "Acme for the Protection of Birds Trust",                # `of`: one long name
    "Acme for the Resolution Birds",                         # the second name is not a body's
    "Acme for the Resolution foundation",                    # the body's noun is not a name's word
    "Acme for the Foundation",                               # a noun alone is not a body's name
    "Acme for the Friends for the Resolution Foundation",    # twice: which cut is not clear
    "Minister for the Cabinet Office",                       # a post before it
    "Ministers for the Cabinet Office",                      # a post in the plural
    "Acme Witness for the Crown Prosecution Service",        # a role ending in s
    "Resolution Foundation",
])
def test_anything_else_is_one_name(name: str) -> None:
    assert commissioned_cut(name) == -1


def _name(text: str, noun: str) -> str:
    """The name `text` gives before the noun's first appearance."""
    return name_before_kind(text, text.index(noun))


@pytest.mark.parametrize("text, noun, expected", [
    ("We back the Save Elm Park group.", "group", "Save Elm Park"),
    ("The Keep Hollin Green campaign said", "campaign", "Keep Hollin Green"),   # `The` at the text's start
    ("the Save North Park group met", "group", "Save North Park"),   # a region word inside the name
    ("the Save Elm Park group and the Elm Park group", "group and", "Save Elm Park"),
])
def test_name_before_kind_finds_three_capitalised_words_or_more(text: str, noun: str, expected: str) -> None:
    assert _name(text, noun) == expected


@pytest.mark.parametrize("text, noun", [
    ("the West Midlands Police force", "force"),               # a region first: a place
    ("the Keep Hollin Village group", "group"),                # a place word last
    ("the Save Elm Village group", "group"),
    ("the Elm Park group", "group"),                           # two words are a place
    ("the Isle of Wight charity", "charity"),                  # a link word
    ("Save Elm Park group", "group"),                          # no `the`
    ("the Save Elm Park, group", "group"),
    ("the " + " ".join(w * 13 for w in "ABCDEF") + " group", "group"),   # starts too far before the noun
])
def test_name_before_kind_finds_no_name_elsewhere(text: str, noun: str) -> None:
    assert _name(text, noun) == ""
