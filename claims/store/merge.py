"""Merging rows into a verdict file: one rule for a save and for combining analysts' files.

Each (claim_id, analyst) pair is merged on its own, three ways when the caller says what it read
(`base`, each pair's decision fingerprint then):

* a row the caller did not change takes what is on disk;
* a row changed by the caller while the disk still holds what was read takes the caller's version;
* a row both changed differently keeps the caller's version, and the disk's goes to the conflicts file.

Without a base (merging analysts' files, or a table built by hand) the newer version wins: the later
`updated_at`, then every value in column order, so the result does not depend on the order of the
inputs and merging again changes nothing; the other version goes to the conflicts file
(`X.verdicts.conflicts.csv`, same columns, identical rows once). Nothing is dropped.

`remove_row` takes one row out (undoing an added claim), journalled as `removed`; `row_conflicts` and
`clear_conflicts` read and clear one row's lost versions once the analyst resolved the conflict.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import pandas as pd

from ..model import VERDICT_COLUMNS, ConflictError
from .cache import EMPTY_SNAPSHOT, Snapshot, cache_put, file_from_rows, read_snapshot
from .csvformat import (
    Key,
    Record,
    Row,
    cells_of,
    fingerprint,
    make_row,
    order_key,
    row_key,
    sort_records,
    table_records,
    verdict_frame,
    with_optional_columns,
)
from .files import locked, remove_stale_temps, write_atomic
from .journal import append_journal, cut_journal, journal_entries
from .paths import conflicts_path, real_path


def base_fingerprints(base: pd.DataFrame | Iterable[Mapping[str, object]] | None) -> Mapping[Key, str] | None:
    """Return each (claim_id, analyst) pair's decision fingerprint in a merge base (rows as read), or None."""
    if base is None:
        return None
    rows = table_records(with_optional_columns(base)[list(VERDICT_COLUMNS)]) if isinstance(base, pd.DataFrame) else base
    return {row_key(cells): fingerprint(cells) for cells in (cells_of(row)[0] for row in rows)}


def merge_into_file(path: Path, mine: list[Record], base: Mapping[Key, str] | None,
                     read: tuple[Snapshot, bytes | None] | None = None) -> tuple[list[Record], list[Record]]:
    """Under the lock: merge mine into the file as read (re-read unless given), write conflicts then the file.

    Return the rows now in the file and the versions moved to the conflicts file.
    """
    remove_stale_temps(path)
    disk, old_bytes = read if read is not None else read_snapshot(path)
    rows, superseded, changed = merge_snapshot(disk, mine, base)
    size = append_journal(path, journal_entries(changed, "saved")
                          + journal_entries(superseded, "superseded"))
    try:
        if superseded:
            append_conflicts(path, superseded)
        _write_rows(path, rows, old_bytes, unique=True)
    except BaseException:
        cut_journal_unless_written(path, size, old_bytes)
        raise
    return [row.record for row in rows], superseded


def cut_journal_unless_written(path: Path, size: int, old_bytes: bytes | None) -> None:
    """After a save stopped by an error or Ctrl-C: cut the journal back to size when the file still holds old_bytes.

    A save stopped after the file was replaced (a failed folder flush, Ctrl-C during it) keeps its entries.
    """
    try:
        now = path.read_bytes()
    except FileNotFoundError:
        now = None
    except OSError:
        return
    if now == old_bytes:
        cut_journal(path, size)


def _write_rows(path: Path, rows: list[Row], old_bytes: bytes | None, *, unique: bool) -> None:
    """Write rows as the file (unless it already holds exactly those bytes) and remember the parse."""
    snapshot, data = file_from_rows(rows)
    if data != old_bytes:
        write_atomic(path, data)
        cache_put(path, unique, hashlib.sha256(data).digest(), snapshot)


def merge_snapshot(disk: Snapshot, mine: Iterable[Record],
                    base: Mapping[Key, str] | None) -> tuple[list[Row], list[Record], list[Record]]:
    """Three-way merge per (claim_id, analyst) into a parsed file's Rows, keeping the rendered line of rows left as is.

    Return the rows to write, the versions that lost (to go to the conflicts file) and the records kept
    that the disk did not hold (for the journal).
    """
    rows, superseded = list(disk.rows), []
    added: dict[Key, int] = {}
    changed: dict[Key, Record] = {}
    for record in mine:
        key = row_key(record)
        at = added.get(key, disk.index.get(key))
        if at is None:
            added[key] = len(rows)
            rows.append(make_row(record))
            changed[key] = record
            continue
        was = None if base is None else base.get(key, NOT_SEEN)
        kept, lost = resolve(rows[at].record, record, was)
        if lost is not None:
            superseded.append(lost)
        if kept is not rows[at].record:
            rows[at] = make_row(kept)
            changed[key] = kept
    return rows, superseded, list(changed.values())


NOT_SEEN: str = ""
"""The base fingerprint of a row the caller never saw (a fingerprint is never empty)."""


