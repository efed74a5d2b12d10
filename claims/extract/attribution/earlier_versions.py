"""Earlier versions (wave 35b): a correction note's account of what an earlier version of the text said (`Correction:
An earlier version of this story said 46 pharmacies had closed.`, `An earlier post, at 11:15 a.m., said ...`, `In our
11:40 post we said ...`, and a second slip in the same note, `The article also stated that ...; it is ...`) is the
wrong figure the note takes back: nobody's claim, neither the outlet's nor the party the wrong sentence named.

The sentence that tells the earlier version gives no row; the note's other sentences are read as any others (`The
district says the saving is about $2.4 million` stays the district's). A party's own earlier figures (`said an earlier
timetable had listed 40`) are no note: the sentence must open on the earlier version, after a label at most.
"""
from __future__ import annotations

import re

from ..text import Span, line_end, line_start, split_sentences
from ..vocabulary import CASELESS_FORMS, load_words, verb_alternation
from .records import Found

OWN_PIECES: frozenset[str] = load_words("own_pieces")
"""What a text calls itself in its correction note: `story`, `article`, `post`, `statement`."""
EARLIER_PIECES: frozenset[str] = load_words("earlier_pieces")
"""What a note calls the earlier text it takes back: `version`, `edition`, `post`."""
_PIECES = verb_alternation(OWN_PIECES)
_EARLIER = verb_alternation(EARLIER_PIECES)
_TIME = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+)"
_FIRST_FORMS: dict[str, str] = {letter: letter + letter.upper() + CASELESS_FORMS.get(letter, "") for letter in "epoi"}
"""Each first letter of a note's opening word in every form the engine reads as it under IGNORECASE (`İ`, `ı` too)."""


def _opening(letter: str, rest: str) -> str:
    """Return regex source for a word opening with `letter` in any form at a word's start, `rest` read in any case:
    one alternative per form, each opening on its letter (what lets the engine skip fast to one)."""
    return "|".join(rf"{form}(?<=\b{form})(?i:{rest})" for form in _FIRST_FORMS[letter])


ANCHOR_RE = re.compile("(?:" + "|".join([
    _opening("e", rf"arlier\s+(?:{_EARLIER})"),
    _opening("p", rf"revious\s+(?:{_EARLIER})"),
    _opening("o", rf"riginal\s+(?:{_EARLIER})|ur\s+{_TIME}?(?:{_PIECES})\s+we"),
    _opening("i", rf"n\s+(?:our|an?|the)\s+(?:earlier\s+|previous\s+)?{_TIME}?(?:{_PIECES}),?\s+"
                  rf"(?:at\s+[^,.]{{1,20}},?\s+)?we"),
]) + r")\b")
"""Where a note may be (`earlier version`, `previous post`, `our 11:40 post we`, and every `in` opening the note's
reading admits: `In a 10:15 post, we`, `In our post, at 10:15, we`, `In an earlier article, we`): the one search over
the text, each first letter written in its every form with the word's start checked behind it, so that the engine
skips fast to one of them (a case-blind pattern, or one opening on a look-ahead, is tried at every place; 47s)."""
_LABEL = r"(?:[A-Z][^.:!?\n]{0,40}:\s+)?"
OPENING_RE = re.compile(
    rf"{_LABEL}(?:(?:an?|the)\s+(?:earlier|previous|original)\s+(?:{_EARLIER})"
    rf"(?:\s+of\s+(?:this|our)\s+(?:{_PIECES})\b|(?!\s+of\b))"
    rf"|in\s+(?:our|an?|the)\s+(?:earlier\s+|previous\s+)?{_TIME}?(?:{_PIECES}),?\s+(?:at\s+[^,.]{{1,20}},?\s+)?we\b)",
    re.IGNORECASE)
"""A sentence that opens on the earlier version of the text itself, after a label at most (`Correction, 9 June:`):
`An earlier version of this story`, `An earlier version gave`, `In our 11:40 post we`; never `An earlier version of
the plan`."""
SECOND_SLIP_RE = re.compile(rf"(?:the|this|it)\s+(?:(?:{_PIECES})\s+)?also\s+(?:said|stated|gave|reported|described"
                            r"|misstated|misspelled|named|put|listed|referred|attributed)\b", re.IGNORECASE)
"""A later sentence of the same note telling a second slip (`The article also stated that ...`)."""


def drop_earlier_versions(text: str, found: list[Found]) -> list[Found]:
    """Return the rows without those that start in a sentence telling what an earlier version of the text said."""
    spans = earlier_version_spans(text)
    if not spans:
        return found
    return [item for item in found if not any(start <= item.span[0] < end for start, end in spans)]


def earlier_version_spans(text: str) -> list[Span]:
    """Return the spans of the sentences that tell what an earlier version of the text said, in text order."""
    spans: list[Span] = []
    for match in ANCHOR_RE.finditer(text):
        paragraph = paragraph_around(text, match.start())
        spans += [span for span in note_sentences(text, paragraph) if span not in spans]
    return sorted(spans)


def paragraph_around(text: str, at: int) -> Span:
    """Return the span of the line that holds an offset."""
    return line_start(text, at), line_end(text, at)


def note_sentences(text: str, paragraph: Span) -> list[Span]:
    """Return a paragraph's sentences that tell an earlier version: the one that opens on it, and the second slips
    after it."""
    told: list[Span] = []
    for sentence in split_sentences(text, *paragraph):
        if OPENING_RE.match(text, *sentence) or told and SECOND_SLIP_RE.match(text, *sentence):
            told.append(sentence)
    return told
