"""Interviews whose questions stand apart: the writer's questions as paragraphs, each answered by a labelled one."""
from __future__ import annotations

import pytest

from claims.extract.questions_apart import asks_apart, first_question_at, is_question_apart
from claims.extract.text import Block

INTRO = "Ann Roe runs the Tarn food bank.\n\n"
INTERVIEW = (INTRO + "How many families come each week?\n\nRoe: About 300, up from 200.\n\n"
             "What do you need most?\u201d\n\nAR: Volunteers on Saturdays.\n")
ONE_QUESTION = INTRO + "How many families come?\n\nRoe: About 300.\n\nWhy? Nobody knows.\n"


def block(text: str, words: str, bullet: bool = False) -> Block:
    """The block of a text that holds the given words (its body where they start)."""
    start = text.index(words)
    return Block(start, start + len(words), start, bullet)


@pytest.mark.parametrize("text, expected", [
    (INTERVIEW, True),
    (ONE_QUESTION, False),  # one question answered by a label
    ("Why? How? Nobody knows.\n", False),
    (INTRO + "How?\n", False),
])
def test_asks_apart(text: str, expected: bool) -> None:
    assert asks_apart(text) is expected


def test_first_question_at_is_where_the_first_question_paragraph_begins() -> None:
    assert first_question_at(INTERVIEW) == len(INTRO)
    assert first_question_at("How many families come each week?\nRoe: About 300.\nWhy now?\nRoe: Winter.\n") == 0
    assert first_question_at("\nHow many families come each week?\nRoe: About 300.\nWhy now?\nRoe: Winter.\n") == 1


@pytest.mark.parametrize("text", [ONE_QUESTION, "Who? Why? How?\n"])
def test_first_question_at_is_none_when_the_text_does_not_ask_apart(text: str) -> None:
    assert first_question_at(text) is None


@pytest.mark.parametrize("words, bullet, expected", [
    ("How many families come each week?", False, True),
    ("What do you need most?\u201d", False, True),  # a closing quotation mark after the question
    ("How many families come each week?", True, False),  # a bullet is no question apart
    ("Roe: About 300, up from 200.", False, False),
    ("Ann Roe runs the Tarn food bank.", False, False),
])
def test_is_question_apart(words: str, bullet: bool, expected: bool) -> None:
    assert is_question_apart(INTERVIEW, block(INTERVIEW, words, bullet)) is expected


def test_a_question_paragraph_on_a_page_that_does_not_ask_apart_is_no_question_apart() -> None:
    assert is_question_apart(ONE_QUESTION, block(ONE_QUESTION, "How many families come?")) is False

