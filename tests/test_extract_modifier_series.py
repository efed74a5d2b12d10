"""Wave 59f: a series of one-word modifiers or nouns set off by commas inside one claim (issue 8).

`the fund lent to micro, small and medium firms classed as remote and hard to reach`: the comma list's splitter took
its `and` at the last one of the last part and cut the claim into three pieces, none a statement
(`modifier_series.modifier_series`, used by `items.split_comma_list`). Every party and sentence is invented; each
case asserts a text's whole table or a whole value.
"""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

import claims.extract.modifier_series as series_module
from claims.extract.modifier_series import modifier_series


def _parts(text: str) -> list[tuple[int, int]]:
    """The spans between a text's commas."""
    spans, start = [], 0
    for piece in text.split(", "):
        spans.append((start, start + len(piece)))
        start += len(piece) + 2
    return spans


@pytest.mark.parametrize(("text", "expected"), [
    ("lent to micro, small and medium firms", True),
    ("paid by federal, state and local bodies and schools", True),
    ("open to public, private, or voluntary groups", False),  # an Oxford comma: the middle part is followed by `or`
    ("open to public, private, voluntary or unpaid groups", True),
    ("cut costs, staff and services and raised rents", True),
    ("opened a ward, cut waits by a third and hired nurses", False),  # the later part has more than one word
    ("rose by 4%, small and medium firms", False),  # a figure ends the first part
    ("visited Kelso, Melrose and Hawick", False),  # names, not small words
    ("lent to micro, Small and medium firms", False),
    ("lent to micro, small and", False),  # nothing after the series' `and`
    ("lent to micro, small and medium", True),  # the series' last word ends the part (60m: `>= 3` words, its third)
    ("open to public, Private, voluntary, paid or unpaid groups", False),  # the first middle part is a name
    ("open to public, private, Voluntary, paid or unpaid groups", False),  # the last middle part is a name
    ("lent to micro, very small, large and medium firms", False),  # a middle part of two small words
])
def test_a_series_is_one_word_parts_closed_by_and_or_or(text: str, expected: bool) -> None:
    assert modifier_series(text, _parts(text)) is expected


def test_one_part_is_no_series() -> None:
    assert modifier_series("lent to small and medium firms", [(0, 30)]) is False


def test_a_series_of_modifiers_stays_in_one_claim() -> None:
    text = ("In a statement, the fund said its lending went to micro, small and medium firms classed as remote "
            "and hard to reach across six sectors.")
    assert cued_rows(text) == [("the fund", "unresolved", "said",
                                "its lending went to micro, small and medium firms classed as remote and "
                                "hard to reach across six sectors")]


def test_a_series_with_a_later_and_in_a_relative_clause() -> None:
    text = ("The council said the rise came from steady investment by national, regional and city governments that "
            "have helped bus operators grow and renew their fleets.")
    assert cued_rows(text) == [("the council", "unresolved", "said",
                                "the rise came from steady investment by national, regional and city governments that "
                                "have helped bus operators grow and renew their fleets")]


def test_a_list_of_claims_still_splits() -> None:
    text = "The trust said it had opened a new ward, cut waits by a third and hired 40 nurses."
    assert cued_rows(text) == [("the trust", "unresolved", "said", "it had opened a new ward"),
                               ("the trust", "unresolved", "said", "cut waits by a third"),
                               ("the trust", "unresolved", "said", "hired 40 nurses")]


@pytest.mark.parametrize(("word", "expected"), [
    ("long-term", True), ("micro", True), ("Small", False), ("4%", False), ("-", False),
])
def test_a_small_word_is_letters_and_hyphens_in_small_letters(word: str, expected: bool) -> None:
    assert series_module._small_word(word) is expected
