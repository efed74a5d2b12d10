"""The verdict CSV: format, formula escaping, atomic save, a lock, and a merge with what is on disk.

File format
-----------
For a source text `seeds/X.txt` the verdicts live in `seeds/X.verdicts.csv`, one row per claim and
analyst, with the columns of `model.VERDICT_COLUMNS` in this order:

    claim_id, source, speaker, claim, quote, start, end,
    verdict, note, evidence, analyst, updated_at, source_sha256, origin, dismissed

* `start`, `end`: where the quote is in the source text, as 0-based Python code-point offsets
  (`end` excluded), so `text[start:end] == quote` in the text whose SHA-256 is `source_sha256`.
* `verdict`: empty (not reviewed yet) or one of `supported`, `disputed`, `unverified`.
* `updated_at`: ISO 8601 in UTC to the second, `2026-11-22T15:47:13Z`.
* `source_sha256`: the SHA-256 of the source file's bytes when the row was saved.
* `origin`: `extracted` (found by the extractor) or `added` (pasted by an analyst).
* `dismissed`: `yes` when the analyst marked the row as not a claim, else empty.
* Rows are sorted by `start`, `end`, `claim_id`, `analyst`, so a file diffs cleanly in git; a claim
  and analyst pair occurs at most once.
* UTF-8 with a byte-order mark (Excel reads UTF-8 without one as Windows-1252); files are read with
  or without it. RFC 4180 quoting (only fields that need it are quoted) and `\\r\\n` line ends; a
  newline of any kind inside a note is kept exactly as it is, inside the quotes. Blank lines and
  rows of empty cells (which spreadsheets sometimes add) are skipped when reading.

Formula escaping
----------------
A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, tab, CR or LF (or the full-width
`＝ ＋ － ＠` and small `﹦ ﹢ ﹣ ﹫` forms) as a formula (OWASP "CSV injection"). Every text cell
that starts with one of these characters, or with an apostrophe `'`, is written with one extra
apostrophe in front; reading removes exactly one leading apostrophe from every text cell that has
one. So `=1+1` is stored as `'=1+1`, `'quoted'` as `''quoted'`, and reading back gives the original
text: fifty save/load cycles change nothing. Someone editing the file by hand should know that a
text cell starting with an apostrophe loses that one apostrophe when read.

Saving safely
-------------
Every write goes to a temporary file in the same folder (an unnamed `O_TMPFILE` where the file
system allows, else `.X.verdicts.csv.<random>.tmp`), is flushed and fsync'ed, replaces the file with
`os.replace`, and the folder is fsync'ed: a process killed at any moment leaves the complete old or
the complete new file. A temporary file left by a killed process is removed by the next save.
Writers take a lock on `X.verdicts.csv.lock` (never on the data file) and, under it, re-read the
file and merge: rows of other claims and analysts on disk are always kept.

Conflicts
---------
`load_verdicts` and `review_table` note in `frame.attrs` what each row's decision (verdict, note,
evidence, updated_at, dismissed) was when read. `save_verdicts` merges each claim and analyst pair
three ways: a row the caller did not change takes what is on disk; a row changed by the caller
while the disk still holds what was read takes the caller's version; when both changed differently,
the caller's version is saved, the version on disk is appended to `X.verdicts.conflicts.csv` (same
columns; a pair may occur several times there), and after both files are safely written a
`ConflictError` (with `.path` and `.conflicts`, a DataFrame) tells the analyst. Nothing is dropped.
`record_verdict` re-reads under the lock, so it conflicts only when given `expected=` (the row as the
caller last saw it) and the row on disk differs from that.
A file that cannot be parsed is never overwritten: `VerdictFileError` names the file and line.

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

import csv
import errno
import getpass
import hashlib
import io
import os
import re
import secrets
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from operator import itemgetter
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

import pandas as pd
from filelock import FileLock, Timeout

from .anchor import find_quote, occurrences
from .extract import claim_id_for, extract_claims
from .model import (
    CLAIM_COLUMNS,
    ORIGINS,
    VERDICT_COLUMNS,
    VERDICTS,
    ConflictError,
    OutputError,
    SaveError,
    Source,
    SourceError,
    VerdictError,
    VerdictFileError,
)
from .sources import load_source

BOM: str = "\ufeff"
LINE_END: str = "\r\n"
ESCAPE: str = "'"
"""The character put in front of a text cell that a spreadsheet would run as a formula."""

FORMULA_STARTS: frozenset[str] = frozenset("=+-@\t\r\n" "\uff1d\uff0b\uff0d\uff20" "\ufe66\ufe62\ufe63\ufe6b")
"""First characters that make a spreadsheet treat a cell as a formula: ASCII, full-width and small forms."""

INT_COLUMNS: tuple[str, ...] = ("start", "end")
KEY_CELLS: tuple[str, str] = ("claim_id", "analyst")
"""The cells naming a row; a hand-edited copy (outer spaces, Excel's ="...") is normalised on read and save."""
SORT_COLUMNS: tuple[str, ...] = ("start", "end", "claim_id", "analyst")
DECISION_COLUMNS: tuple[str, ...] = ("verdict", "note", "evidence", "updated_at", "dismissed")
"""What a conflict is about: two versions of one analyst's row differ in one of these."""
DERIVED_COLUMNS: tuple[str, ...] = ("orphan",)
"""Columns review_table adds that are not saved; save_verdicts accepts and ignores them."""

DISMISSED_VALUES: tuple[str, ...] = ("", "yes")
TIMESTAMP_FORMAT: str = "%Y-%m-%dT%H:%M:%SZ"
LOCK_TIMEOUT: float = 30.0
"""Seconds to wait for another writer before giving up with a SaveError."""

SUFFIX: str = ".verdicts.csv"
CONFLICTS_SUFFIX: str = ".conflicts.csv"
JOURNAL_SUFFIX: str = ".journal.jsonl"

_TEMP_NAME = re.compile(r"\.(?P<name>.+)\.[0-9a-f]{16}\.tmp")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LINE_BREAK_BYTES = re.compile(rb"\r\n|\r|\n")
_DIGITS = re.compile(r"[0-9]{1,18}")
"""An offset cell: a whole number of at most 18 digits (more cannot be an offset into a text)."""
MAX_DIGITS: int = 18
FIELD_LIMIT: int = 2**31 - 1
"""The largest cell the reader accepts (Python's csv module stops at 131,072 characters by default)."""
_EXCEL_TEXT = re.compile(r'="(.*)"', re.DOTALL)
"""Excel's way of keeping a cell as text: ="c12"."""
_SHA256 = re.compile(r"[0-9a-f]{64}")
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")

Key = tuple[str, str]
Record = dict[str, object]


# ---------------------------------------------------------------- paths and names

def verdicts_path(source_path: str | Path) -> Path:
    """Return where a source's verdicts live: seeds/X.txt -> seeds/X.verdicts.csv."""
    path = Path(source_path)
    return path.with_name(path.stem + SUFFIX)


def conflicts_path(path: str | Path) -> Path:
    """Return where superseded versions are kept: X.verdicts.csv -> X.verdicts.conflicts.csv."""
    path = Path(path)
    return path.with_name(path.name.removesuffix(".csv") + CONFLICTS_SUFFIX)


def real_path(path: str | Path) -> Path:
    """Return the file a verdict path names: a symbolic link's target (so it is replaced, not the link)."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def lock_path(path: str | Path) -> Path:
    """Return the lock file of a verdict file: X.verdicts.csv -> X.verdicts.csv.lock."""
    path = Path(path)
    return path.with_name(path.name + ".lock")


def output_problem(output: str | Path, inputs: Iterable[str | Path] = (), *, verdicts: bool = False) -> str:
    """Return why an output path must not be written ("" when it may): a source, a verdict file, an input.

    `verdicts` True allows a verdict-format output (a merged file) that no source text owns.
    """
    path = Path(output)
    name = path.name
    if name.endswith(".txt"):
        return "is a source text"
    if name.endswith(CONFLICTS_SUFFIX):
        return "is a conflicts file"
    if name.endswith(JOURNAL_SUFFIX) or name.endswith(".lock"):
        return "is a verdict file's history or lock"
    if name.endswith(SUFFIX) and (not verdicts or path.with_name(name.removesuffix(SUFFIX) + ".txt").exists()):
        return "is a verdict file"
    if any(os.path.realpath(path) == os.path.realpath(other) for other in inputs):
        return "is one of the input files"
    return ""


def check_output(output: str | Path, inputs: Iterable[str | Path] = (), *, verdicts: bool = False) -> Path:
    """Return the output path, or raise OutputError when writing it would replace a file the workbench reads."""
    problem = output_problem(output, inputs, verdicts=verdicts)
    if problem:
        raise OutputError(f"{output}: {problem}; it was not changed; write the output to a new file "
                          "(for example with -o merged.csv or -o reviews.json)")
    return Path(output)


def resolve_analyst(analyst: str | None = None) -> str:
    """Return the analyst's name: the argument, else $CLAIMS_ANALYST, else the login name."""
    name = analyst
    if name is None:
        name = os.environ.get("CLAIMS_ANALYST", "").strip() or _login_name()
    problem = analyst_problem(name)
    if problem:
        raise VerdictError(f"analyst name {_show(name)} {problem}; pass --analyst NAME "
                           "or set CLAIMS_ANALYST to your name")
    return name.strip()


def _login_name() -> str:
    """Return the login name, or raise VerdictError when the system cannot tell it."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        raise VerdictError("cannot tell who you are: pass --analyst NAME or set CLAIMS_ANALYST "
                           "to your name") from None


def analyst_problem(name: str) -> str:
    """Return what is wrong with an analyst name, or "" when it is fine."""
    if not name.strip():
        return "is empty"
    if any(unicodedata.category(char) in ("Cc", "Zl", "Zp") for char in name):
        return "contains a control character or line break"
    if any(unicodedata.category(char) == "Cf" for char in name):
        return ("contains an invisible formatting character (such as a zero-width space or a direction mark)")
    return ""


def now_utc() -> str:
    """Return the current time as ISO 8601 UTC to the second, e.g. 2026-11-22T15:47:13Z."""
    return datetime.now(timezone.utc).strftime(TIMESTAMP_FORMAT)


# ---------------------------------------------------------------- escaping

def escape_cell(value: str) -> str:
    """Neutralise a text cell for spreadsheets, reversibly: a leading apostrophe where needed."""
    if value and (value[0] in FORMULA_STARTS or value[0] == ESCAPE):
        return ESCAPE + value
    return value


def unescape_cell(value: str) -> str:
    """Undo escape_cell: drop one leading apostrophe."""
    return value[1:] if value.startswith(ESCAPE) else value


# ---------------------------------------------------------------- frames and records

def empty_verdicts() -> pd.DataFrame:
    """Return a verdict table with no rows and the right columns and types."""
    return verdict_frame([])


def verdict_frame(records: Sequence[Mapping[str, object]]) -> pd.DataFrame:
    """Build a verdict table from records: VERDICT_COLUMNS in order, start/end int, text str."""
    columns = {}
    for column in VERDICT_COLUMNS:
        values = [record[column] for record in records]
        columns[column] = pd.Series(values, dtype="int64" if column in INT_COLUMNS else str)
    return pd.DataFrame(columns, columns=list(VERDICT_COLUMNS))


def row_key(record: Mapping[str, object]) -> Key:
    """Return the (claim_id, analyst) pair that names a row."""
    return str(record["claim_id"]), str(record["analyst"])


def fingerprint(record: Mapping[str, object]) -> str:
    """Return a digest of a row's decision: verdict, note, evidence, updated_at, dismissed."""
    joined = "\x1f".join(str(record[column]) for column in DECISION_COLUMNS)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()


ORDER_COLUMNS: tuple[str, ...] = SORT_COLUMNS + tuple(c for c in VERDICT_COLUMNS if c not in SORT_COLUMNS)
"""The file's row order: SORT_COLUMNS, then every other column, so that the order is total."""


def order_key(record: Mapping[str, object]) -> tuple:
    """Return where a row goes in the file: its values in ORDER_COLUMNS order."""
    return tuple(record[column] for column in ORDER_COLUMNS)


def sort_records(records: Iterable[Record]) -> list[Record]:
    """Sort rows by start, end, claim_id, analyst, then the rest: a total, stable order."""
    return sorted(records, key=order_key)


def base_fingerprints(base: pd.DataFrame | Iterable[Mapping[str, object]] | None) -> Mapping[Key, str] | None:
    """Return each (claim_id, analyst) pair's decision fingerprint in a merge base (rows as read), or None."""
    if base is None:
        return None
    rows = base[[c for c in VERDICT_COLUMNS]].to_dict("records") if isinstance(base, pd.DataFrame) else base
    return {row_key(cells): fingerprint(cells) for cells in (_cells_of(row)[0] for row in rows)}


# ---------------------------------------------------------------- checking rows

def _show(value: object, limit: int = 40) -> str:
    """Quote a value for an error message, shortened, with control characters made visible."""
    text = str(value)
    return repr(text if len(text) <= limit else text[:limit] + "…")


def row_problems(cells: Mapping[str, str]) -> list[str]:
    """Return what is wrong with one row's cells (all text, unescaped); empty when fine."""
    problems = []
    if not cells["claim_id"].strip():
        problems.append("claim_id is empty")
    problems += _offset_problems(cells["start"], cells["end"])
    if cells["verdict"] not in ("",) + VERDICTS:
        problems.append(f"verdict {_show(cells['verdict'])} is not one of {', '.join(VERDICTS)} "
                        "(or empty for not reviewed)")
    if analyst_problem(cells["analyst"]):
        problems.append(f"analyst {_show(cells['analyst'])} {analyst_problem(cells['analyst'])}")
    if cells["updated_at"] and not _is_timestamp(cells["updated_at"]):
        problems.append(f"updated_at {_show(cells['updated_at'])} is not an ISO 8601 UTC time "
                        "like 2026-11-22T15:47:13Z")
    if cells["source_sha256"] and not _SHA256.fullmatch(cells["source_sha256"]):
        problems.append(f"source_sha256 {_show(cells['source_sha256'])} is not 64 lower-case hex digits")
    if cells["origin"] not in ORIGINS:
        problems.append(f"origin {_show(cells['origin'])} is not one of {', '.join(ORIGINS)}")
    if cells["dismissed"] not in DISMISSED_VALUES:
        problems.append(f"dismissed {_show(cells['dismissed'])} is not 'yes' or empty")
    return problems


def _offset_problems(start: str, end: str) -> list[str]:
    """Return what is wrong with the start and end cells: whole numbers, end not before start."""
    problems = [f"{name} {_show(value)} is not a whole number of characters"
                for name, value in (("start", start), ("end", end)) if not _DIGITS.fullmatch(value)]
    if not problems and int(end) < int(start):
        problems.append(f"end {end} is before start {start}")
    return problems


def _is_timestamp(value: str) -> bool:
    """Tell whether value is an ISO 8601 UTC time to the second, as the store writes them."""
    if not _TIMESTAMP.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value[:-1])
    except ValueError:
        return False
    return True


