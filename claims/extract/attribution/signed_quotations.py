"""A quotation signed off below it (wave 41b). A statement put out on a newswire may open, after its dateline, on a
quotation that runs over several paragraphs (the middle ones reopened with a mark, or neither reopened nor closed),
the last closing on its mark, with no cue at all: a sign-off line right under it names who speaks (`- Jo Roe,
President and CEO, X Association`, `— Jo Roe, chair`), or a cue after the closing mark (`...," said Jo Roe, Chair
of X.`). Every sentence of those paragraphs is the signer's claim.
A quotation opening its paragraph and each paragraph reopened is left to the quotations' own reading (a continued
quotation, its last paragraph signed: `quotes._signature_after`).
"""
from __future__ import annotations

import re

from ..datelines import dateline_end
from ..entities import Mention, find_mentions
from ..items import is_statement
from ..text import Block, Span, split_sentences, strip_span

from .patterns import DOUBLE_CLOSING_MARKS, DOUBLE_OPENING_MARKS, MIN_SPEECH_WORDS

QUOTE_MARKS = DOUBLE_OPENING_MARKS + DOUBLE_CLOSING_MARKS
"""Marks left out of a signed quotation's sentences."""
MAX_SIGNED_PARAGRAPHS = 12
"""A signed quotation runs over a dozen paragraphs at most."""
CLOSING_CUE_RE = re.compile(r"(?P<mark>[,.!?][\"\u201d])\s+"
                            r"(?:(?:said|says|added)\s+(?P<after>[^\"\u201c\u201d]{3,120}?)"
                            r"|(?P<before>[^\"\u201c\u201d]{3,80}?)\s+(?:said|says|added))\s*\.\s*$")
"""A quotation's closing mark and the cue after it ending its paragraph (`..., a second link," said Jo Roe, Chair.`)."""
MAX_SIGN_OFF_WORDS = 16
"""A sign-off is one short line: a name and a post."""


def signed_quotations(text: str, blocks: list[Block]) -> dict[int, Mention]:
    """Map each paragraph of a quotation signed off below it, and its sign-off line, to the signer named there."""
    if '"' not in text and "\u201c" not in text:
        return {}
    signed: dict[int, Mention] = {}
    index = 0
    while index < len(blocks):
        closing = _closing_paragraph(text, blocks, index) if _opening(text, blocks[index]) is not None else None
        cued = _closing_cue(text, blocks[closing]) if closing is not None else None
        signer = cued[0] if cued is not None else _sign_off(text, blocks[closing + 1]) \
            if closing is not None and closing + 1 < len(blocks) else None
        if closing is None or signer is None or not _unread(text, blocks[index:closing + 1]):
            index += 1
            continue
        last = closing if cued is not None else closing + 1  # the sign-off line, when a line signs it
        signed.update((i, signer) for i in range(index, last + 1))
        index = last + 1
    return signed


def signed_claims(text: str, blocks: list[Block], index: int) -> list[Span]:
    """Return the sentences of one paragraph of a signed quotation (none for its sign-off line)."""
    block = blocks[index]
    if block.bullet:
        return []
    start = _opening(text, block) or block.body
    cued = _closing_cue(text, block)
    end = cued[1] if cued is not None else block.end
    spans = [strip_span(text, sentence, QUOTE_MARKS + ",") for sentence in split_sentences(text, start, end)]
    return [s for s in spans if len(text[s[0]:s[1]].split()) >= MIN_SPEECH_WORDS and is_statement(text[s[0]:s[1]])]


def _unread(text: str, run: list[Block]) -> bool:
    """Say whether the quotes' own reading misses a signed run: it opens after a dateline, or a paragraph after its
    first is not reopened (each paragraph opening on its mark, the last signed, is read as one quotation going on)."""
    return _opening(text, run[0]) != run[0].body or any(_opening(text, block) is None for block in run[1:])


def _opening(text: str, block: Block) -> int | None:
    """Return where a paragraph's quotation opens, right at its start or after its dateline, else None."""
    if block.bullet:
        return None
    start = dateline_end(text, block.body, block.end) or block.body
    start = strip_span(text, (start, block.end))[0]
    return start if text[start:start + 1] in DOUBLE_OPENING_MARKS and start < block.end else None


def _closing_paragraph(text: str, blocks: list[Block], first: int) -> int | None:
    """Return the paragraph whose closing mark ends a quotation opened at `first`, through plain paragraphs only."""
    for index in range(first, min(len(blocks), first + MAX_SIGNED_PARAGRAPHS)):
        block = blocks[index]
        line = text[block.body:block.end].rstrip()
        if block.bullet or not line:
            return None
        cued = _closing_cue(text, block)
        words_end = cued[1] - 1 if cued is not None else block.body + len(line) - (line[-1] in DOUBLE_CLOSING_MARKS)
        opening = _opening(text, block)
        if _marked(text, block.body if opening is None else opening + 1, words_end):
            return None  # a quotation closed (or another opened) inside a paragraph: no one quotation runs on
        if line[-1] in DOUBLE_CLOSING_MARKS or cued is not None:
            return index
        if line[-1] not in ".!?":
            return None  # a heading or a line cut short: no quotation runs through it
    return None


def _marked(text: str, start: int, end: int) -> bool:
    """Say whether text[start:end] holds a quotation mark."""
    return any(text.find(mark, start, end) >= 0 for mark in QUOTE_MARKS)


def _closing_cue(text: str, block: Block) -> tuple[Mention, int] | None:
    """Return the person a cue after a paragraph's closing mark names and where the quotation's words end, else None."""
    found = CLOSING_CUE_RE.search(text, block.body, block.end)
    if found is None:
        return None
    group = "after" if found.group("after") else "before"
    people = [m for m in find_mentions(text, found.start(group), found.end(group))
              if m.kind == "person" and " " in m.name]
    return (people[0], found.start("mark") + 1) if people else None


def _sign_off(text: str, block: Block) -> Mention | None:
    """Return the person a sign-off line names first (`- Jo Roe, President, X`), else None."""
    line = text[block.body:block.end].strip()
    if not line or len(line.split()) > MAX_SIGN_OFF_WORDS or line[-1] in ".!?" + DOUBLE_CLOSING_MARKS or not block.bullet:
        return None
    mentions = find_mentions(text, block.body, block.end)
    first = mentions[0] if mentions else None
    if first is None or first.kind != "person" or " " not in first.name \
            or len(before := text[strip_span(text, (block.body, block.end))[0]:first.start].split()) > 1 \
            or any(word.endswith(":") for word in before) or text[first.end:block.end].strip()[:1] not in ("", ","):
        return None  # the line opens on the name, a title before it at most (`Dr Jo Roe, ...`), a comma after it
    return first
