"""Reading verdict files, parsed once per content.

Speed
-----
A save reads the file once, under the lock, and parses it at most once. Each process keeps the
latest parse of the files it read or wrote (`read_snapshot`; at most CACHE_FILES files, about
CACHE_ROWS rows), valid only for bytes with the same SHA-256: every read still reads and hashes the
whole file under the lock, so a change by any other process (even one keeping the size and time) is
always seen, parsed and merged; never mtime. Each row keeps its rendered CSV line, so a save renders
only the rows it changed. Rows are checked by a quick test first; only a row that fails it goes
through `row_problems`, which says what is wrong and where.
"""
from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from types import MappingProxyType

import pandas as pd

from ..model import VerdictFileError, shell_word
from .csvformat import HEAD, Key, Record, Row, parse_rows, parse_verdicts, render_lines, verdict_frame
from .paths import CONFLICTS_SUFFIX


def read_bytes(path: Path) -> bytes | None:
    """Return a verdict file's bytes, None when it does not exist, or raise VerdictFileError."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise VerdictFileError(f"{path}: is a folder, not a verdict file") from None
    except OSError as exc:
        raise VerdictFileError(f"{path}: cannot be read ({exc.strerror}); check its permissions") from None


def read_records(path: Path, *, unique: bool = True) -> tuple[list[Record], bytes | None]:
    """Return the records on disk ([] when there is no file) and the raw bytes, or raise VerdictFileError."""
    snapshot, data = read_snapshot(path, unique=unique)
    return [dict(row.record) for row in snapshot.rows], data


@dataclass(frozen=True)
class Snapshot:
    """A verdict file's rows as parsed (file order) and where each (claim_id, analyst) pair first is.

    Shared with the per-process cache: treat the rows and their records as read-only.
    """

    rows: tuple[Row, ...]
    index: Mapping[Key, int]

    @property
    def records(self) -> list[Record]:
        """Return the records (read-only: shared with the cache), in file order."""
        return [row.record for row in self.rows]

    def find(self, key: Key) -> Record | None:
        """Return the (first) record of a claim and analyst pair, or None."""
        at = self.index.get(key)
        return None if at is None else self.rows[at].record


def snapshot_of(rows: Iterable[Row]) -> Snapshot:
    """Freeze rows into a Snapshot with its index of first occurrences."""
    rows = tuple(rows)
    index: dict[Key, int] = {}
    for at, row in enumerate(rows):
        index.setdefault(row.key, at)
    return Snapshot(rows, MappingProxyType(index))


EMPTY_SNAPSHOT: Snapshot = snapshot_of(())
CACHE_FILES: int = 16


CACHE_ROWS: int = 100_000
"""The per-process cache keeps the latest parse of at most CACHE_FILES files and about CACHE_ROWS rows."""


parse_cache: OrderedDict[tuple[str, bool], tuple[bytes, Snapshot]] = OrderedDict()
_cache_lock = threading.Lock()


def _cache_key(path: Path, unique: bool) -> tuple[str, bool]:
    """Return the cache key of a file read with or without the one-row-per-pair rule."""
    return os.path.abspath(path), unique


def cached(path: Path, unique: bool, digest: bytes) -> Snapshot | None:
    """Return the cached parse of this file if its bytes had exactly this SHA-256, else None."""
    with _cache_lock:
        entry = parse_cache.get(_cache_key(path, unique))
        if entry is None or entry[0] != digest:
            return None
        parse_cache.move_to_end(_cache_key(path, unique))
        return entry[1]


def cache_put(path: Path, unique: bool, digest: bytes, snapshot: Snapshot) -> None:
    """Remember the parse of a file's bytes (by their SHA-256); forget the least recently used beyond the limits."""
    with _cache_lock:
        parse_cache[_cache_key(path, unique)] = (digest, snapshot)
        parse_cache.move_to_end(_cache_key(path, unique))
        while len(parse_cache) > 1 and (len(parse_cache) > CACHE_FILES
                                   or sum(len(s.rows) for _, s in parse_cache.values()) > CACHE_ROWS):
            parse_cache.popitem(last=False)


def clear_cache() -> None:
    """Forget every parsed file, so that the next read of each parses its bytes again."""
    with _cache_lock:
        parse_cache.clear()


def read_snapshot(path: Path, *, unique: bool = True) -> tuple[Snapshot, bytes | None]:
    """Read a verdict file's bytes and parse them, reusing this process's parse when the SHA-256 matches.

    The bytes are read and hashed on every call, so a change by any other process is always seen;
    raise VerdictFileError naming the file and line when they do not parse.
    """
    data = read_bytes(path)
    if data is None:
        return EMPTY_SNAPSHOT, None
    digest = hashlib.sha256(data).digest()
    snapshot = cached(path, unique, digest)
    if snapshot is None:
        rows, problems = parse_rows(data, path, unique)
        if problems:
            more = f" (and {len(problems) - 1} more; list them with `python -m claims validate {shell_word(path)}`)"
            raise VerdictFileError(problems[0] + (more if len(problems) > 1 else "")
                                   + "; fix the file by hand or restore it from git; it was not changed")
        snapshot = snapshot_of(rows)
        cache_put(path, unique, digest, snapshot)
    return snapshot, data


def load_verdicts(path: str | Path) -> pd.DataFrame:
    """Read a verdict CSV into a table (VERDICT_COLUMNS; start/end int; text "" when empty)."""
    path = Path(path)
    records, data = read_records(path, unique=not path.name.endswith(CONFLICTS_SUFFIX))
    if data is None:
        raise VerdictFileError(f"{path}: no such verdict file; record a verdict first "
                               "(python -m claims verdict SOURCE CLAIM_ID VERDICT) or check the path")
    return verdict_frame(records)


def parse_problems(path: str | Path) -> list[str]:
    """Return every problem of a verdict file's lines as 'FILE line N: problem'; empty when they are fine."""
    path = Path(path)
    data = read_bytes(path)
    if data is None:
        raise VerdictFileError(f"{path}: no such file; check the path")
    try:
        _, problems = parse_verdicts(data, path, unique=not path.name.endswith(CONFLICTS_SUFFIX))
    except VerdictFileError as exc:
        return [str(exc)]
    return problems


def file_from_rows(rows: list[Row]) -> tuple[Snapshot, bytes]:
    """Sort rows into the file's order, render the lines not rendered yet; return the new Snapshot and bytes."""
    rows = sorted(rows, key=_ORDER)
    missing = [at for at, row in enumerate(rows) if row.line is None]
    for at, line in zip(missing, render_lines(rows[at].record for at in missing), strict=True):
        rows[at] = rows[at]._replace(line=line)
    return snapshot_of(rows), HEAD + b"".join(row.line or b"" for row in rows)


_ORDER = itemgetter(0)
"""A Row's place in the order (sorting by it alone: two rows of equal order are equal in every column)."""