def _record(cells: Mapping[str, str]) -> Record:
    """Turn checked text cells into a record with integer offsets."""
    return {column: int(cells[column]) if column in INT_COLUMNS else cells[column] for column in VERDICT_COLUMNS}


# ---------------------------------------------------------------- parsing files

def _decode(data: bytes, path: Path) -> str:
    """Decode a verdict file's bytes as UTF-8, with or without BOMs, or raise VerdictFileError."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = len(_LINE_BREAK_BYTES.findall(data[:exc.start])) + 1
        hint = " (it is UTF-16: Excel's 'Unicode Text')" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
        raise VerdictFileError(f"{path} line {line}: byte {exc.start} is not UTF-8{hint}; re-save the "
                               "file as 'CSV UTF-8' (Excel) or UTF-8 (other editors)") from None
    text = text.lstrip(BOM)
    nul = text.find("\x00")
    if nul != -1:
        raise VerdictFileError(f"{path} line {_line_at(text, nul)}: contains a NUL character, so the "
                               "file is damaged or not a CSV; restore it from a backup or git")
    return text


def _line_at(text: str, index: int) -> int:
    """Return the 1-based line number of a character offset, counting CRLF, CR and LF line ends."""
    return len(_LINE_BREAK.findall(text, 0, index)) + 1


def key_cell(value: str) -> str:
    """Normalise a hand-edited key cell (claim_id, analyst): Excel's ="text" unwrapped, outer spaces dropped."""
    found = _EXCEL_TEXT.fullmatch(value)
    return (found.group(1) if found else value).strip()


