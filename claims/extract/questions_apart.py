"""Interviews whose questions stand apart: the writer's questions printed as paragraphs of their own (no `Q:` label),
each followed by an answer that opens with the interviewee's label (`JR: ...`, `Roe: ...`).

Such a page is as much an interview as one with `Q:` labels: the labels after the questions are the interviewee's
turns (initials or surname), and a paragraph that asks belongs to the writer, never to the turn before it.
"""
from __future__ import annotations

import re

from .text import Block, line_start
from .text_caches import per_text

QUESTION_THEN_LABEL_RE = re.compile(
    r"\?[ \t\"'\u201d\u2019]*\r?\n(?:[ \t]*\r?\n)*[ \t]*[A-Z][A-Za-z'\u2019\-]{1,30}(?:[ \t][A-Z][A-Za-z'\u2019\-]{1,30}){0,2}"
    r":[ \t]")
"""A paragraph that ends with a question, then (on the next line, or after blank lines) a paragraph that opens with a
short label."""
MIN_QUESTIONS = 2
"""How many questions must be answered by a labelled paragraph for a page to read as an interview."""
_CLOSERS = " \t\r\"'\u201d\u2019"
"""What may follow a question's mark at the end of its paragraph."""


@per_text(4)
def asks_apart(text: str) -> bool:
    """Say whether a text asks at least two questions set apart as paragraphs, each answered by a labelled one."""
    if text.count("?") < MIN_QUESTIONS:
        return False  # the cheap test first
    found = QUESTION_THEN_LABEL_RE.finditer(text)
    return sum(1 for _ in zip(range(MIN_QUESTIONS), found)) >= MIN_QUESTIONS


def first_question_at(text: str) -> int | None:
    """Return where the first question set apart begins (its paragraph's start), when the text asks apart; else None:
    the introduction is what comes before it."""
    if not asks_apart(text):
        return None
    question = QUESTION_THEN_LABEL_RE.search(text)
    return None if question is None else line_start(text, question.start())


def is_question_apart(text: str, block: Block) -> bool:
    """Say whether a paragraph is the writer's question in such an interview: it ends with `?`."""
    return not block.bullet and text[block.body:block.end].rstrip(_CLOSERS).endswith("?") and asks_apart(text)
