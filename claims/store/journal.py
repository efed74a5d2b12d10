"""The history of a verdict file: an append-only journal of every decision, with who and when.

Beside `X.verdicts.csv` lives `X.verdicts.journal.jsonl`: one JSON object per line, appended (and
fsync'ed) under the file's lock before the CSV is replaced, for every row a save adds or changes
and every version a save moves to the conflicts file:

    {"at": "2026-11-22T15:47:13Z", "op": "saved", "row": {...the row's 15 columns...}}

`op` is `saved` (the row as written to the CSV), `removed` (an added claim taken back), or `superseded` (a version moved to the conflicts
file); `at` is when the line was written; the row's `analyst` and `updated_at` say who and when.
The CSV stays the file analysts open and share; the journal is what lets the workbench:

* show a claim's history and recover an overwritten note (`history`);
* tell a CSV that lost rows, even one cut exactly at a row boundary (`validate_verdicts`);
* rebuild a damaged CSV (`store.table.rebuild_verdicts`; `python -m claims rebuild X.verdicts.csv`).

A line cut short by a killed process is skipped when reading (and the next entry starts on a line of
its own). When writing the CSV then fails, the journal is cut back to where it was; only a process
killed between the two writes leaves an entry the CSV lacks: `validate` reports that row as missing
from the CSV (a save interrupted, or rows lost), and `rebuild` restores it.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..model import LEGACY_COLUMNS, OPTIONAL_COLUMNS, VERDICT_COLUMNS, SaveError, VerdictFileError, shell_word
from .cache import parse_problems, read_bytes
from .csvformat import Key, Record, now_utc, parse_verdicts, row_key, show_value
from .files import save_failure
from .paths import CONFLICTS_SUFFIX, SUFFIX, journal_path, real_path, verdicts_path

HISTORY_COLUMNS: tuple[str, ...] = ("at", "op", "analyst", "updated_at", "verdict", "note", "evidence", "dismissed",
                                    "origin", "speaker", "claim", "quote")
"""The columns of `history`: one entry per journalled version of a row."""


def journal_entries(rows: Sequence[Record], op: str) -> list[dict[str, object]]:
    """Return journal entries for rows: when, what happened, and the whole row."""
    at = now_utc() if rows else ""
    return [{"at": at, "op": op, "row": {column: row.get(column, "") for column in VERDICT_COLUMNS}} for row in rows]


def append_journal(path: Path, entries: Sequence[dict[str, object]]) -> int:
    """Append entries to a verdict file's journal and flush them to disk; return its size before.

    On failure the journal is cut back to that size and SaveError (naming the verdict file) is raised.
    """
    target = journal_path(path)
    data = "".join(json.dumps(entry, ensure_ascii=False) + "\n" for entry in entries).encode("utf-8")
    try:
        fd = os.open(target, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o666)
    except OSError as exc:
        raise SaveError(save_failure(path, exc)) from exc
    size = os.fstat(fd).st_size
    try:
        if data:
            _write_on_a_new_line(fd, data)
            os.fsync(fd)
    except OSError as exc:
        _cut(fd, size)
        raise SaveError(save_failure(path, exc)) from exc
    finally:
        os.close(fd)
    return size


def cut_journal(path: Path, size: int) -> None:
    """Cut a verdict file's journal back to size (its entries for a save that then failed); best effort."""
    try:
        fd = os.open(journal_path(path), os.O_RDWR)
    except OSError:
        return
    try:
        _cut(fd, size)
    finally:
        os.close(fd)


def _cut(fd: int, size: int) -> None:
    """Truncate an open file to size and flush that, ignoring a disk that refuses."""
    try:
        os.ftruncate(fd, size)
        os.fsync(fd)
    except OSError:
        pass