def _csv_rows(text: str, path: Path) -> list[tuple[int, list[str]]]:
    """Split CSV text into (first line number, fields) pairs, or raise VerdictFileError at the bad line."""
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows, line = [], 1
    try:
        for fields in reader:
            rows.append((line, fields))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise VerdictFileError(f"{path} line {line}: broken CSV quoting ({exc}); the file may be "
                               "truncated or edited by hand; restore it from a backup or git") from None
    return rows


def _header_problem(fields: list[str]) -> str:
    """Return what is wrong with the header line, or "" when it names VERDICT_COLUMNS in order."""
    if fields == list(VERDICT_COLUMNS):
        return ""
    if len(fields) == 1 and (";" in fields[0] or "\t" in fields[0]):
        separator = "';'" if ";" in fields[0] else "tabs"
        return f"columns are separated by {separator}, not commas; save it as 'CSV UTF-8 (comma delimited)'"
    missing = [c for c in VERDICT_COLUMNS if c not in fields]
    extra = [f for f in fields if f not in VERDICT_COLUMNS]
    parts = []
    if missing:
        parts.append("missing column(s) " + ", ".join(missing))
    if extra:
        parts.append("unexpected column(s) " + ", ".join(_show(f) for f in extra))
    if not parts:
        parts.append("columns are out of order or repeated")
    return "; ".join(parts) + f"; the header must be: {','.join(VERDICT_COLUMNS)}"


class Row(NamedTuple):
    """One row of a verdict file, parsed once: its place in the order, its key, its record and its CSV line."""

    order: tuple
    key: Key
    record: Record
    line: bytes | None
    """The row as the file holds it (formula-escaped, quoted, CRLF, UTF-8); None until rendered."""


def _row(record: Record, line: bytes | None = None) -> Row:
    """Wrap a checked record as a Row (its line rendered later, when not given)."""
    return Row(order_key(record), row_key(record), record, line)


_COLUMN_AT: dict[str, int] = {column: at for at, column in enumerate(VERDICT_COLUMNS)}
_ORDER_OF_VALUES = itemgetter(*(_COLUMN_AT[column] for column in ORDER_COLUMNS))
_CHECKED_VALUES = itemgetter(*(_COLUMN_AT[column] for column in (
    "claim_id", "start", "end", "verdict", "analyst", "updated_at", "source_sha256", "origin", "dismissed")))
_FINE_VERDICTS: frozenset[str] = frozenset(("",) + VERDICTS)
_FINE_ORIGINS: frozenset[str] = frozenset(ORIGINS)
_FINE_DISMISSED: frozenset[str] = frozenset(DISMISSED_VALUES)


Known = tuple[set[str], set[str], set[str]]
"""Analyst names, times and digests already found fine in one file (they repeat from row to row)."""


def _looks_fine(values: Sequence[str], known: Known) -> bool:
    """Tell quickly whether row_problems finds nothing in a row's unescaped values (in VERDICT_COLUMNS order).

    False means "ask row_problems", which says what is wrong.
    """
    claim_id, start, end, verdict, analyst, updated_at, sha256, origin, dismissed = _CHECKED_VALUES(values)
    if not (claim_id.strip() and start.isascii() and start.isdigit() and end.isascii() and end.isdigit()
            and len(start) <= MAX_DIGITS and len(end) <= MAX_DIGITS and verdict in _FINE_VERDICTS and origin in _FINE_ORIGINS and dismissed in _FINE_DISMISSED
            and int(end) >= int(start)):
        return False
    for value, seen, fine in zip((analyst, updated_at, sha256), known, (_fine_analyst, _fine_time, _fine_sha256)):
        if value not in seen:
            if not fine(value):
                return False
            seen.add(value)
    return True


def _fine_analyst(name: str) -> bool:
    """Tell whether an analyst name in a file is usable."""
    return not analyst_problem(name)


def _fine_time(value: str) -> bool:
    """Tell whether an updated_at cell is empty or a time as the store writes them."""
    return not value or _is_timestamp(value)


def _fine_sha256(value: str) -> bool:
    """Tell whether a source_sha256 cell is empty or 64 lower-case hex digits."""
    return not value or _SHA256.fullmatch(value) is not None


def parse_verdicts(data: bytes, path: str | Path, *, unique: bool = True) -> tuple[list[Record], list[str]]:
    """Parse a verdict file's bytes into records and a list of 'FILE line N: problem' messages."""
    rows, problems = _parse_rows(data, Path(path), unique)
    return [row.record for row in rows], problems


