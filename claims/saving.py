"""The saving of a review's decisions: one write per decision, kept pending when a save fails, never a
conflict with the session's own writes.

Each claim's whole decision (verdict, note, evidence, dismissed, a confirmed speaker) goes to the store in one locked write
(`verdicts.save_decision`). When the write fails (disk full, a lock held too long, the source text
or the verdict file unreadable), the claim stays pending and is written again later. Every version
this session tried to save since its last confirmed save counts as its own, so a save that reached
the disk but reported a failure is never taken for someone else's change.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import verdicts
from .model import CLAIM_COLUMNS, VERDICT_COLUMNS, ClaimsError
from .store import load_verdicts, verdicts_path
from .store.csvformat import table_records

DECISION_FIELDS: tuple[str, ...] = ("verdict", "note", "evidence", "dismissed", "speaker_checked")
"""The fields of an analyst's decision on a claim (`speaker_checked`: the analyst confirmed the speaker)."""


class DecisionSaver:
    """One analyst's decisions on one source waiting to be saved, and what the session last saved of each claim."""

    def __init__(self, source: Path, analyst: str, table: pd.DataFrame) -> None:
        """Start with nothing pending; the rows of `table` are what the session read from disk."""
        self.source, self.analyst = source, analyst
        self.csv_path = verdicts_path(source)
        self.pending: dict[str, set[str]] = {}
        self._tried: dict[str, list[dict[str, str]]] = {}
        self.read(table)

    def read(self, table: pd.DataFrame) -> None:
        """Take a freshly read table as what is on disk (the conflict check's base)."""
        self._base = {str(row["claim_id"]): row for row in table_records(table[list(VERDICT_COLUMNS)])}
        self._saved: dict[str, pd.Series] = {}

    def mark(self, claim_id: str, fields: set[str]) -> None:
        """Remember that a claim's decision changed and must be saved."""
        self.pending.setdefault(claim_id, set()).update(fields)

    def write(self, row: pd.Series) -> pd.Series:
        """Save one claim's whole decision in one write; return the row as saved (ClaimsError when not saved)."""
        claim_id = str(row["claim_id"])
        decision = {name: str(row[name]) for name in DECISION_FIELDS}
        tried = self._tried.setdefault(claim_id, [])
        tried.append(decision)
        claim = {name: row[name] for name in (*CLAIM_COLUMNS, "origin")}
        saved = verdicts.save_decision(self.source, claim, decision, self.analyst,
                                       expected=[self.last_saved(claim_id), *tried])
        self.saved(claim_id, saved)
        return saved

    def saved(self, claim_id: str, row: pd.Series | dict[str, object]) -> None:
        """Remember a confirmed save: nothing pending for the claim, and the row as on disk."""
        self.pending.pop(claim_id, None)
        self._tried.pop(claim_id, None)
        self._saved[claim_id] = pd.Series(row)

    def last_saved(self, claim_id: str) -> dict[str, object]:
        """The claim's row as this session last knew it on disk (for the store's conflict check; {} if none)."""
        found = self._saved.get(claim_id)
        return {str(k): v for k, v in found.items()} if found is not None else self._base.get(claim_id, {})

    def settle_conflict(self, claim_id: str) -> None:
        """After a ConflictError our version is saved (the other is in the conflicts file): take the row on disk."""
        self.pending.pop(claim_id, None)
        self._tried.pop(claim_id, None)
        try:
            disk = load_verdicts(self.csv_path)
        except ClaimsError:
            return
        mine = disk[(disk["claim_id"] == claim_id) & (disk["analyst"] == self.analyst)]
        if len(mine):
            self._saved[claim_id] = mine.iloc[0][list(VERDICT_COLUMNS)]
