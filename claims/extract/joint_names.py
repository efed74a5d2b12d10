"""Joint statements: two bodies that speak together, one named in full (`Dunmore Council`) and one by a single word
the name-reader cannot place (`Acorn`), are one joint speaker, never nobody (their claim would be lost)."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from .vocabulary import NOT_NAMES, ROLE_WORDS, SENTENCE_STARTERS

ONE_NAME_RE = re.compile(r"(?:the\s+)?[A-Z][A-Za-z'\u2019\-]*[A-Za-z](?:\s+[A-Z][A-Za-z'\u2019\-]*[A-Za-z]){0,2}")
"""A short capitalised name, maybe after `the` (`Acorn`, `the Kelby Forum`)."""


class Read(Protocol):
    """What the name-reader makes of a run: its kind (`org` or `person`)."""

    @property
    def kind(self) -> str:
        """Return `org` or `person`."""


def joint_body(run: str, read: Callable[[str], Read | None]) -> str | None:
    """Return `X and Y` as one joint body's name when one half reads as a body and the other is a short name the
    reader cannot place (`Dunmore Council and Acorn`); None when either half is a person, a role or no name."""
    left, found, right = run.partition(" and ")
    if not found or " and " in right:
        return None
    halves = (read(left), read(right))
    if not any(half is not None and half.kind == "org" for half in halves) \
            or any(half is not None and half.kind != "org" for half in halves):
        return None  # "Jo Roe and Acorn": a person beside a name, left to the people reader
    unplaced = [words for words, half in zip((left, right), halves) if half is None]
    return run if all(_plain_name(words) for words in unplaced) else None


def _plain_name(words: str) -> bool:
    """Say whether some words are a short name on their own: capitalised, no role, no sentence starter."""
    if ONE_NAME_RE.fullmatch(words) is None:
        return False
    lowered = {w.lower() for w in words.split()}
    return not lowered & ROLE_WORDS and not lowered & NOT_NAMES and not lowered & SENTENCE_STARTERS