def _parse_rows(data: bytes, path: Path, unique: bool) -> tuple[list[Row], list[str]]:
    """Parse a verdict file's bytes into Rows (file order) and 'FILE line N: problem' messages."""
    text = _decode(data, path)
    lines = _csv_rows(text, path)
    if not lines:
        raise VerdictFileError(f"{path}: is empty, with no header line; delete it if it should hold no "
                               "verdicts, or restore it from a backup or git")
    header_line, header = lines[0]
    problem = _header_problem(header)
    if problem:
        raise VerdictFileError(f"{path} line {header_line}: {problem}")
    rows, problems, seen, known = [], [], {}, (set(), set(), set())
    width, analyst_at = len(VERDICT_COLUMNS), _COLUMN_AT["analyst"]
    start_at, end_at = _COLUMN_AT["start"], _COLUMN_AT["end"]
    for line, fields in lines[1:]:
        if not any(fields):
            continue
        if len(fields) != width:
            problems.append(f"{path} line {line}: has {len(fields)} fields, expected {width} "
                            "(a comma or quote out of place?)")
            continue
        values: list = [field[1:] if field[:1] == ESCAPE else field for field in fields]
        values[0], values[analyst_at] = key_cell(values[0]), key_cell(values[analyst_at])
        found = [] if _looks_fine(values, known) else row_problems(dict(zip(VERDICT_COLUMNS, values)))
        key = (values[0], values[analyst_at])
        if unique and not found and key in seen:
            found = [f"claim {_show(key[0])} by analyst {_show(key[1])} is already on line {seen[key]}; "
                     "keep one of the two rows"]
        if found:
            problems += [f"{path} line {line}: {message}" for message in found]
            continue
        values[start_at], values[end_at] = int(values[start_at]), int(values[end_at])
        seen.setdefault(key, line)
        rows.append(Row(_ORDER_OF_VALUES(values), key, dict(zip(VERDICT_COLUMNS, values)), None))
    return rows, problems


def _read_bytes(path: Path) -> bytes | None:
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


# ---------------------------------------------------------------- parsed files, cached by content

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


def _snapshot_of(rows: Iterable[Row]) -> Snapshot:
    """Freeze rows into a Snapshot with its index of first occurrences."""
    rows = tuple(rows)
    index: dict[Key, int] = {}
    for at, row in enumerate(rows):
        index.setdefault(row.key, at)
    return Snapshot(rows, MappingProxyType(index))


EMPTY_SNAPSHOT: Snapshot = _snapshot_of(())

CACHE_FILES: int = 16
CACHE_ROWS: int = 100_000
"""The per-process cache keeps the latest parse of at most CACHE_FILES files and about CACHE_ROWS rows."""

_cache: OrderedDict[tuple[str, bool], tuple[bytes, Snapshot]] = OrderedDict()
_cache_lock = threading.Lock()


def _cache_key(path: Path, unique: bool) -> tuple[str, bool]:
    """Return the cache key of a file read with or without the one-row-per-pair rule."""
    return os.path.abspath(path), unique


def _cached(path: Path, unique: bool, digest: bytes) -> Snapshot | None:
    """Return the cached parse of this file if its bytes had exactly this SHA-256, else None."""
    with _cache_lock:
        entry = _cache.get(_cache_key(path, unique))
        if entry is None or entry[0] != digest:
            return None
        _cache.move_to_end(_cache_key(path, unique))
        return entry[1]


def _cache_put(path: Path, unique: bool, digest: bytes, snapshot: Snapshot) -> None:
    """Remember the parse of a file's bytes (by their SHA-256); forget the least recently used beyond the limits."""
    with _cache_lock:
        _cache[_cache_key(path, unique)] = (digest, snapshot)
        _cache.move_to_end(_cache_key(path, unique))
        while len(_cache) > 1 and (len(_cache) > CACHE_FILES
                                   or sum(len(s.rows) for _, s in _cache.values()) > CACHE_ROWS):
            _cache.popitem(last=False)


def clear_cache() -> None:
    """Forget every parsed file, so that the next read of each parses its bytes again."""
    with _cache_lock:
        _cache.clear()


def read_snapshot(path: Path, *, unique: bool = True) -> tuple[Snapshot, bytes | None]:
    """Read a verdict file's bytes and parse them, reusing this process's parse when the SHA-256 matches.

    The bytes are read and hashed on every call, so a change by any other process is always seen;
    raise VerdictFileError naming the file and line when they do not parse.
    """
    data = _read_bytes(path)
    if data is None:
        return EMPTY_SNAPSHOT, None
    digest = hashlib.sha256(data).digest()
    snapshot = _cached(path, unique, digest)
    if snapshot is None:
        rows, problems = _parse_rows(data, path, unique)
        if problems:
            more = f" (and {len(problems) - 1} more; list them with `python -m claims validate {path}`)"
            raise VerdictFileError(problems[0] + (more if len(problems) > 1 else "")
                                   + "; fix the file by hand or restore it from git; it was not changed")
        snapshot = _snapshot_of(rows)
        _cache_put(path, unique, digest, snapshot)
    return snapshot, data


def load_verdicts(path: str | Path) -> pd.DataFrame:
    """Read a verdict CSV into a table (VERDICT_COLUMNS; start/end int; text "" when empty)."""
    path = Path(path)
    records, data = read_records(path, unique=not path.name.endswith(CONFLICTS_SUFFIX))
    if data is None:
        raise VerdictFileError(f"{path}: no such verdict file; record a verdict first "
                               "(python -m claims verdict SOURCE CLAIM_ID VERDICT) or check the path")
    return verdict_frame(records)


def validate_verdicts(path: str | Path) -> list[str]:
    """Return every problem of a verdict file as 'FILE line N: problem'; empty when it is fine."""
    path = Path(path)
    data = _read_bytes(path)
    if data is None:
        raise VerdictFileError(f"{path}: no such file; check the path")
    try:
        _, problems = parse_verdicts(data, path, unique=not path.name.endswith(CONFLICTS_SUFFIX))
    except VerdictFileError as exc:
        return [str(exc)]
    return problems


# ---------------------------------------------------------------- writing files

def render_verdicts(records: Iterable[Mapping[str, object]]) -> bytes:
    """Write rows as the file's bytes: BOM, header, RFC 4180 quoting, CRLF, formula-escaped text."""
    return HEAD + b"".join(render_lines(records))


def render_lines(records: Iterable[Mapping[str, object]]) -> list[bytes]:
    """Write each row as its line of the file: formula-escaped, RFC 4180 quoted, CRLF, UTF-8."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator=LINE_END)
    is_int = [column in INT_COLUMNS for column in VERDICT_COLUMNS]
    sizes = [writer.writerow([record[c] if whole else escape_cell(str(record[c]))
                              for c, whole in zip(VERDICT_COLUMNS, is_int)])
             for record in records]
    text, lines, at = buffer.getvalue(), [], 0
    for size in sizes:  # writerow returns what StringIO.write returns: the characters written
        lines.append(text[at:at + size].encode("utf-8"))
        at += size
    return lines


HEAD: bytes = (BOM + ",".join(VERDICT_COLUMNS) + LINE_END).encode("utf-8")
"""The start of every verdict file: the byte-order mark and the header line (no column name needs quoting)."""


def _file_from_rows(rows: list[Row]) -> tuple[Snapshot, bytes]:
    """Sort rows into the file's order, render the lines not rendered yet; return the new Snapshot and bytes."""
    rows = sorted(rows, key=_ORDER)
    missing = [at for at, row in enumerate(rows) if row.line is None]
    for at, line in zip(missing, render_lines(rows[at].record for at in missing), strict=True):
        rows[at] = rows[at]._replace(line=line)
    return _snapshot_of(rows), HEAD + b"".join(row.line for row in rows)


