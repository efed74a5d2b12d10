"""Speed without a change of behaviour (wave 55s): readers that scan a whole text once per text, or compile a pattern
per name, first test for the words every match holds (`str in str`), and answer as before on texts with and without
them; each answer is checked whole against the plain scan on invented texts."""
from __future__ import annotations

import re

import pytest

from claims.extract.attribution import availability, briefing_turns, cut_names
from claims.extract.speakers import body_traits

TEXTS = [
    "A Tollard spokesperson said the list is available on its website. The figures were published at noon.",
    "The Tollard Group said the list is on its website. Its figures came out at noon.",
    "An Orvane spokeswoman said so. Papers are published via the portal; nothing is available from the archive.",
    "",
]


def _plain_voiced(text: str) -> frozenset[str]:
    """Return what `voiced_words` returned before its cheap test: every match of its pattern, read whole."""
    return frozenset(match.group(1) for match in body_traits._VOICED_RE.finditer(text))


def _plain_hints(text: str) -> tuple[list[int], list[int]]:
    """Return what `_hints` returned before its cheap test: every hint's start and end."""
    found = list(availability.HINT_RE.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


@pytest.mark.parametrize("text", TEXTS)
def test_voiced_words_as_the_plain_scan(text: str) -> None:
    assert body_traits.voiced_words(text) == _plain_voiced(text)


@pytest.mark.parametrize("text", TEXTS)
def test_hints_as_the_plain_scan(text: str) -> None:
    assert availability._hints(text) == _plain_hints(text)


def test_the_readers_answer_whole() -> None:
    """Whole answers on the texts, with and without the words every match holds."""
    assert [body_traits.voiced_words(text) for text in TEXTS] == [
        frozenset({"Tollard"}), frozenset(), frozenset({"Orvane"}), frozenset()]
    assert [availability._hints(text) for text in TEXTS] == [
        ([40, 83], [52, 95]), ([], []), ([42, 79], [55, 93]), ([], [])]


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    ("Pellow's staff said so. Pellow's report found that rents rose.", "Pellow", "Pellow's"),
    ("Pellow\u2019s staff said so. Pellow\u2019s report found that rents rose.", "Pellow", "Pellow\u2019s"),
    ("Pellow's staff said so. Pellow said that rents rose.", "Pellow", "Pellow"),
    ("Pellow staff said so. Pellow said that rents rose.", "Pellow", "Pellow"),
    ("Pellows said so. Pellow-Hart said that rents rose.", "Pellow", "Pellow"),
    ("Pellow's staff said that rents rose.", "Pellow", "Pellow"),
])
def test_whole_possessive(text: str, speaker: str, expected: str) -> None:
    assert cut_names.whole_possessive(text, speaker) == expected


def test_whole_possessive_compiles_no_pattern_without_the_ending() -> None:
    """A name never written with its possessive ending is answered before any pattern is made for it."""
    re.purge()
    cut_names.whole_possessive("Quarnby said so. Quarnby said that rents rose.", "Quarnby")
    assert not any("Quarnby" in str(key) for key in re._cache)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Lee for the World Food Programme said 40 trucks had crossed.\n\nDr Bo Kay for the World Health Organization "
     "said 3 clinics had shut.\n", frozenset({"Ann Lee"})),
    ("Ann Lee for the world food programme said 40 trucks had crossed.\n", frozenset()),
    ("Ann Lee spoke for the World Food Programme. It said 40 trucks had crossed.\n", frozenset()),
    ("A plan for the winter was agreed. Ann Lee for the World Food Programme said 40 trucks had crossed.\n",
     frozenset()),
    ("", frozenset()),
])
def test_briefing_turns_whole(text: str, expected: frozenset[str]) -> None:
    """The turns the scan read before its second cheap test (`for the` before a capital), on texts with and without."""
    assert briefing_turns.briefing_turns(text) == expected
