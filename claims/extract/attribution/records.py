"""The records the passes hand each other (an attribution, a found claim) and two small tests on offsets and words."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple, TypeVar

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


Reading = TypeVar("Reading")
"""What a pass reads from a speaker's words (a name, a holder, a verdict), read once per speaker."""


def reread_speakers(found: list[Found], judged: Callable[[Found], bool], read: Callable[[str], Reading],
                    apply: Callable[[Found, Reading], Found]) -> list[Found]:
    """Return the rows with each row `judged` replaced by `apply` given it and its speaker's reading, each speaker
    read once (66x: the one shape of `unresolve_where`, `name_words.name_speakers`, `apposed_holders.holder_speakers`)."""
    readings: dict[str, Reading] = {}
    rows = []
    for item in found:
        if judged(item):
            if item.speaker not in readings:
                readings[item.speaker] = read(item.speaker)
            item = apply(item, readings[item.speaker])
        rows.append(item)
    return rows


def speaking(item: Found) -> bool:
    """Say whether a row's speaker is a party whose words a pass may attribute (`SPEAKING_KINDS`)."""
    return item.kind in SPEAKING_KINDS


def unresolve_where(found: list[Found], no_party: Callable[[str], bool]) -> list[Found]:
    """Return the rows with every speaker `no_party` says is none made unresolved (its words kept), each speaker
    judged once."""
    return reread_speakers(found, lambda item: item.kind != "unresolved", no_party,
                           lambda item, none: item._replace(kind="unresolved") if none else item)
