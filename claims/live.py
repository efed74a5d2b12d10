"""Keeping a review current when another window or analyst writes the same verdict file.

A board remembers the SHA-256 of the verdict CSV as it last left it (`file_digest`). Before each
action and on a timer it compares again; when the content changed, it opens a fresh session on the
file (`reopen`) at the same claim, filters and undo history, so that its next save starts from the
rows now on disk and meets no conflict where the other writer changed other rows. Content, not the
modification time, decides (a copy or a fast second writer can keep the time).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from .session import DECISION_FIELDS, ReviewSession


def file_digest(path: str | Path) -> str:
    """The SHA-256 of a file's bytes in hex, or "" when the file does not exist (yet)."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except FileNotFoundError:
        return ""


def changed_claims(before: pd.DataFrame, after: pd.DataFrame) -> list[str]:
    """The ids of the claims whose verdict, note, evidence or dismissal differ between two review tables."""
    fields = ["claim_id", *DECISION_FIELDS]
    old = before[fields].astype(str).set_index("claim_id")
    new = after[fields].astype(str).set_index("claim_id")
    ids = old.index.union(new.index, sort=False)
    old, new = old.reindex(ids).fillna("\0"), new.reindex(ids).fillna("\0")
    return [str(claim_id) for claim_id in ids[(old != new).any(axis=1).to_numpy()]]


def reopen(session: ReviewSession) -> ReviewSession:
    """A fresh session on the same source and analyst, reading the file again, at the same claim and filters."""
    fresh = ReviewSession(session.source, session.analyst, index=session.index, k=session.k)
    fresh.set_filters(session.verdict_filter, session.speaker_filter, session.check_filter)
    if session.cursor is not None and session.cursor in fresh.view():
        fresh.go(session.cursor)
    fresh.history = list(session.history)
    return fresh


def changed_fields(before: pd.DataFrame, after: pd.DataFrame, claim_id: str) -> set[str]:
    """The decision fields of one claim that differ between two review tables (all of them when it is in one only)."""
    old, new = (table[table["claim_id"] == claim_id] for table in (before, after))
    if old.empty or new.empty:
        return set() if old.empty and new.empty else set(DECISION_FIELDS)
    return {name for name in DECISION_FIELDS if str(old.iloc[0][name]) != str(new.iloc[0][name])}


def joined(theirs: str, mine: str) -> str:
    """A note (or evidence) typed here over another window's newer one: both kept, theirs first, never twice."""
    if not theirs.strip() or theirs in mine:
        return mine
    if mine in theirs:
        return theirs
    return f"{theirs}\n\n{mine}"
