"""Tests for claims.finding: every start of a string, overlapping ones included."""
from claims.finding import find_all


def test_every_start_first_to_last():
    assert list(find_all("a cat, a cart, a cat", "cat")) == [2, 17]


def test_overlapping_starts_are_all_found():
    assert list(find_all("aaaa", "aa")) == [0, 1, 2]


def test_an_empty_needle_is_found_nowhere():
    assert list(find_all("abc", "")) == []


def test_a_missing_needle_or_an_empty_text_gives_nothing():
    assert (list(find_all("abc", "d")), list(find_all("", "a"))) == ([], [])


def test_only_as_far_as_asked():
    found = find_all("x.x.x", "x")
    assert (next(found), next(found)) == (0, 2)
