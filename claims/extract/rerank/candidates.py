"""The parties a row's claim could belong to: the rule's speaker, the other rows' speakers, the names the text says.

Everything here reads only the text and the table (speaker, kind, cue, span of each row), so a table written by
any extractor, old or current, gives the same candidates.
"""
from __future__ import annotations

from typing import NamedTuple, Sequence

from ..entities import find_mentions

MENTION_KINDS = {"org": "organisation", "person": "person"}
"""The speaker kind of a name the text says, by the kind `find_mentions` gives it."""


class Attributed(NamedTuple):
    """One row as the re-ranker reads it: speaker, kind, cue, span and the measured share of its bucket."""

    speaker: str
    kind: str
    cue: str
    start: int
    end: int
    share: float


class Candidate(NamedTuple):
    """A party that may speak a claim: its name as the text writes it and its speaker kind."""

    name: str
    kind: str


def fold_name(name: str) -> str:
    """Fold white space and case, for telling whether two names are one party."""
    return " ".join(name.split()).casefold()


def row_parties(rows: Sequence[Attributed]) -> list[Candidate]:
    """The speakers of a table's rows, once each in order of first row, with the kind of their first row."""
    seen: dict[str, Candidate] = {}
    for row in rows:
        seen.setdefault(fold_name(row.speaker), Candidate(row.speaker, row.kind))
    return list(seen.values())


def named_parties(text: str) -> list[Candidate]:
    """The organisations and people the text names, once each in order of first mention (possessives cut)."""
    seen: dict[str, Candidate] = {}
    for mention in find_mentions(text, 0, len(text)):
        name = mention.name.removesuffix("'s").removesuffix("\u2019s")
        if mention.kind in MENTION_KINDS and name:
            seen.setdefault(fold_name(name), Candidate(name, MENTION_KINDS[mention.kind]))
    return list(seen.values())


def parties(rows: Sequence[Attributed], named: Sequence[Candidate] = ()) -> list[Candidate]:
    """Every party of a text: the rows' speakers first, then the named parties no row speaks for."""
    found = row_parties(rows)
    spoken = {fold_name(c.name) for c in found}
    return found + [c for c in named if fold_name(c.name) not in spoken]
