"""The records the passes hand each other (an attribution, a found claim) and two small tests on offsets and words."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from ...model import BODY_KINDS
from ..text import Span


SPEAKING_KINDS: frozenset[str] = BODY_KINDS | {"person"}
"""The kinds of party whose words a pass may attribute (a document's are read by the document rules)."""


class Attribution(NamedTuple):
    """Who speaks, of what kind, the words that said so (`cue`), and the spans of what they claim."""

    speaker: str
    kind: str
    cue: str
    spans: tuple[Span, ...]
    colon: bool = False
    lines: bool = False  # a heading lead-in: plain lines (not only bullets) are its items


class Found(NamedTuple):
    """One attributed claim: speaker, kind, cue and the span of its words."""

    speaker: str
    kind: str
    cue: str
    span: Span


def holds_any(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Say whether text[start:end] holds any of some words (a cheap test before a pattern; a plain loop, no generator:
    asked for most sentences, of two to seven words)."""
    for word in words:
        if text.find(word, start, end) >= 0:
            return True
    return False


def any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """Return a pattern that finds any of some words: `holds_any`'s test as one scan, `pattern.search(text, start,
    end) is not None` (a `find` per word and a generator cost more on the short spans tested)."""
    return re.compile("|".join(re.escape(word) for word in words))


def inside_holes(offset: int, holes: list[Span]) -> bool:
    """Say whether an offset falls inside one of the holes."""
    if not holes:
        return False  # most sentences quote nothing (no generator to start)
    return any(start <= offset < end for start, end in holes)


def unresolve_where(found: list[Found], no_party: Callable[[str], bool]) -> list[Found]:
    """Return the rows with every speaker `no_party` says is none made unresolved (its words kept), each speaker
    judged once."""
    verdicts: dict[str, bool] = {}
    rows = []
    for item in found:
        if item.kind != "unresolved" and item.speaker not in verdicts:
            verdicts[item.speaker] = no_party(item.speaker)
        if item.kind != "unresolved" and verdicts[item.speaker]:
            item = item._replace(kind="unresolved")
        rows.append(item)
    return rows
