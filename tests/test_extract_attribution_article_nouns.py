"""A cue word that is a singular noun after an article and its modifiers (`claims.extract.attribution.article_nouns`)."""
from __future__ import annotations

import pytest

from claims.extract.attribution.article_nouns import article_noun, is_modifier, noun_phrase_end
from extract_rows import rows


@pytest.mark.parametrize(("before", "noun"), [
    ("responding to a Foxley Analytics", True),  # a name ending in `s` after `a`
    ("read the full Coldmere workforce", True),
    ("an OBRA", True),
    ("cited the 2031 staffing", True),
    ("the regional offices", False),  # a plural: the verb's subject
    ("the police", False),  # a plural with no ending
    ("the Greens", False),  # after `the` a capitalised plural may be the subject
    ("the board will", False),  # a modal: a verb phrase
    ("the firm did not", False),
    ("the council also", False),
    ("a few analysts", False),
    ("the", False),  # no modifier: the other rules' case
    ("Ministers", False),  # no article
    ("the finance committee of the health board, which", False),
])
def test_an_article_and_its_modifiers_make_the_cue_word_a_noun(before: str, noun: bool) -> None:
    assert article_noun(before.split()) is noun


@pytest.mark.parametrize(("word", "indefinite", "modifier"), [
    ("Analytics", True, True), ("Analytics", False, False), ("KORVEX", False, True), ("2031", False, True),
    ("workforce", False, True), ("quarterly", False, False), ("staff", False, False), ("will", True, False),
    ("of", True, False), ("census", False, True), ("analysis", False, True), ("Roe's", False, False),
])
def test_a_modifier_is_a_name_a_figure_or_a_singular_open_word(word: str, indefinite: bool, modifier: bool) -> None:
    assert is_modifier(word, indefinite) is modifier


@pytest.mark.parametrize(("ahead", "end"), [
    ("report that cast", True), ("report 2031 here.", True), ("report concluded that", True),
    ("report on its", False), ("report, published", False), ("report.", False), ("report", False),
    ("report by the", False),
])
def test_the_noun_ends_its_phrase_before_that_a_figure_or_an_open_word(ahead: str, end: bool) -> None:
    assert noun_phrase_end(ahead.split()) is end


@pytest.mark.parametrize("text", [
    "Officials were responding to a Foxley Analytics report that cast doubt on the target being met.\n",
    "Staff can read the full Coldmere workforce report 2031 here.\n",
    "The Pellow Trust review 2030 is on the trust's website.\n",
    "The preliminary report does not give a cause.\n",
    "An internal Sarn Water note that circulated in May was withdrawn.\n",
])
def test_a_noun_read_as_a_cue_makes_no_row(text: str) -> None:
    """Wave 67g: no subject takes `report` after `a Foxley Analytics`; the words after it are nobody's claim."""
    assert rows(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The regional offices report that waiting times fell by 9%.\n",
     [("The regional offices", "unresolved", "waiting times fell by 9%")]),
    ("The Greens note that waiting times fell by 9%.\n", [("Greens", "organisation", "waiting times fell by 9%")]),
])
def test_a_plural_subject_before_the_cue_word_keeps_its_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Round 68m (mutation testing): the word's edges and endings each test reads.
@pytest.mark.parametrize(("word", "indefinite", "modifier"), [
    ("Analytics\u2019", True, True),  # a plural name's possessive mark is no part of the word
    ("X", False, True),  # a one-letter name
    ("long-term", False, True),  # a hyphen joins one word
    ("KLTS", False, True),  # an acronym ending in `s` is no plural
    ("access", False, True),  # `ss`, `us`, `is`: no plural ending
    ("bonus", False, True),
])
def test_a_modifiers_edges_and_endings(word: str, indefinite: bool, modifier: bool) -> None:
    assert is_modifier(word, indefinite) is modifier


def test_no_more_than_four_modifiers_stand_between_the_article_and_the_noun() -> None:
    assert article_noun("read the full annual Coldmere staffing workforce".split()) is False


def test_a_closed_word_after_the_noun_is_read_without_its_stop() -> None:
    assert noun_phrase_end("report to,".split()) is False


def test_four_modifiers_stand_between_the_article_and_the_noun() -> None:
    assert article_noun("cited the new full-year Coldmere staffing".split()) is True
