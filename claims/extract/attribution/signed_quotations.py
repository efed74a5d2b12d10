"""A quotation signed off below it (wave 41b). A statement put out on a newswire may open, after its dateline, on a
quotation that runs over several paragraphs (the middle ones reopened with a mark, or neither reopened nor closed),
the last closing on its mark, with no cue at all: a sign-off line right under it names who speaks (`- Jo Roe,
President and CEO, X Association`, `— Jo Roe, chair`). Every sentence of those paragraphs is the signer's claim.
A quotation opening its paragraph and each paragraph reopened is left to the quotations' own reading (a continued
quotation, its last paragraph signed: `quotes._signature_after`).
"""
from __future__ import annotations

from ..datelines import dateline_end
from ..entities import Mention, find_mentions
from ..items import is_statement
from ..text import Block, Span, split_sentences, strip_span

from .patterns import MIN_SPEECH_WORDS

OPENING_MARKS = "\"\u201c"
"""Marks that open a quotation."""
CLOSING_MARKS = "\"\u201d"
"""Marks that close a quotation."""
QUOTE_MARKS = OPENING_MARKS + CLOSING_MARKS
"""Marks left out of a signed quotation's sentences."""
MAX_SIGNED_PARAGRAPHS = 12
"""A signed quotation runs over a dozen paragraphs at most."""
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
        signer = _sign_off(text, blocks[closing + 1]) if closing is not None and closing + 1 < len(blocks) else None
        if closing is None or signer is None or not _unread(text, blocks[index:closing + 1]):
            index += 1
            continue
        signed.update((i, signer) for i in range(index, closing + 2))
        index = closing + 2
    return signed


def signed_claims(text: str, blocks: list[Block], index: int) -> list[Span]:
    """Return the sentences of one paragraph of a signed quotation (none for its sign-off line)."""
    block = blocks[index]
    if block.bullet:
        return []
    start = _opening(text, block) or block.body
    spans = [strip_span(text, sentence, QUOTE_MARKS) for sentence in split_sentences(text, start, block.end)]
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
    return start if text[start:start + 1] in OPENING_MARKS and start < block.end else None


def _closing_paragraph(text: str, blocks: list[Block], first: int) -> int | None:
    """Return the paragraph whose closing mark ends a quotation opened at `first`, through plain paragraphs only."""
    for index in range(first, min(len(blocks), first + MAX_SIGNED_PARAGRAPHS)):
        block = blocks[index]
        line = text[block.body:block.end].rstrip()
        if block.bullet or not line:
            return None
        if line[-1] in CLOSING_MARKS:
            return index
        if line[-1] not in ".!?":
            return None  # a heading or a line cut short: no quotation runs through it
    return None


def _sign_off(text: str, block: Block) -> Mention | None:
    """Return the person a sign-off line names first (`- Jo Roe, President, X`), else None."""
    line = text[block.body:block.end].strip()
    if not line or len(line.split()) > MAX_SIGN_OFF_WORDS or line[-1] in ".!?" + CLOSING_MARKS or not block.bullet:
        return None
    mentions = find_mentions(text, block.body, block.end)
    first = mentions[0] if mentions else None
    if first is None or first.kind != "person" or " " not in first.name \
            or len(before := text[strip_span(text, (block.body, block.end))[0]:first.start].split()) > 1 \
            or any(word.endswith(":") for word in before) or text[first.end:block.end].strip()[:1] not in ("", ","):
        return None  # the line opens on the name, a title before it at most (`Dr Jo Roe, ...`), a comma after it
    return first
