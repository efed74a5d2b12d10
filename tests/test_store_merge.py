"""The store's one merge: three ways with a base, newest first without one; what a conflict says."""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from claims.model import VERDICT_COLUMNS, ConflictError
from claims.store import conflicts_path, load_verdicts, save_verdicts

EARLY, LATE = "2026-11-22T15:47:13Z", "2026-11-22T16:00:00Z"


def row(claim_id: str = "c1", **changes: object) -> dict[str, object]:
    """A verdict row by ann, with some values changed."""
    start = int(claim_id.lstrip("c")) * 10
    base: dict[str, object] = {
        "claim_id": claim_id, "source": "x.txt", "speaker": "S", "claim": "C.", "quote": "q", "start": start,
        "end": start + 5, "verdict": "supported", "note": "", "evidence": "", "analyst": "ann", "updated_at": EARLY,
        "source_sha256": "", "origin": "extracted", "dismissed": "", "original_speaker": "", "original_claim": "", "original_quote": "", "speaker_checked": ""}
    return {**base, **changes}


def frame(*rows: dict[str, object]) -> pd.DataFrame:
    """A verdict table of these rows."""
    return pd.DataFrame(list(rows), columns=list(VERDICT_COLUMNS))


def rows_of(path: Path) -> list[dict[str, object]]:
    """The rows of a verdict file."""
    return load_verdicts(path)[list(VERDICT_COLUMNS)].to_dict("records")


def test_an_older_row_without_a_base_is_refused_and_said_so(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(frame(row(verdict="disputed", updated_at=LATE)), path)
    with pytest.raises(ConflictError) as caught:
        save_verdicts(frame(row()), path)
    assert str(caught.value) == (
        f"{path}: 1 of your row(s) are older than the file's and were not saved: claim c1 by ann (yours: "
        f"supported, saved {EARLY}); they are kept in x.verdicts.conflicts.csv; compare the two and record the "
        "right verdict")
    assert (caught.value.path, rows_of(conflicts_path(path))) == (path, [row()])


def test_a_conflict_names_three_rows_and_counts_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    ids = ["c1", "c2", "c3", "c4", "c5"]
    save_verdicts(frame(*[row(i, verdict="", updated_at="") for i in ids]), path)
    with pytest.raises(ConflictError) as caught:
        save_verdicts(frame(*[row(i, verdict="disputed", updated_at=LATE) for i in ids]), path, base=frame())
    shown = "; ".join(f"claim {i} by ann (on disk: not reviewed, saved at an unknown time)" for i in ids[:3])
    assert str(caught.value) == (
        f"{path}: 5 row(s) changed on disk since you read them: {shown} and 2 more. Your version is saved; the "
        "other is kept in x.verdicts.conflicts.csv; compare the two and record the right verdict")


def test_both_kinds_of_conflict_in_one_save_are_both_said(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(frame(row("c1", updated_at=LATE), row("c2")), path)
    with pytest.raises(ConflictError) as caught:
        save_verdicts(frame(row("c1", verdict="disputed"), row("c2", verdict="disputed", updated_at=LATE)), path)
    assert str(caught.value) == (
        f"{path}: 1 row(s) changed on disk since you read them: claim c2 by ann (on disk: supported, saved {EARLY}). "
        "Your version is saved; the other is kept in x.verdicts.conflicts.csv; 1 of your row(s) are older than the "
        f"file's and were not saved: claim c1 by ann (yours: disputed, saved {EARLY}); they are kept in "
        "x.verdicts.conflicts.csv; compare the two and record the right verdict")


def test_a_row_the_base_did_not_hold_conflicts_with_one_made_since_even_a_newer_one(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(frame(row("c2")), path)
    read = load_verdicts(path)
    save_verdicts(frame(row("c1", verdict="disputed", updated_at=LATE)), path)
    with pytest.raises(ConflictError):
        save_verdicts(frame(row("c1"), row("c2")), path, base=read)
    assert (rows_of(path), rows_of(conflicts_path(path))) == (
        [row("c1"), row("c2")], [row("c1", verdict="disputed", updated_at=LATE)])


def test_a_base_may_be_given_as_records(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(frame(row()), path)
    read = rows_of(path)
    save_verdicts(frame(row(note="mine")), path, base=read)
    assert (rows_of(path), conflicts_path(path).exists()) == ([row(note="mine")], False)


def test_the_same_pair_can_lose_twice_and_an_unchanged_save_rewrites_nothing(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(frame(row(verdict="unverified", updated_at=LATE)), path)
    for verdict in ("supported", "disputed"):
        with pytest.raises(ConflictError):
            save_verdicts(frame(row(verdict=verdict)), path)
    files = (os.stat(path).st_ino, os.stat(conflicts_path(path)).st_ino)
    with pytest.raises(ConflictError):
        save_verdicts(frame(row(verdict="disputed")), path)
    assert (os.stat(path).st_ino, os.stat(conflicts_path(path)).st_ino) == files
    assert rows_of(conflicts_path(path)) == [row(verdict="disputed"), row(verdict="supported")]
