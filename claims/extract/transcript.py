"""Transcripts: `Mayor Jo Roe: ...` labels who speaks each turn, until the next label.

A text is a transcript when at least two paragraphs (not bullets) open with a label naming a person. Each
turn's sentences with a figure (a digit) are its speaker's claims, and the paragraphs after a turn that carry no
label continue it. A turn labelled `Question:` or `Reporter:` is nobody's claim.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .entities import find_mentions
from .items import split_items
from .speakers import Context
from .text import Block, Span, split_sentences

LABEL_RE = re.compile(r"(?P<label>[A-Z][^\n:.!?\"\u201c\u201d]{1,60}?):[ \t]+(?=\S)")
"""A turn's label: capitalised words and a colon at the start of a paragraph."""
ASKERS: frozenset[str] = frozenset("question q reporter journalist audience host moderator interviewer".split())
"""Labels of turns that ask, whose words are nobody's claim."""
_DIGIT_RE = re.compile(r"\d")
"""A figure in a turn (`Murders are down from 34 to 26`): the speaker's checkable words."""
MIN_TURNS = 2
"""How many paragraphs must open with a label for a text to read as a transcript."""


class Turn(NamedTuple):
    """A labelled turn: who speaks (empty for a question), their kind, and where their words start."""

    speaker: str
    kind: str
    body: int


def read_label(text: str, block: Block, ctx: Context | None = None) -> Turn | None:
    """Return the turn a paragraph's label opens, or None when the paragraph has no label."""
    match = None if block.bullet else LABEL_RE.match(text, block.body, block.end)
    if match is None:  # "• Voltara Energy: £5.1m" is a list item, not a turn
        return None
    label = match.group("label").strip()
    if label.lower() in ASKERS:
        return Turn("", "", match.end())
    mentions = find_mentions(text, match.start("label"), match.end("label"))
    if not mentions or mentions[-1].end != match.start("label") + len(label):
        return None  # "Note: ...", "Outlook: ..." name nobody
    mention = mentions[-1]
    if ctx is None:
        return Turn(mention.name, mention.kind, match.end())
    name = ctx.add(mention)
    return Turn(name, "person" if mention.kind == "person" else ctx.kind_of(name), match.end())


def is_transcript(text: str, blocks: list[Block]) -> bool:
    """Say whether enough paragraphs open with a speaker's label for the text to be a transcript."""
    turns = 0
    for block in blocks:
        turn = read_label(text, block)
        turns += turn is not None and turn.kind == "person"
        if turns >= MIN_TURNS:
            return True
    return False


def turn_claims(text: str, start: int, end: int) -> list[Span]:
    """Return the claims of a turn's words: the items of each sentence that holds a figure."""
    return [item for sentence in split_sentences(text, start, end) if _DIGIT_RE.search(text, *sentence)
            for item in split_items(text, sentence)]
