"""Availability notes: a sentence saying where a document can be read is nobody's claim (wave 25f).

`The full report, Going Home, is available on our website.`, `Further information is available at www.x.org.`,
`The full report and the evidence are published with the Cabinet papers.`: a note to editors, even where a noun in it
reads as a cue (`report`). What is (not) available elsewhere, or how much of it is, stays a claim.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..text import Span, line_end, line_start, split_sentences
from ..text_caches import per_text
from ..vocabulary import DOCUMENT_NOUNS, initial_alternation, load_words, verb_alternation

DOCUMENT_PLACES: frozenset[str] = load_words("document_places")
"""Where a document is put (`website`, `page`, `papers`)."""
NOTICE_NOUNS: frozenset[str] = DOCUMENT_NOUNS | load_words("notice_nouns")
"""What a note offers: a document noun, or `information`, `list`, `copy`."""
HINT_RE = re.compile(initial_alternation(["available", "published"]) + r"\s+(?:on|at|from|with|via)\b")
"""The cheap test a row passes before its sentence is read (`\\b(?:available|published)` written by its first letters,
so that the engine skips fast to one)."""
NOTE_RE = re.compile(r"(?:\d{1,2}[.)]\s+|[-\u2022*]\s+)?(?P<subject>.+?)\s+(?:is|are)\s+(?:now\s+|also\s+)?"
                     r"(?:available|published)\s+(?:on|at|from|with|via)\s+(?P<place>.+?)[.\s]*", re.S)
"""A whole availability sentence, after a note's number or bullet: its subject and where it is put."""
PLACE_RE = re.compile(r"\b(?:%s)\b|\bwww\.|\b[\w-]+\.(?:org|gov|com|net|uk|ie|eu|us|ca|au|nz)\b"
                      % verb_alternation(DOCUMENT_PLACES), re.I)
"""A place a reader goes to: a website, a page, the papers of a meeting, a web address."""
HEDGE_RE = re.compile(r"\b(?:not|no\s+longer|never|only|none|yet)\b|\d\s*%|\bper\s*cent\b|\b\d+\s+of\s+the\b")
"""A negation or a share (`not available`, `only 40% of`): what the sentence says is a finding."""
WORD_RE = re.compile(r"[A-Za-z][A-Za-z-]*")


def offers_document(text: str, span: Span) -> bool:
    """Say whether a row lies in a sentence that only says where a document can be read."""
    if not _hint_between(text, span[0], line_end(text, span[1])):
        return False
    sentence = _sentence_of(text, span)
    note = NOTE_RE.fullmatch(sentence)
    if note is None or HEDGE_RE.search(sentence) or PLACE_RE.search(note["place"]) is None:
        return False
    return any(word.lower() in NOTICE_NOUNS for word in WORD_RE.findall(note["subject"]))


@per_text(8)
def _hints(text: str) -> tuple[list[int], list[int]]:
    """Return where each availability hint of a text starts and ends (found once per text: a row reads them by
    position, so one long line costs no search per row)."""
    if "available" not in text and "published" not in text:
        return [], []  # the cheap test first: every match holds one of the two words
    found = list(HINT_RE.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


def _hint_between(text: str, start: int, end: int) -> bool:
    """Say whether an availability hint lies wholly between two positions."""
    starts, ends = _hints(text)
    at = bisect_left(starts, start)
    return at < len(starts) and ends[at] <= end


def _sentence_of(text: str, span: Span) -> str:
    """Return the sentence of its line that holds a span's start."""
    start, end = line_start(text, span[0]), line_end(text, span[1])
    for begin, stop in split_sentences(text, start, end):
        if begin <= span[0] < stop:
            return text[begin:stop]
    return text[span[0]:span[1]]
