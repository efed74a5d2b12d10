"""Finding a quote again in a changed text: exact first, then fuzzy, with prefix and suffix weighing in.

This follows the W3C Web Annotation model: a claim is anchored by its quote (TextQuoteSelector
`exact`, optionally `prefix` and `suffix`) and by its offsets (TextPositionSelector `start`, `end`:
0-based Python code points, `end` excluded). When the text changed, the quote is looked for:

1. where it was: `text[start:end] == quote` keeps the offsets;
2. exactly anywhere: among several occurrences the one whose surroundings best match `prefix` and
   `suffix` wins, then the one nearest the old `start`;
3. fuzzily, with rapidfuzz: every window that starts at a word boundary is scored against the quote
   (`fuzz.ratio`, 0-100), the best few are widened or narrowed to the word boundaries nearest the
   quote (Levenshtein similarity, so a changed last word is kept rather than cut off), and
   `prefix`/`suffix` similarity adds to the choice. A window scoring below
   `MIN_FUZZY_SCORE` is not accepted, and quotes shorter than `MIN_FUZZY_LENGTH` characters are only
   matched exactly (a short fuzzy match is too often the wrong place);
4. otherwise the quote is an orphan: reported, never dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .finding import find_all

MIN_FUZZY_SCORE: float = 80.0
"""The lowest rapidfuzz `ratio` (0-100) at which a changed quote still counts as found."""

MIN_FUZZY_LENGTH: int = 20
"""Quotes shorter than this many characters are matched exactly or not at all."""

CANDIDATES: int = 5
"""How many of the best-scoring windows are refined before choosing."""

CONTEXT_WEIGHT: float = 0.2
"""The share of the combined score given to prefix and suffix similarity, when they are known."""

_BOUNDARY = re.compile(r"\b|(?<=\s)(?=\S)|(?<=\S)(?=\s)")

METHODS: tuple[str, ...] = ("unchanged", "exact", "fuzzy", "orphan")
"""How a quote was placed: at its old offsets, elsewhere verbatim, approximately, or not at all."""


@dataclass(frozen=True)
class Anchor:
    """Where a quote was found: offsets (None for an orphan), the similarity (0-100) and how."""

    start: int | None
    end: int | None
    score: float
    method: str

    @property
    def found(self) -> bool:
        """True unless the quote is an orphan."""
        return self.method != "orphan"


def boundaries(text: str) -> list[int]:
    """Return the sorted offsets where a word or a run of spaces starts or ends, including 0 and len(text)."""
    points = {match.start() for match in _BOUNDARY.finditer(text)}
    return sorted(points | {0, len(text)})


def occurrences(text: str, quote: str) -> list[int]:
    """Return every offset at which quote occurs verbatim in text, overlapping ones included."""
    return list(find_all(text, quote))


def context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> float:
    """Return how well the text around [start, end) matches prefix and suffix (0-100; 100 if neither is known)."""
    scores = []
    if prefix:
        scores.append(fuzz.ratio(prefix, text[max(0, start - len(prefix)):start]))
    if suffix:
        scores.append(fuzz.ratio(suffix, text[end:end + len(suffix)]))
    return sum(scores) / len(scores) if scores else 100.0


def find_quote(text: str, quote: str, *, start: int | None = None, end: int | None = None,
               prefix: str = "", suffix: str = "", min_score: float = MIN_FUZZY_SCORE) -> Anchor:
    """Find quote in text: at its old offsets, else verbatim, else fuzzily, else an orphan Anchor."""
    if not quote:
        return Anchor(None, None, 0.0, "orphan")
    if start is not None and text[start:(start + len(quote) if end is None else end)] == quote:
        return Anchor(start, start + len(quote), 100.0, "unchanged")
    exact = occurrences(text, quote)
    if exact:
        best = max(exact, key=lambda at: _rank(text, at, at + len(quote), 100.0, prefix, suffix, start))
        return Anchor(best, best + len(quote), 100.0, "exact")
    if len(quote) < MIN_FUZZY_LENGTH:
        return Anchor(None, None, 0.0, "orphan")
    return _find_fuzzy(text, quote, start, prefix, suffix, min_score)


def _rank(text: str, begin: int, finish: int, score: float, prefix: str, suffix: str,
          hint: int | None) -> tuple[float, float]:
    """Order candidates: combined quote and context similarity first, nearness to the old start second."""
    combined = score
    if prefix or suffix:
        combined = (1 - CONTEXT_WEIGHT) * score + CONTEXT_WEIGHT * context_score(text, begin, finish, prefix, suffix)
    return combined, -abs(begin - hint) if hint is not None else 0.0


def _find_fuzzy(text: str, quote: str, hint: int | None, prefix: str, suffix: str,
                min_score: float) -> Anchor:
    """Score word-aligned windows, refine the best few, and return the best one or an orphan."""
    points = boundaries(text)
    starts = points[:-1] or [0]
    windows = [text[at:at + len(quote)] for at in starts]
    scores = process.cdist([quote], windows, scorer=fuzz.ratio)[0]
    refined = []
    for index in _best_separate(starts, scores, len(quote)):
        begin, finish, score = _refine(text, quote, points, starts[index])
        refined.append((_rank(text, begin, finish, score, prefix, suffix, hint), begin, finish, score))
    _, begin, finish, score = max(refined)  # never empty: starts holds at least one window
    if score < min_score:
        return Anchor(None, None, round(float(score), 1), "orphan")
    return Anchor(begin, finish, round(float(score), 1), "fuzzy")


def _best_separate(starts: list[int], scores, width: int) -> list[int]:
    """Return the indices of the best-scoring windows, at most CANDIDATES, no two overlapping by half."""
    chosen: list[int] = []
    for index in sorted(range(len(starts)), key=lambda i: (-scores[i], starts[i])):
        if all(abs(starts[index] - starts[other]) >= width // 2 for other in chosen):
            chosen.append(index)
        if len(chosen) == CANDIDATES:
            break
    return chosen


def _refine(text: str, quote: str, points: list[int], begin: int) -> tuple[int, int, float]:
    """Move a window's ends to the word boundaries whose text is nearest the quote.

    Start and end are improved in turn (start, end, start again) within half the quote's length.
    The span is chosen by Levenshtein similarity, which (unlike the Indel ratio) would rather keep a
    changed word than drop it; the score reported is the Indel ratio (0-100).
    """
    slack = max(12, len(quote) // 2)
    guess_end = min(len(text), begin + len(quote))
    firsts = [p for p in points if begin - slack <= p <= begin + slack and p < len(text)
              and not text[p].isspace()] or [begin]
    lasts = [p for p in points if guess_end - slack <= p <= guess_end + slack + slack and p > 0
             and not text[p - 1].isspace()] or [guess_end]
    first, last = begin, guess_end
    for _ in range(2):
        first = max((f for f in firsts if f < last), key=lambda f: _similar(quote, text[f:last]), default=first)
        last = max((e for e in lasts if e > first), key=lambda e: _similar(quote, text[first:e]), default=last)
    return first, last, fuzz.ratio(quote, text[first:last])


def _similar(quote: str, passage: str) -> tuple[float, int]:
    """Levenshtein similarity of a passage to the quote; among equals, the one closest in length."""
    return Levenshtein.normalized_similarity(quote, passage), -abs(len(passage) - len(quote))