_ORDER = itemgetter(0)
"""A Row's place in the order (sorting by it alone: two rows of equal order are equal in every column)."""


@contextmanager
def locked(path: str | Path) -> Iterator[None]:
    """Hold the verdict file's lock (X.verdicts.csv.lock), or raise SaveError after LOCK_TIMEOUT s."""
    path = real_path(path)
    if not path.parent.is_dir():
        raise SaveError(f"{path}: the folder {path.parent} does not exist; check the path; nothing was saved")
    lock = FileLock(lock_path(path), timeout=LOCK_TIMEOUT)
    try:
        lock.acquire()
    except Timeout:
        raise SaveError(f"{path}: another process has held {lock_path(path).name} for over "
                        f"{LOCK_TIMEOUT:g} s; wait for it or close the other notebook or command, "
                        "then try again; nothing was saved") from None
    except OSError as exc:
        raise SaveError(f"{path}: cannot create the lock file {lock_path(path).name} ({exc.strerror}); "
                        "check that the folder exists and that you may write to it; nothing was saved") from None
    try:
        yield
    finally:
        lock.release()


def write_atomic(path: str | Path, data: bytes) -> None:
    """Replace path with data so that a crash leaves the old or the new file whole; SaveError on failure.

    Writers of verdict files call this under the file's lock, after remove_stale_temps.
    """
    path = real_path(path)
    mode = _mode_for(path)
    try:
        if not _replace_via_unnamed(path, data, mode):
            _replace_via_named(path, data, mode)
    except OSError as exc:
        raise SaveError(_save_failure(path, exc)) from exc
    _fsync_folder(path)


_UNSUPPORTED = (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT, errno.EXDEV)
"""errno values meaning "this file system or kernel has no O_TMPFILE (or no /proc)": use a named temp."""


def _replace_via_unnamed(path: Path, data: bytes, mode: int | None) -> bool:
    """Write into an unnamed O_TMPFILE, name it and os.replace; False when the system cannot.

    The file has no name while it is written and flushed, so a process killed then leaves nothing
    behind; it gets a temporary name only for the instant between `linkat` and `rename`.
    """
    if not hasattr(os, "O_TMPFILE"):
        return False
    try:
        fd = os.open(path.parent, os.O_TMPFILE | os.O_WRONLY, 0o666 if mode is None else mode)
    except OSError as exc:
        if exc.errno in _UNSUPPORTED:
            return False
        raise
    folder, temp = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY), None
    try:
        _fill(fd, data, mode)
        temp = _temp_name(path).name
        try:
            os.link(f"/proc/self/fd/{fd}", temp, dst_dir_fd=folder)  # dst_dir_fd: linkat, following the link
        except OSError as exc:
            temp = None
            if exc.errno in _UNSUPPORTED:
                return False
            raise
        os.replace(temp, path.name, src_dir_fd=folder, dst_dir_fd=folder)
        temp = None
    finally:
        os.close(fd)
        if temp is not None:
            _unlink_quietly(path.parent / temp)
        os.close(folder)
    return True


def _replace_via_named(path: Path, data: bytes, mode: int | None) -> None:
    """Write into a hidden named temporary file beside path, then os.replace."""
    temp = _temp_name(path)
    fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666 if mode is None else mode)
    try:
        _fill(fd, data, mode)
        os.replace(temp, path)
    except BaseException:
        _unlink_quietly(temp)
        raise
    finally:
        os.close(fd)


def _fill(fd: int, data: bytes, mode: int | None) -> None:
    """Write data to fd, give it the old file's permission bits, and flush it to disk."""
    _write_all(fd, data)
    if mode is not None:
        os.fchmod(fd, mode)
    os.fsync(fd)


def _temp_name(path: Path) -> Path:
    """Return a fresh hidden temporary name beside path: .X.verdicts.csv.<16 hex digits>.tmp."""
    return path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte of data to fd (os.write may write less than asked)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _mode_for(path: Path) -> int | None:
    """Return the old file's permission bits to keep, or None for a new file (0o666 less the umask)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return None


def _fsync_folder(path: Path) -> None:
    """Flush the folder entry of a replaced file to disk; SaveError if the disk refuses."""
    try:
        fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.EBADF, errno.ENOTSUP):
            raise SaveError(f"{path}: the new version is in place but the folder could not be "
                            f"flushed to disk ({exc.strerror}); save again to be sure") from exc
    finally:
        os.close(fd)


def _save_failure(path: Path, exc: OSError) -> str:
    """Word a failed save for the analyst: what happened, that the old file is intact, what to do."""
    hints = {errno.ENOSPC: "free some disk space", errno.EDQUOT: "free some disk space",
             errno.EACCES: "check the folder's permissions", errno.EPERM: "check the folder's permissions",
             errno.EROFS: "the disk is read-only; save to another folder"}
    hint = hints.get(exc.errno or 0, "check the disk")
    return (f"{path}: could not be saved ({exc.strerror or exc}); the old file is intact and your "
            f"change is not saved; {hint}, then try again")


def remove_stale_temps(path: str | Path) -> list[Path]:
    """Remove temporary files a killed writer left beside path; call only while holding the lock."""
    path = Path(path)
    removed = []
    for temp in stale_temps(path):
        if _unlink_quietly(temp):
            removed.append(temp)
    return removed


def stale_temps(path: str | Path) -> list[Path]:
    """List the hidden temporary files of this verdict file left in its folder."""
    path = Path(path)
    try:
        names = os.listdir(path.parent or ".")
    except OSError:
        return []
    found = (_TEMP_NAME.fullmatch(name) for name in names)
    return sorted(path.parent / m.group(0) for m in found if m and m.group("name") == path.name)


def _unlink_quietly(path: Path) -> bool:
    """Remove a file, ignoring that it is already gone; return whether it was removed."""
    try:
        os.unlink(path)
    except OSError:
        return False
    return True


# ---------------------------------------------------------------- saving tables

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
        _, superseded = _merge_into_file(path, mine, base_fingerprints(base))
    _raise_conflicts(path, superseded, mine)


def frame_records(frame: pd.DataFrame) -> list[Record]:
    """Check a caller's table and return its rows as records, or raise VerdictError saying what is wrong."""
    missing = [c for c in VERDICT_COLUMNS if c not in frame.columns]
    extra = [str(c) for c in frame.columns if c not in VERDICT_COLUMNS and c not in DERIVED_COLUMNS]
    if missing or extra:
        raise VerdictError(f"a verdict table needs exactly the columns {', '.join(VERDICT_COLUMNS)}; "
                           + "; ".join(filter(None, [missing and "missing: " + ", ".join(missing),
                                                     extra and "unexpected: " + ", ".join(extra)])))
    records, problems, seen = [], [], {}
    for number, raw in enumerate(frame[list(VERDICT_COLUMNS)].to_dict("records"), start=1):
        cells, found = _cells_of(raw)
        found = found or row_problems(cells)
        key = row_key(cells)
        if not found and key in seen:
            found = [f"claim {_show(key[0])} by analyst {_show(key[1])} is also in row {seen[key]}"]
        problems += [f"row {number}: {message}" for message in found]
        seen.setdefault(key, number)
        records.append(_record(cells) if not found else {})
    if problems:
        raise VerdictError("cannot save this verdict table: " + "; ".join(problems[:5])
                           + (f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""))
    return records


