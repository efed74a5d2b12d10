"""The store's ways in: save a whole verdict table, save one row built from what is on disk, rebuild a file."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import pandas as pd

from dataclasses import dataclass

from ..model import LEGACY_COLUMNS, VERDICT_COLUMNS, VerdictError, VerdictFileError, verdict_problem, shell_word
from .cache import Snapshot, parse_problems, read_bytes, read_snapshot, snapshot_of
from .csvformat import (
    CHECKED_VALUES,
    DISMISSED_VALUES,
    Key,
    Record,
    cells_of,
    fingerprint,
    frame_records,
    make_row,
    now_utc,
    parse_verdicts,
    row_key,
    show_value,
    text_cell,
)
from .files import locked, write_atomic
from .journal import lost_rows
from .merge import base_fingerprints, merge_into_file, raise_conflicts
from .paths import SUFFIX, journal_path, real_path, verdicts_path

__all__ = ["save_verdicts", "save_row", "save_rows", "rebuild_verdicts", "Rebuilt", "decision_changes",
           "base_of_row",
           "blank_review", "now_utc"]


def save_verdicts(frame: pd.DataFrame, path: str | Path,
                  base: pd.DataFrame | Iterable[Mapping[str, object]] | None = None) -> None:
    """Save a verdict table: checked, merged with the file under its lock, sorted, written atomically.

    `base` is the table as it was read (load_verdicts) before the caller changed it: a row the caller
    left as read yields to a newer one on disk; a row changed on both sides keeps the caller's version
    and moves the disk's to the conflicts file. Without a base, a row that differs from the disk's
    keeps the later `updated_at` (the caller's on a tie) and the other goes to the conflicts file.
    Rows on disk that the frame does not hold are kept. ConflictError is raised after both files are
    safely written.
    """
    path = real_path(path)
    mine = frame_records(frame)
    with locked(path):
        _, superseded = merge_into_file(path, mine, base_fingerprints(base))
    raise_conflicts(path, superseded, mine)


def save_row(path: str | Path, key: Key, build: Callable[[Snapshot], Record],
             expected: pd.Series | Sequence[Mapping[str, object]] | None = None) -> Record:
    """Under the file's lock: re-read it, build one row from it, merge the row in, save; return the row.

    `expected` (see base_of_row) says which version of the row the caller based its change on;
    ConflictError is raised after saving when the disk held another.
    """
    return save_rows(path, [(key, build)], expected)[0]


def save_rows(path: str | Path, builds: Sequence[tuple[Key, Callable[[Snapshot], Record]]],
              expected: pd.Series | Sequence[Mapping[str, object]] | None = None) -> list[Record]:
    """Under the file's lock: re-read it, build each row from it, merge them all in one write; return the rows.

    One write for all: a change that is two rows (a split claim) is saved whole or not at all.
    `expected` is as for save_row, for every row.
    """
    path = real_path(path)
    with locked(path):
        read = read_snapshot(path)
        records = [build(read[0]) for _, build in builds]
        bases = {key: base_of_row(read[0].find(key), expected) for key, _ in builds}
        _, superseded = merge_into_file(path, records, {key: was for key, was in bases.items() if was}, read)
    raise_conflicts(path, superseded, records)
    return records


def decision_changes(changes: Mapping[str, object]) -> dict[str, str]:
    """Check the decision fields a caller gives (None: not given, left out); raise VerdictError when one is bad."""
    given = {column: value for column, value in changes.items() if value is not None}
    if "verdict" in given and verdict_problem(given["verdict"]):
        raise VerdictError(verdict_problem(given["verdict"]))
    if "dismissed" in given and given["dismissed"] not in DISMISSED_VALUES:
        raise VerdictError(f"dismissed {show_value(given['dismissed'])} is not 'yes' or empty")
    if "speaker_checked" in given and given["speaker_checked"] not in CHECKED_VALUES:
        raise VerdictError(f"speaker_checked {show_value(given['speaker_checked'])} is not 'yes' or empty")
    for column, value in given.items():
        _, problem = text_cell(value)
        if problem or not isinstance(value, str):
            raise VerdictError(f"{column} {problem or 'must be text'}")
    return {column: str(value) for column, value in given.items()}


def base_of_row(current: Record | None, expected: pd.Series | Sequence[Mapping[str, object]] | None) -> str:
    """Return the fingerprint the caller's row is based on ("" when the caller saw no row).

    No expectation: the row on disk. Expected versions (the row as last read or saved first, then any
    the caller tried to save): the disk's when it holds one of them (by decision), else the first, when
    it is a whole row ("" when it is empty: the caller saw no row).
    """
    if expected is None:
        return fingerprint(current) if current is not None else ""
    versions = [dict(expected)] if isinstance(expected, pd.Series) else [dict(v) for v in expected]
    if current is not None and any(_same_decision(current, v) for v in versions):
        return fingerprint(current)
    if not versions or any(column not in versions[0] for column in LEGACY_COLUMNS):
        return ""
    return fingerprint(cells_of(versions[0])[0])


def _same_decision(row: Mapping[str, object], other: Mapping[str, object]) -> bool:
    """Tell whether two versions of a row hold the same decision: verdict, note, evidence, dismissed, checked speaker."""
    return all(str(row.get(c, "")) == str(other.get(c, "")) for c in SAME_DECISION)


SAME_DECISION: tuple[str, ...] = ("verdict", "note", "evidence", "dismissed", "speaker_checked")
"""What an analyst decides on a row: two versions equal in these are one decision."""


def blank_review(analyst: str, origin: str = "extracted") -> Record:
    """Return the review columns of a row nobody has reviewed yet, for this analyst."""
    return {"verdict": "", "note": "", "evidence": "", "analyst": analyst, "updated_at": "",
            "source_sha256": "", "origin": origin, "dismissed": "",
            "original_speaker": "", "original_claim": "", "original_quote": "", "speaker_checked": ""}


@dataclass(frozen=True)
class Rebuilt:
    """What rebuilding a verdict file did: rows kept from the CSV, rows restored from the journal, the copy kept."""

    path: Path
    kept: int
    restored: int
    copy: Path | None


def rebuild_verdicts(path: str | Path) -> Rebuilt:
    """Rebuild a damaged or cut verdict file from its readable rows and its journal, under its lock.

    Every row of the CSV that still parses is kept; each pair the CSV lost comes back in its last
    journalled version. The old bytes are first copied to X.verdicts.damaged-<time>.csv.
    """
    path = real_path(path)
    check_rebuildable(path)
    with locked(path):
        data = read_bytes(path)
        readable = _readable_rows(data or b"", path)
        restored = lost_rows(path, readable)
        copy = _keep_copy(path, data) if data is not None and (restored or parse_problems(path)) else None
        merge_into_file(path, restored, None, _unreadable_as_empty(path, readable))
    return Rebuilt(path, len(readable), len(restored), copy)


def check_rebuildable(path: Path) -> None:
    """Raise VerdictFileError, before anything is created, when path is no verdict file to rebuild."""
    if path.name.endswith(".txt"):
        raise VerdictFileError(f"{path}: is a source text, not a verdict file; nothing was changed; rebuild its "
                               f"verdict file: python -m claims rebuild {shell_word(verdicts_path(path))}")
    if journal_path(path).exists():
        return
    data = read_bytes(path)
    if data is None:
        raise VerdictFileError(f"{path}: no such file and no journal ({journal_path(path).name}) to rebuild it "
                               "from; check the path")
    if not _has_verdict_header(data, path):
        raise VerdictFileError(f"{path}: is not a verdict file (its first line is not the verdict header) and has "
                               f"no journal ({journal_path(path).name}) to rebuild it from; nothing was changed; "
                               "check the path")


def _has_verdict_header(data: bytes, path: Path) -> bool:
    """Tell whether a file's bytes start with a verdict file's header (of this release or an earlier one)."""
    try:
        parse_verdicts(data.split(b"\n", 1)[0], path)
    except VerdictFileError:
        return False
    return True


def _readable_rows(data: bytes, path: Path) -> list[Record]:
    """Return the rows of a verdict file that parse (none when its header or quoting is broken)."""
    try:
        records, _ = parse_verdicts(data, path, unique=False)
    except VerdictFileError:
        return []
    first: dict[Key, Record] = {}
    for record in records:
        first.setdefault(row_key(record), record)
    return list(first.values())


def _unreadable_as_empty(path: Path, readable: list[Record]) -> tuple[Snapshot, None]:
    """Return the readable rows as the 'file as read' for the merge (the damaged bytes are replaced)."""
    return snapshot_of(make_row(record) for record in readable), None


def _keep_copy(path: Path, data: bytes) -> Path:
    """Copy a damaged file's bytes beside it before it is rebuilt; return the copy's path."""
    stamp = now_utc().replace(":", "").replace("-", "")
    copy = path.with_name(path.name.removesuffix(SUFFIX) + f".verdicts.damaged-{stamp}.csv")
    write_atomic(copy, data)
    return copy
