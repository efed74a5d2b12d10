"""A lead-in with no cue verb that opens on one person and ends on a colon (`Jo Roe, an economist at X, is
unconvinced:`, `Jo Roe has just sat down. Her main measures:`) hands that person the quotation or bullets right below,
as a live page's entries write it (wave 25c)."""
from __future__ import annotations

import re

from ..entities import Mention, find_mentions
from ..speakers import Context
from ..text import Block, Span, split_sentences

from .patterns import OPENING_MARKS
from .records import Attribution

PREFIX_RE = re.compile(r"(?:(?:[A-Z][\w'\u2019\-.]*|[a-z]+),?\s+)*")
"""What may stand before the person's name: a title or a description (`Council leader`, `The group leader,`)."""
PLACING_RE = re.compile(r"\b(?:about|to|with|from|by|on|against|at|in|after|before|over|into|under|than|like|as)\s",
                        re.IGNORECASE)
"""A preposition before the name: the name is the object of what the sentence is about (`A letter about Jo Roe's
plan:`), never its subject."""
PREDICATE_RE = re.compile(r"(?:,[^,:]{1,80},)?\s+(?P<predicate>[a-z][\w'\u2019]*)")
"""After the name: an apposition set off by commas, then the predicate's first word in lower case."""
OBJECT_AFTER_RE = re.compile(r"\b(?:to|for|from|with|at|on|about)\s*:\s*$")
"""A lead-in ending on a preposition (`Supt Roe is appealing to:`): the items below are whom it addresses, no claims."""
MAX_LABEL_WORDS = 6
"""The longest closing label after the person's sentence (`Some of the key lines:`)."""


def named_lead_in(text: str, block: Block, following: list[Block], ctx: Context) -> Attribution | None:
    """Read a cue-less paragraph ending on a colon whose first sentence opens on one person as that person's colon
    lead-in, when a quotation or a bullet follows; None for any other paragraph."""
    if not following or not _opens_speech_or_list(text, following[0]) or not text[block.body:block.end].rstrip().endswith(":"):
        return None
    if OBJECT_AFTER_RE.search(text, block.body, block.end):
        return None
    sentences = split_sentences(text, block.body, block.end)
    first, last = sentences[0], sentences[-1]
    person = _opening_person(text, first)
    if person is None or len(sentences) > 2 or len(sentences) == 2 and not _bare_label(text, last):
        return None
    predicate = PREDICATE_RE.match(text, person.end, first[1])
    if predicate is None or predicate.group("predicate") == "and" \
            or _other_person(text, (predicate.start("predicate"), block.end), person):
        return None
    cue_start = predicate.start("predicate") if last == first else last[0]
    return Attribution(ctx.add(person), "person", " ".join(text[cue_start:last[1]].split()), (), colon=True)


def _opens_speech_or_list(text: str, block: Block) -> bool:
    """Say whether a paragraph is a bullet or opens with a quotation mark."""
    return block.bullet or text[block.body:block.body + 1] in OPENING_MARKS


def _opening_person(text: str, sentence: Span) -> Mention | None:
    """Return the person a sentence opens on (titles and a description before the name allowed), or None."""
    mentions = find_mentions(text, *sentence)
    if not mentions or mentions[0].kind != "person" or mentions[0].possessive or " and " in mentions[0].name:
        return None
    prefix = text[sentence[0]:mentions[0].start]
    if PREFIX_RE.fullmatch(prefix) is None or PLACING_RE.search(prefix):
        return None
    return mentions[0]


def _bare_label(text: str, sentence: Span) -> bool:
    """Say whether a sentence is a short label naming nobody (`Her take:`, `Some of the key lines:`)."""
    words = text[sentence[0]:sentence[1]].split()
    return len(words) <= MAX_LABEL_WORDS and not find_mentions(text, *sentence)


def _other_person(text: str, span: Span, person: Mention) -> bool:
    """Say whether a span after the subject names a person other than the one the lead-in opens on."""
    return any(m.kind == "person" and m.name != person.name for m in find_mentions(text, *span))