def _cells_of(raw: Mapping[str, object]) -> tuple[dict[str, str], list[str]]:
    """Turn one row of a caller's table into text cells; report values that cannot be stored."""
    cells, problems = {}, []
    for column in VERDICT_COLUMNS:
        value = raw[column]
        if column in INT_COLUMNS:
            cells[column], problem = _offset_text(value)
        else:
            cells[column], problem = _text_cell(value)
            if column in KEY_CELLS and not problem:
                cells[column] = key_cell(cells[column])
        if problem:
            problems.append(f"{column} {problem}")
    return cells, problems


def _offset_text(value: object) -> tuple[str, str]:
    """Return an offset as digits, or a problem when it is not a whole number."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) and not hasattr(value, "__index__"):
        return str(value), f"{_show(value)} is not a whole number"
    if isinstance(value, float) and not value.is_integer():
        return str(value), f"{_show(value)} is not a whole number"
    return str(int(value)), ""


def _text_cell(value: object) -> tuple[str, str]:
    """Return a text cell ("" for missing values), or a problem when it cannot be stored."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "", ""
    if not isinstance(value, str):
        return str(value), f"{_show(value)} is not text"
    if "\x00" in value:
        return value, "contains a NUL character, which a CSV cannot hold"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value, "contains a character that cannot be written as UTF-8 (a lone surrogate)"
    return value, ""


def _merge_into_file(path: Path, mine: list[Record], base: Mapping[Key, str] | None,
                     read: tuple[Snapshot, bytes | None] | None = None) -> tuple[list[Record], list[Record]]:
    """Under the lock: merge mine into the file as read (re-read unless given), write conflicts then the file.

    Return the rows now in the file and the versions moved to the conflicts file.
    """
    remove_stale_temps(path)
    disk, old_bytes = read if read is not None else read_snapshot(path)
    rows, superseded = _merge_snapshot(disk, mine, base)
    if superseded:
        _append_conflicts(path, superseded)
    _write_rows(path, rows, old_bytes, unique=True)
    return [row.record for row in rows], superseded


def _write_rows(path: Path, rows: list[Row], old_bytes: bytes | None, *, unique: bool) -> None:
    """Write rows as the file (unless it already holds exactly those bytes) and remember the parse."""
    snapshot, data = _file_from_rows(rows)
    if data != old_bytes:
        write_atomic(path, data)
        _cache_put(path, unique, hashlib.sha256(data).digest(), snapshot)


def _merge_snapshot(disk: Snapshot, mine: Iterable[Record],
                    base: Mapping[Key, str] | None) -> tuple[list[Row], list[Record]]:
    """Three-way merge per (claim_id, analyst) into a parsed file's Rows, keeping the rendered line of rows left as is.

    Return the rows to write and the versions that lost (to go to the conflicts file).
    """
    rows, added, superseded = list(disk.rows), {}, []
    for record in mine:
        key = row_key(record)
        at = added.get(key, disk.index.get(key))
        if at is None:
            added[key] = len(rows)
            rows.append(_row(record))
            continue
        was = None if base is None else base.get(key, NOT_SEEN)
        kept, lost = resolve(rows[at].record, record, was)
        if lost is not None:
            superseded.append(lost)
        if kept is not rows[at].record:
            rows[at] = _row(kept)
    return rows, superseded


NOT_SEEN: str = ""
"""The base fingerprint of a row the caller never saw (a fingerprint is never empty)."""


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
        newer = str(theirs["updated_at"]) > str(mine["updated_at"])
        return (theirs, mine) if newer else (mine, theirs)
    if ours != was:
        return mine, theirs
    return theirs, None


def _append_conflicts(path: Path, superseded: list[Record]) -> None:
    """Add superseded versions to X.verdicts.conflicts.csv (atomically; identical rows once)."""
    target = conflicts_path(path)
    remove_stale_temps(target)
    kept, old_bytes = read_snapshot(target, unique=False)
    known = {row.order for row in kept.rows}  # equal order, equal in every column
    rows = list(kept.rows) + [_row(record) for record in superseded if order_key(record) not in known]
    _write_rows(target, rows, old_bytes, unique=False)


def _raise_conflicts(path: Path, superseded: list[Record], mine: Sequence[Record] = ()) -> None:
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


# ---------------------------------------------------------------- one analyst's rows

def record_verdict(source: str | Path, claim_id: str, verdict: str, note: str | None = None,
                   evidence: str | None = None, analyst: str | None = None, *,
                   expected: pd.Series | None = None) -> pd.Series:
    """Save one analyst's verdict on one claim of a source text; return the row as saved.

    `verdict` "" means not reviewed (undo). `note` and `evidence` left out (None) keep what is saved;
    "" empties them. `expected`, optional, is the row as the caller last saw it (from review_table or
    an earlier call): if the row on disk differs from it, ConflictError is raised after saving, with
    the other version kept in the conflicts file.
    """
    changes = {"verdict": verdict, "note": note, "evidence": evidence}
    return _change_row(source, claim_id, analyst, decision_changes(changes), expected=expected)


def decision_changes(changes: Mapping[str, object]) -> dict[str, str]:
    """Check the decision fields a caller gives (None: not given, left out); raise VerdictError when one is bad."""
    given = {column: value for column, value in changes.items() if value is not None}
    if "verdict" in given and given["verdict"] not in ("",) + VERDICTS:
        raise VerdictError(f"verdict {_show(given['verdict'])} is not one of {', '.join(VERDICTS)} "
                           "(or empty to mark the claim not reviewed)")
    if "dismissed" in given and given["dismissed"] not in DISMISSED_VALUES:
        raise VerdictError(f"dismissed {_show(given['dismissed'])} is not 'yes' or empty")
    for column, value in given.items():
        _, problem = _text_cell(value)
        if problem or not isinstance(value, str):
            raise VerdictError(f"{column} {problem or 'must be text'}")
    return {column: str(value) for column, value in given.items()}


def set_dismissed(source: str | Path, claim_id: str, dismissed: bool = True,
                  analyst: str | None = None) -> pd.Series:
    """Mark an analyst's row for a claim as not a claim (or undo that); return the row as saved."""
    return _change_row(source, claim_id, analyst, {"dismissed": "yes" if dismissed else ""})