def _write_on_a_new_line(fd: int, data: bytes) -> None:
    """Write data at the end of the file, after a line break when a killed writer left a line unfinished."""
    size = os.fstat(fd).st_size
    if size and os.pread(fd, 1, size - 1) != b"\n":
        data = b"\n" + data
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def read_journal(path: str | Path) -> tuple[list[dict[str, object]], int]:
    """Return a verdict file's journal entries in order and how many lines could not be read."""
    try:
        text = journal_path(Path(path)).read_bytes().decode("utf-8", "replace")
    except FileNotFoundError:
        return [], 0
    except OSError as exc:
        raise VerdictFileError(f"{journal_path(Path(path))}: cannot be read ({exc.strerror}); "
                               "check its permissions") from None
    entries, bad = [], 0
    for line in text.splitlines():
        entry = _entry(line)
        if entry is None:
            bad += line.strip() != ""
        else:
            entries.append(entry)
    return entries, bad


def _entry(line: str) -> dict[str, object] | None:
    """Parse one journal line, or None when it is not a whole entry."""
    try:
        entry = json.loads(line)
    except ValueError:
        return None
    row = entry.get("row") if isinstance(entry, dict) else None
    if not isinstance(row, dict) or any(column not in row for column in LEGACY_COLUMNS):
        return None
    return {**entry, "row": {**dict.fromkeys(OPTIONAL_COLUMNS, ""), **row}}


def latest_rows(entries: Iterable[dict[str, object]]) -> dict[Key, Record]:
    """Return the last saved version of each (claim_id, analyst) pair in the journal."""
    latest: dict[Key, Record] = {}
    for entry in entries:
        if entry["op"] == "saved":
            row = dict(entry["row"])  # type: ignore[call-overload]
            latest[row_key(row)] = row
        elif entry["op"] == "removed":
            latest.pop(row_key(entry["row"]), None)  # type: ignore[arg-type]
    return latest


def lost_rows(path: Path, records: Sequence[Record]) -> list[Record]:
    """Return the journal's latest rows whose (claim_id, analyst) pair the CSV's records lack."""
    entries, _ = read_journal(path)
    present = {row_key(record) for record in records}
    return [row for key, row in latest_rows(entries).items() if key not in present]


def validate_verdicts(path: str | Path) -> list[str]:
    """Return every problem of a verdict file as 'FILE line N: problem' (or 'FILE: ...'); empty when fine.

    Besides its own lines, a verdict file is checked against its journal: a row the journal saved but
    the CSV lacks means the CSV lost rows (cut short, or edited) and can be rebuilt.
    """
    path = Path(path)
    problems = parse_problems(path)
    if problems or path.name.endswith(CONFLICTS_SUFFIX):
        return problems
    records, _ = parse_verdicts(read_bytes(path) or b"", path)
    return [f"{path}: claim {show_value(row['claim_id'])} by analyst {show_value(row['analyst'])} is in the "
            f"journal ({journal_path(path).name}, saved {row['updated_at'] or 'at an unknown time'}) but not in "
            f"the file, which has lost rows; run `python -m claims rebuild {shell_word(path)}` to restore them"
            for row in lost_rows(path, records)]


def history(source: str | Path, claim_id: str, analyst: str | None = None) -> list[dict[str, object]]:
    """Return every journalled version of a claim's rows (one analyst's, when given), oldest first.

    `source` is the source text or its verdict file. Each entry has HISTORY_COLUMNS: when it was
    written, `saved` or `superseded`, who, their time, and the decision (verdict, note, evidence, dismissed).
    """
    source = Path(source)
    path = source if source.name.endswith(SUFFIX) else verdicts_path(source)
    entries, _ = read_journal(real_path(path))
    found = []
    for entry in entries:
        row = entry["row"]
        if row["claim_id"] == claim_id and analyst in (None, row["analyst"]):  # type: ignore[index]
            found.append({"at": entry["at"], "op": entry["op"],
                          **{c: row[c] for c in HISTORY_COLUMNS[2:]}})  # type: ignore[index]
    return found


def earlier_notes(source: str | Path, claim_id: str, analyst: str) -> list[str]:
    """Return the notes an analyst saved on a claim, oldest first, each once: to recover an overwritten note."""
    notes = [str(entry["note"]) for entry in history(source, claim_id, analyst) if entry["op"] == "saved"]
    return [note for note in dict.fromkeys(notes) if note]