def version_order(record: Mapping[str, object]) -> tuple[str, ...]:
    """Order versions of one row: by updated_at, then by every value, so the choice never depends on order."""
    return (str(record["updated_at"]),) + tuple(str(record[c]) for c in VERDICT_COLUMNS)


def merge_versions(groups: Iterable[Iterable[Record]]) -> tuple[list[Record], list[Record]]:
    """Merge several files' rows with no base (the newer version of each pair wins); return (kept, lost)."""
    rows, lost, _ = merge_snapshot(EMPTY_SNAPSHOT, [record for records in groups for record in records], None)
    return sort_records([row.record for row in rows]), unique_records(lost)


def unique_records(records: Iterable[Record]) -> list[Record]:
    """Return records in the file's order, identical ones once."""
    return sort_records({order_key(record): record for record in records}.values())


def resolve(theirs: Record, mine: Record, was: str | None) -> tuple[Record, Record | None]:
    """Merge one pair's disk row and the caller's: (the row to keep, the version that lost or None).

    `was` is the fingerprint of the caller's row when read (NOT_SEEN: the caller saw none; None: no
    base known, so the later updated_at wins, the caller's on a tie).
    """
    if theirs == mine:
        return theirs, None
    ours, now = fingerprint(mine), fingerprint(theirs)
    if now == was or ours == now:
        return mine, None
    if was is None:
        return (theirs, mine) if version_order(theirs) > version_order(mine) else (mine, theirs)
    if ours != was:
        return mine, theirs
    return theirs, None


def append_conflicts(path: Path, superseded: list[Record]) -> None:
    """Add superseded versions to X.verdicts.conflicts.csv (atomically; identical rows once)."""
    target = conflicts_path(path)
    remove_stale_temps(target)
    kept, old_bytes = read_snapshot(target, unique=False)
    known = {row.order for row in kept.rows}  # equal order, equal in every column
    rows = list(kept.rows) + [make_row(record) for record in superseded if order_key(record) not in known]
    _write_rows(target, rows, old_bytes, unique=False)


def raise_conflicts(path: Path, superseded: list[Record], mine: Sequence[Record] = ()) -> None:
    """Raise ConflictError describing versions that lost (already safe in the conflicts file), if any.

    A version that lost is the disk's, or one of `mine` (the caller's, older than the file's).
    """
    if not superseded:
        return
    own = {id(record) for record in mine}
    theirs = [r for r in superseded if id(r) not in own]
    yours = [r for r in superseded if id(r) in own]
    parts = []
    if theirs:
        parts.append(f"{len(theirs)} row(s) changed on disk since you read them: {_rows_said(theirs, 'on disk')}. "
                     f"Your version is saved; the other is kept in {conflicts_path(path).name}")
    if yours:
        parts.append(f"{len(yours)} of your row(s) are older than the file's and were not saved: "
                     f"{_rows_said(yours, 'yours')}; they are kept in {conflicts_path(path).name}")
    error = ConflictError(f"{path}: " + "; ".join(parts) + "; compare the two and record the right verdict")
    error.path = path
    error.conflicts = verdict_frame(superseded)
    raise error


def _rows_said(rows: Sequence[Record], whose: str) -> str:
    """Name up to three rows for a conflict message: claim, analyst, verdict and time."""
    shown = "; ".join(f"claim {r['claim_id']} by {r['analyst']} ({whose}: {r['verdict'] or 'not reviewed'}, "
                      f"saved {r['updated_at'] or 'at an unknown time'})" for r in rows[:3])
    return shown + (f" and {len(rows) - 3} more" if len(rows) > 3 else "")


def remove_row(path: str | Path, key: Key) -> Record | None:
    """Under the file's lock, take one row out of a verdict file (journalled as `removed`); return it, or None."""
    path = real_path(path)
    with locked(path):
        disk, old_bytes = read_snapshot(path)
        gone = [row.record for row in disk.rows if row.key == key]
        if not gone:
            return None
        size = append_journal(path, journal_entries(gone, "removed"))
        try:
            _write_rows(path, [row for row in disk.rows if row.key != key], old_bytes, unique=True)
        except BaseException:
            cut_journal_unless_written(path, size, old_bytes)
            raise
    return gone[0]


def row_conflicts(path: str | Path, key: Key) -> list[Record]:
    """Return the versions of one row that lost a conflict (X.verdicts.conflicts.csv), oldest first."""
    kept, _ = read_snapshot(conflicts_path(real_path(path)), unique=False)
    return sorted((row.record for row in kept.rows if row.key == key), key=lambda r: str(r["updated_at"]))


def clear_conflicts(path: str | Path, key: Key) -> int:
    """Under the verdict file's lock, drop one row's versions from its conflicts file; return how many."""
    path = real_path(path)
    with locked(path):
        target = conflicts_path(path)
        kept, old_bytes = read_snapshot(target, unique=False)
        rows = [row for row in kept.rows if row.key != key]
        if len(rows) != len(kept.rows):
            _write_rows(target, rows, old_bytes, unique=False)
    return len(kept.rows) - len(rows)