def save_decision(source: str | Path, claim: Mapping[str, object], changes: Mapping[str, object],
                  analyst: str | None = None, *, expected: Sequence[Mapping[str, object]] = ()) -> pd.Series:
    """Save one analyst's whole decision on one claim in one locked write; return the row as saved.

    `claim` holds the claim's columns as the caller knows them (used, re-anchored in the current text,
    when neither the file nor the extractor knows the claim any more). `changes` are decision fields
    (verdict, note, evidence, dismissed; None: keep). `expected` are versions of the row the caller
    knows are its own (last saved, or attempted): the row on disk matching one of them by its decision
    is no conflict; otherwise ConflictError is raised after saving, the other version kept.
    """
    return _change_row(source, str(claim["claim_id"]), analyst, decision_changes(changes),
                       expected=list(expected), fallback=claim)


def _change_row(source: str | Path, claim_id: str, analyst: str | None, changes: Mapping[str, str], *,
                expected: pd.Series | Sequence[Mapping[str, object]] | None = None,
                claim: Mapping[str, object] | None = None,
                fallback: Mapping[str, object] | None = None) -> pd.Series:
    """Under the lock: re-read, set one analyst's row for one claim, merge, save; return the row."""
    name = resolve_analyst(analyst)
    text = load_source(source)
    path = real_path(verdicts_path(source))
    with locked(path):
        read = read_snapshot(path)
        columns = dict(claim) if claim is not None else claim_columns(read[0].records, text, claim_id, name, fallback)
        current = read[0].find((claim_id, name))
        row = {**blank_review(name, str(columns.get("origin", "extracted"))), **(current or {}), **columns,
               **changes, "analyst": name, "updated_at": now_utc(), "source_sha256": text.sha256}
        record = _checked_record(row)
        base = {(claim_id, name): was} if (was := _base_of_row(current, expected)) else {}
        _, superseded = _merge_into_file(path, [record], base, read)
    _raise_conflicts(path, superseded, [record])
    return pd.Series(record, index=list(VERDICT_COLUMNS))


def _base_of_row(current: Record | None, expected: pd.Series | Sequence[Mapping[str, object]] | None) -> str:
    """Return the fingerprint the caller's row is based on ("" when the caller saw no row).

    No expectation: the row on disk. Expected versions: the disk's when it holds one of them (by decision),
    else the first.
    """
    if expected is None:
        return fingerprint(current) if current is not None else ""
    versions = [dict(expected)] if isinstance(expected, pd.Series) else [dict(v) for v in expected]
    if current is not None and any(_same_decision(current, v) for v in versions):
        return fingerprint(current)
    return fingerprint(_cells_of(versions[0])[0]) if versions else ""


def _same_decision(row: Mapping[str, object], other: Mapping[str, object]) -> bool:
    """Tell whether two versions of a row hold the same decision: verdict, note, evidence, dismissed."""
    return all(str(row[c]) == str(other.get(c, "")) for c in ("verdict", "note", "evidence", "dismissed"))


def _checked_record(row: Mapping[str, object]) -> Record:
    """Return a row as a record, or raise VerdictError saying which value cannot be stored."""
    cells, problems = _cells_of(row)
    problems = problems or row_problems(cells)
    if problems:
        raise VerdictError("cannot save this row: " + "; ".join(problems))
    return _record(cells)


def blank_review(analyst: str, origin: str = "extracted") -> Record:
    """Return the review columns of a row nobody has reviewed yet, for this analyst."""
    return {"verdict": "", "note": "", "evidence": "", "analyst": analyst, "updated_at": "",
            "source_sha256": "", "origin": origin, "dismissed": ""}


def claim_columns(disk: Sequence[Record], source: Source, claim_id: str, analyst: str,
                  fallback: Mapping[str, object] | None = None) -> Record:
    """Return a claim's columns (re-anchored in the current text): from the file, the extractor, or the fallback."""
    rows = [r for r in disk if r["claim_id"] == claim_id]
    if rows:
        row = next((r for r in rows if r["analyst"] == analyst), rows[0])
        return {**_claim_part(row), **_anchored_offsets(source.text, row)}
    match = next((claim for claim in extracted_records(source) if claim["claim_id"] == claim_id), None)
    if match is not None:
        return {**_claim_part(match), "origin": "extracted"}
    if fallback is not None:
        return {**_claim_part(fallback), **_anchored_offsets(source.text, fallback)}
    raise VerdictError(f"{source.path}: has no claim with id {_show(claim_id)}; list the ids with "
                       f"`python -m claims extract {source.path}`")


EXTRACTION_CACHE_SOURCES: int = 8
"""How many source texts' extracted claims a process keeps, keyed by file name and SHA-256."""

_extraction_cache: OrderedDict[tuple[str, str], tuple[Record, ...]] = OrderedDict()


def extracted_records(source: Source) -> list[Record]:
    """Return the extractor's claims for a source as fresh records, extracting each text version once."""
    key = (source.name, source.sha256)
    if key not in _extraction_cache:
        _extraction_cache[key] = tuple(extract_claims(source).to_dict("records"))
        while len(_extraction_cache) > EXTRACTION_CACHE_SOURCES:
            _extraction_cache.popitem(last=False)
    _extraction_cache.move_to_end(key)
    return [dict(record) for record in _extraction_cache[key]]


def _claim_part(row: Mapping[str, object]) -> Record:
    """Return the claim's own columns (and its origin, when known) from a row."""
    part: Record = {c: int(row[c]) if c in INT_COLUMNS else str(row[c]) for c in CLAIM_COLUMNS}
    if "origin" in row:
        part["origin"] = str(row["origin"])
    return part


def _anchored_offsets(text: str, row: Mapping[str, object]) -> Record:
    """Return start, end and quote of a row in the current text (the old ones when it is an orphan)."""
    return anchor_row(text, row)[0]


def anchor_row(text: str, row: Mapping[str, object]) -> tuple[Record, bool]:
    """Find a row's quote in the current text: (start, end and quote there, found); old values if not."""
    anchor = find_quote(text, str(row["quote"]), start=int(row["start"]), end=int(row["end"]))
    if not anchor.found:
        return {"start": int(row["start"]), "end": int(row["end"]), "quote": str(row["quote"])}, False
    return {"start": anchor.start, "end": anchor.end, "quote": text[anchor.start:anchor.end]}, True


# ---------------------------------------------------------------- the review board's table

def review_table(source: str | Path, analyst: str | None = None) -> pd.DataFrame:
    """Return every claim of a source (extracted and added) with this analyst's review, in text order.

    Columns: VERDICT_COLUMNS plus `orphan` (True when a saved quote cannot be found in the changed
    text; such rows keep their old offsets and come last). Rows this analyst has not saved have
    empty review columns and this analyst's name. A quote found again fuzzily takes its current wording,
    and an unreviewed extracted claim it covers (the same claim, re-worded, under a new id) is not listed twice.
    """
    name = resolve_analyst(analyst)
    text = load_source(source)
    path = verdicts_path(source)
    disk, _ = read_records(path)
    own = {r["claim_id"]: r for r in disk if r["analyst"] == name}
    extracted = [_extracted_row(claim, own.get(claim["claim_id"]), name)
                 for claim in extracted_records(text)]
    listed, kept = {row["claim_id"] for row in extracted}, []
    for record in disk:
        if record["claim_id"] not in listed:
            listed.add(record["claim_id"])
            kept.append(_file_row(text.text, own.get(record["claim_id"]) or record, name))
    rows = [row for row in extracted if row["claim_id"] in own or not _shadowed(row, kept)] + kept
    rows.sort(key=lambda r: (bool(r["orphan"]), r["start"], r["end"], r["claim_id"]))
    return pd.DataFrame(rows, columns=[*VERDICT_COLUMNS, "orphan"]).astype(
        {"start": "int64", "end": "int64", "orphan": bool})


