"""Quotations in a body's own answers (wave 33a): in a body's questions and answers, a quotation a person's cue
claims (`"A," said Operations Director Jo Roe. "B."`, `"A. B," she said.`) is that person's, every sentence of it,
before the cue and after it, and never the answering body's; a quotation no person claims stays the body's answer.

Below `blocks` (whose turn reading asks it for each paragraph of a body's answer holding a quotation mark).
"""
from __future__ import annotations

from ..speakers import Context
from ..text import Block, Span, find_speech

from .patterns import OPENING_MARKS
from .quotes import attribute_speech
from .records import Found


def may_quote(text: str, span: Span) -> bool:
    """Say whether a paragraph holds a mark that may open a quotation (the cheap test before any reading)."""
    return any(mark in text[span[0]:span[1]] for mark in OPENING_MARKS)


def person_quotations(text: str, span: Span, ctx: Context) -> list[Found]:
    """Return the rows of the quotations in a paragraph that a person's cue claims, the quotation after one going on
    as hers (`"A," Dr Roe said. "B."`); [] when no person claims one."""
    block = Block(span[0], span[1], span[0], False)
    _, found = attribute_speech(text, block, find_speech(text, block), ctx, None)
    return [f for f in found if f.kind == "person"]


def in_person_quotation(span: Span, quoted: list[Found]) -> bool:
    """Say whether a row's span overlaps a quotation a person claims: the sentence that holds one of her rows."""
    return any(span[0] < f.span[1] and f.span[0] < span[1] for f in quoted)
