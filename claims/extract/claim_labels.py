"""A fact-checker's labelled claims: `CLAIM 1: "..."`, `Claim: ...`, `What was said: "..."` or a `THE CLAIM` heading
over the claim, with its speaker on a labelled line near it (`Made by: Minister Jo Roe`, `Who said it:`, `Claimed
by:`, `Source:`) or after a dash (`"..." — Jo Roe, speaking on radio`). The claim is that speaker's (the label line
may come after it: a forward reference); the verdict and the checker's own paragraphs (`The facts: ...`) are not.
"""
from __future__ import annotations

import collections
import re
from typing import NamedTuple

from .entities import find_mentions
from .items import split_items
from .speakers import Context
from .speakers.regions import speaker_from_region
from .text import CHECKER_LABEL_RE, Block, Span, line_opening, opens_some_line, split_sentences
from .text_caches import per_text
from .vocabulary import BYLINE_RE, DATE_LINE_RE

_CLAIM_WORDS = r"(?:(?:the|our)[ \t]+)?claim(?:[ \t]+(?:no\.?[ \t]*|#)?\d{1,2})?" \
    r"|what[ \t]+(?:was|he|she|they|it)[ \t]+(?:said|claimed|claims|says|wrote|posted)" \
    r"|the[ \t]+(?:statement|quote)"
CLAIM_LABEL_RE = re.compile(rf"(?i:{_CLAIM_WORDS})[ \t]*(?::|[\u2013\u2014][ \t]|-[ \t])[ \t]*")
"""A label that opens a claim on its own line: `CLAIM 1:`, `Claim:`, `The claim:`, `What was said:`, `CLAIM –`."""
CLAIM_HEADING_RE = re.compile(rf"(?i:{_CLAIM_WORDS})[ \t]*:?")
"""A label alone on its line, the claim on the next: `THE CLAIM`, `What was claimed`."""
SPEAKER_LABEL_RE = re.compile(
    r"(?i:(?:claim[ \t]+)?(?:made|said|claimed|stated|posted|shared|spoken|written|attributed)[ \t]+(?:by|to)"
    r"|who[ \t]+(?:said|made|claimed|posted|shared|wrote)(?:[ \t]+it)?|speaker|claimant|source|by)"
    r"[ \t]*:[ \t]*(?=\S)")
"""A line naming who made the claim: `Made by:`, `Who said it:`, `Claimed by:`, `Source:`, `Speaker:`."""
FIELD_LINE_RE = re.compile(r"[A-Z][A-Za-z' ]{1,30}:[ \t]*\S")
"""A short labelled field between a claim and its speaker: `Verdict: FALSE`, `Published: 25 April`."""
_MAY_LABEL = (r"[ \t]*(?:[-*\u2022][ \t]*)?(?i:(?:(?:the|our)[ \t]+)?claim\b|what[ \t]+(?:was|he|she|they"
              r"|it)[ \t]+(?:said|claimed|claims|says|wrote|posted)\b|the[ \t]+(?:statement|quote)[ \t]*:)")
"""What a line a claim label may open starts with (regex source, read at a line's start)."""
_MAY_LABEL_OPENING = line_opening(_MAY_LABEL)
"""Any line a claim label may open (one scan of a text, a cheap test before the blocks are read)."""
SPEAKER_TAIL_RE = re.compile(r",[ \t]+(?:on|in|via|during|speaking|writing|posting|at|when|while|to|from)\b"
                             r"|[ \t]*\(|[ \t]*[.;][ \t]*$")
"""Where a speaker line's name ends: `Jo Roe, on Twitter`, `Jo Roe (Mayo)`, `Jo Roe.`."""
DASH_RE = re.compile(r"[ \t]+[\u2014\u2013][ \t]*|[ \t]+--?[ \t]+")
"""The dash before a speaker set after a claim: `"..." — Jo Roe`, `Unemployment is 8.6% – Jo Roe`."""
OPENING = "\"\u201c'\u2018"
CLOSING = {"\"": "\"", "\u201c": "\u201d", "'": "'", "\u2018": "\u2019"}
MAX_FIELD_LINES = 3
"""How many labelled lines after a claim (or before it) may name its speaker."""
MAX_DASH_SPEAKER_CHARS = 120
MIN_LEAD_MENTIONS = 2
"""How often the lead must name the person whose claims unlabelled claims are."""
SPEAKER_KINDS = frozenset(("person", "organisation", "inspectorate", "unresolved"))


class LabelledClaim(NamedTuple):
    """A claim a label sets out: the spans of its words, its speaker and kind, and the blocks it used."""

    spans: tuple[Span, ...]
    speaker: str
    kind: str
    used: frozenset[int]


@per_text(4)
def may_hold_labels(text: str) -> bool:
    """Say whether any line of a text may open with a claim label (once per text)."""
    return opens_some_line(text, _MAY_LABEL_OPENING)