SAME_SPAN: float = 0.8
"""Two spans overlapping by this share of their union are taken to be the same claim."""


def _shadowed(row: Mapping[str, object], file_rows: Sequence[Mapping[str, object]]) -> bool:
    """Tell whether a re-anchored row from the file covers (nearly) the same span as this extracted row."""
    start, end = int(row["start"]), int(row["end"])
    for other in file_rows:
        if other["orphan"]:
            continue
        overlap = min(end, int(other["end"])) - max(start, int(other["start"]))
        union = max(end, int(other["end"])) - min(start, int(other["start"]))
        if union and overlap / union >= SAME_SPAN:
            return True
    return False


def _extracted_row(claim: Mapping[str, object], saved: Record | None, analyst: str) -> dict[str, object]:
    """Join an extracted claim with this analyst's saved review of it (blank when none)."""
    review = {c: saved[c] for c in REVIEW_PART} if saved else blank_review(analyst)
    return {**_claim_part(claim), **review, "orphan": False}


def _file_row(text: str, row: Record, analyst: str) -> dict[str, object]:
    """A claim known only from the file (added by hand, or no longer extracted), re-anchored."""
    anchored, found = anchor_row(text, row)
    mine = row["analyst"] == analyst
    review = {c: row[c] for c in REVIEW_PART} if mine else blank_review(analyst, str(row["origin"]))
    return {**_claim_part(row), **anchored, **review, "orphan": not found}


REVIEW_PART: tuple[str, ...] = tuple(c for c in VERDICT_COLUMNS if c not in CLAIM_COLUMNS)
"""The columns of a row that belong to the analyst's review, not to the claim."""


# ---------------------------------------------------------------- claims added by hand

def add_claim(source: str | Path, quote: str, speaker: str = "", claim: str = "", start: int | None = None,
              analyst: str | None = None) -> pd.Series:
    """Add a claim the extractor missed, by its exact quote; save an unreviewed row; return it."""
    text = load_source(source)
    quote = quote.strip()
    if not quote:
        raise VerdictError("the quote is empty; paste the claim's words exactly as the source text has them")
    where = _place_quote(text, quote, start)
    occurrence = occurrences(text.text, quote).index(where)
    claim_id = claim_id_for(text.name, quote, occurrence)
    _refuse_known_claim(text, claim_id, where, where + len(quote))
    columns = {"claim_id": claim_id, "source": text.name, "speaker": speaker.strip(),
               "claim": claim.strip() or " ".join(quote.split()), "quote": quote,
               "start": where, "end": where + len(quote), "origin": "added"}
    return _change_row(source, claim_id, analyst, {}, claim=columns)


def _place_quote(source: Source, quote: str, start: int | None) -> int:
    """Return where quote is in the source: its only occurrence, or the one at start; else VerdictError."""
    found = occurrences(source.text, quote)
    if not found:
        near = find_quote(source.text, quote)
        hint = (f"; the closest passage, at {near.start}, reads {_show(source.text[near.start:near.end], 80)}"
                if near.found else "")
        raise VerdictError(f"{source.path}: the quote {_show(quote)} is not in the text{hint}; paste it "
                           "exactly as the source text has it")
    if start is None and len(found) == 1:
        return found[0]
    if start in found:
        return start
    offsets = ", ".join(str(at) for at in found[:10]) + (", ..." if len(found) > 10 else "")
    said = f"is not at {start}" if start is not None else f"occurs {len(found)} times"
    raise VerdictError(f"{source.path}: the quote {_show(quote)} {said} (it starts at {offsets}); "
                       "pass start=OFFSET (--start OFFSET) to pick one")


def _refuse_known_claim(source: Source, claim_id: str, start: int, end: int) -> None:
    """Raise VerdictError when the claim already exists, extracted or in the file."""
    known = extracted_records(source)
    path = verdicts_path(source.path)
    known += read_records(path)[0]
    for row in known:
        if row["claim_id"] == claim_id or (row["start"], row["end"]) == (start, end):
            raise VerdictError(f"{source.path}: this quote is already claim {row['claim_id']}; "
                               "review that claim instead")


# ---------------------------------------------------------------- status

SUMMARY_COLUMNS: tuple[str, ...] = ("source", "analyst", "claims", "reviewed", *VERDICTS,
                                    "dismissed", "orphans", "conflicts")
"""The columns of `summarise`: one row per source text and analyst."""


def source_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders to the source texts (*.txt) in them; map X.verdicts.csv to its source X.txt."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(p for p in path.glob("*.txt") if p.is_file())
        elif path.name.endswith(SUFFIX):
            found.append(path.with_name(path.name.removesuffix(SUFFIX) + ".txt"))
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def summarise(paths: Iterable[str | Path], analyst: str | None = None,
              skipped: list[str] | None = None) -> pd.DataFrame:
    """Count per source and analyst: claims, reviewed, each verdict, dismissed, orphans, conflicts.

    A source that cannot be read is left out; when `skipped` is given, 'PATH: why' is added to it
    (else the error is raised).
    """
    rows = []
    for source in source_paths(paths):
        try:
            rows += _summary_rows(source, analyst)
        except (SourceError, VerdictFileError) as exc:
            if skipped is None:
                raise
            skipped.append(f"{source}: {exc}")
    return pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))


def _summary_rows(source: Path, analyst: str | None) -> list[dict[str, object]]:
    """Count each analyst's progress on one source (the given analyst only, when given)."""
    disk, _ = read_records(verdicts_path(source))
    names = [analyst] if analyst else sorted({str(r["analyst"]) for r in disk}) or [resolve_analyst()]
    conflicts, _ = read_records(conflicts_path(verdicts_path(source)), unique=False)
    return [_summary_row(source, name, conflicts) for name in names]


def _summary_row(source: Path, analyst: str, conflicts: Sequence[Record]) -> dict[str, object]:
    """Count one analyst's progress on one source."""
    table = review_table(source, analyst)
    live = table[table["dismissed"] != "yes"]
    counts = {verdict: int((live["verdict"] == verdict).sum()) for verdict in VERDICTS}
    return {"source": str(source), "analyst": analyst, "claims": len(table), "reviewed": sum(counts.values()),
            **counts, "dismissed": int((table["dismissed"] == "yes").sum()),
            "orphans": int(table["orphan"].sum()),
            "conflicts": sum(1 for r in conflicts if r["analyst"] == analyst)}
