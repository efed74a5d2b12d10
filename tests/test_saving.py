"""The saving of decisions on its own: one write per decision, pending on failure, never a self-conflict."""
from pathlib import Path

import pytest

from claims import verdicts
from claims.model import SourceError
from claims.saving import DecisionSaver
from claims.store import conflicts_path, load_verdicts, verdicts_path


def test_a_decision_is_one_write_and_a_retry_after_a_landed_save_is_no_conflict(source: Path) -> None:
    table = verdicts.review_table(source, "ann")
    saver = DecisionSaver(source, "ann", table)
    row = table.iloc[0].copy()
    row[["verdict", "note", "dismissed"]] = ["disputed", "why", "yes"]
    saver.mark(str(row["claim_id"]), {"verdict", "note", "dismissed"})
    saver.write(row)
    row["note"] = "why not"
    saver.write(row)
    saved = load_verdicts(verdicts_path(source))
    assert (saver.pending, saved[["verdict", "note", "dismissed"]].values.tolist(),
            conflicts_path(verdicts_path(source)).exists()) == ({}, [["disputed", "why not", "yes"]], False)


def test_a_failed_write_stays_pending(source: Path) -> None:
    table = verdicts.review_table(source, "ann")
    saver = DecisionSaver(source, "ann", table)
    row = table.iloc[0].copy()
    row["verdict"] = "supported"
    saver.mark(str(row["claim_id"]), {"verdict"})
    text = source.read_bytes()
    source.unlink()
    with pytest.raises(SourceError):
        saver.write(row)
    source.write_bytes(text)
    assert saver.pending == {str(row["claim_id"]): {"verdict"}}
