"""A paragraph whose speaker the next paragraph names (wave 47b): the press often gives a claim first and its source
after it, opening with a pointer to it: `That is the message from the trust's new chief executive, Jo Roe.`, `This
is contained in a statement issued by the Ministry on Sunday.`, `That was the verdict of the X Panel.` The sentences
of the paragraph before, when it claimed nothing itself, are that source's claims."""
from __future__ import annotations

import re

from ..items import is_statement, split_items
from ..speakers import Context, speaker_from_region
from ..text import Block, Span, split_sentences
from ..vocabulary import MONTHS, WEEKDAYS, load_words, verb_alternation

from .records import Attribution

POINTED_MESSAGE_NOUNS = load_words("pointed_message_nouns")
"""Nouns for what a source says, finds or asks, named in a sentence pointing back (`message`, `takeaway`, `verdict`)."""
MESSAGE_BACK_RE = re.compile(
    r"(?:That|This)(?:['\u2019]s|\s+(?:is|was|has\s+been))\s+(?:(?:the|a)\s+(?:[\w\-]+\s+)?"
    rf"(?:{verb_alternation(POINTED_MESSAGE_NOUNS)})\s+(?:of|from)"
    r"|(?:contained|set\s+out|stated)\s+in)\s+(?=\S)")
"""A sentence pointing back to the paragraph before and naming its source: `That is the message from X`, `That's the
takeaway from an interview with X`, `This is contained in a statement issued by X` (`data/pointed_message_nouns.txt`)."""
POINTING_KINDS = ("person", "organisation", "inspectorate", "document")


def message_back(text: str, pointed: Block | None, block: Block, ctx: Context) -> list[Attribution]:
    """Give the sentences of the unclaimed paragraph before `That is the message from X.` to X; none when the
    paragraph does not open so or names nobody the text can resolve."""
    match = MESSAGE_BACK_RE.match(text, block.body, block.end) if pointed is not None else None
    if match is None or pointed is None:
        return []
    first = split_sentences(text, block.body, block.end)[0]
    comma = text.find(",", match.end(), first[1])
    agent = comma > 0 and text.find(" by ", match.end(), comma) > 0  # "issued by X, Adviser to ...": X, not the rest
    who = speaker_from_region(text, match.end(), comma if agent else first[1], ctx)
    if who is None or who.kind not in POINTING_KINDS or who.name.strip(". ").lower() in WEEKDAYS | MONTHS:
        return []
    spans = tuple(s for sentence in split_sentences(text, pointed.body, pointed.end) for s in _claims_of(text, sentence))
    return [Attribution(who.name, who.kind, " ".join(match.group().split()), spans)] if spans else []


def _claims_of(text: str, sentence: Span) -> list[Span]:
    """Return the items of a sentence that are statements (no question, no lead-in)."""
    if text[sentence[1] - 1] in "?:":
        return []
    return [s for s in split_items(text, sentence) if is_statement(text[s[0]:s[1]])]