def labelled_claim(text: str, blocks: list[Block], index: int, ctx: Context) -> LabelledClaim | None:
    """Return the claim a block's label sets out with the speaker a field line or a dash names, or None."""
    block = blocks[index]
    label = CLAIM_LABEL_RE.match(text, block.body, block.end)
    used = {index}
    if label is not None:
        start = label.end()
    elif CLAIM_HEADING_RE.fullmatch(text, block.body, block.end) and index + 1 < len(blocks):
        used.add(index + 1)
        start, block = blocks[index + 1].body, blocks[index + 1]
    else:
        return None
    words, dash = claim_words(text, start, block.end)
    if words is None:
        return None
    who = None
    if dash is not None:
        who = field_speaker(text, dash, block.end, ctx)
    for other in field_lines(text, blocks, index + len(used) - 1):
        if who is None:
            field = SPEAKER_LABEL_RE.match(text, blocks[other].body, blocks[other].end)
            who = field_speaker(text, field.end(), blocks[other].end, ctx) if field else None
            used |= {other} if who is not None else set()
    for other in ([] if who is not None else fields_before(text, blocks, index)):
        field = SPEAKER_LABEL_RE.match(text, blocks[other].body, blocks[other].end)
        who = who or (field_speaker(text, field.end(), blocks[other].end, ctx) if field else None)
    who = who or lead_person(text, blocks, ctx)
    if who is None:
        return None
    spans = tuple(item for sentence in split_sentences(text, *words) for item in split_items(text, sentence))
    return LabelledClaim(spans, who[0], who[1], frozenset(used)) if spans else None


def lead_person(text: str, blocks: list[Block], ctx: Context) -> tuple[str, str] | None:
    """Return the person the paragraphs before a text's first claim label name most (`Mayor Jo Roe's claims` over
    `Mayor Jo Roe used his speech to ...`), at least twice and more than anyone else: whose claims the labels then set
    out without a speaker line; else None."""
    counts: collections.Counter[str] = collections.Counter()
    names: dict[str, str] = {}
    for block in blocks:
        if CLAIM_LABEL_RE.match(text, block.body, block.end) or CLAIM_HEADING_RE.fullmatch(text, block.body, block.end):
            break
        if not BYLINE_RE.match(text, block.body, block.end) and not DATE_LINE_RE.match(text, block.body, block.end):
            for mention in find_mentions(text, block.body, block.end):
                if mention.kind == "person":
                    surname = mention.name.split()[-1]
                    counts[surname] += 1
                    names[surname] = max(names.get(surname, ""), ctx.full_person(mention.name), key=len)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_LEAD_MENTIONS or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return names[ranked[0][0]], "person"


def claim_words(text: str, start: int, end: int) -> tuple[Span | None, int | None]:
    """Return the span of a claim's words after its label (inside its quotation marks, when quoted) and where a
    speaker set after a dash starts (or None)."""
    if start >= end:
        return None, None
    mark = text[start]
    if mark in OPENING:
        close = text.rfind(CLOSING[mark], start + 1, end)
        if close <= start + 1:
            return None, None
        dash = DASH_RE.match(text, close + 1, end)
        return (start + 1, close), dash.end() if dash else None
    dashes = list(DASH_RE.finditer(text, start, end))
    tail = dashes[-1] if dashes and end - dashes[-1].end() <= MAX_DASH_SPEAKER_CHARS else None
    return (start, tail.start() if tail else end), tail.end() if tail else None


def field_lines(text: str, blocks: list[Block], last: int) -> list[int]:
    """Return the indexes of the short labelled lines right after a claim's last block (`Made by:`, `Verdict:`)."""
    after = []
    for other in range(last + 1, min(len(blocks), last + 1 + MAX_FIELD_LINES)):
        if not FIELD_LINE_RE.match(text, blocks[other].body, blocks[other].end) \
                or CLAIM_LABEL_RE.match(text, blocks[other].body, blocks[other].end):
            break
        after.append(other)
    return after


def fields_before(text: str, blocks: list[Block], index: int) -> list[int]:
    """Return the indexes of the short labelled lines right before a claim's label (`Who said it: X` above `What
    they said: "..."`), nearest first; none when the line above them is another claim's (its `Made by:` is its own)."""
    before = []
    for other in range(index - 1, max(-1, index - 1 - MAX_FIELD_LINES), -1):
        if not FIELD_LINE_RE.match(text, blocks[other].body, blocks[other].end):
            break
        if CLAIM_LABEL_RE.match(text, blocks[other].body, blocks[other].end):
            return []
        before.append(other)
    first = before[-1] - 1 if before else -1
    above = blocks[first] if first >= 0 else None
    if above is not None and (CLAIM_LABEL_RE.match(text, above.body, above.end)
                              or CLAIM_HEADING_RE.fullmatch(text, above.body, above.end)):
        return []
    return before


def field_speaker(text: str, start: int, end: int, ctx: Context) -> tuple[str, str] | None:
    """Return the speaker a field line or a dash names (`Minister of State X`, `Jo Roe, on Twitter`) and its kind."""
    tail = SPEAKER_TAIL_RE.search(text, start, end)
    end = tail.start() if tail else end
    if end - start < 2 or not text[start].isupper():
        return None  # `Made by: posts on social media`: nobody named
    who = speaker_from_region(text, start, end, ctx, record=True)
    return (who.name, who.kind) if who is not None and who.kind in SPEAKER_KINDS else None
