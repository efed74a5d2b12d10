"""The verdict CSV format: columns, checks of each cell, formula escaping, parsing and rendering.

File format
-----------
For a source text `seeds/X.txt` the verdicts live in `seeds/X.verdicts.csv`, one row per claim and
analyst, with the columns of `model.VERDICT_COLUMNS` in this order:

    claim_id, source, speaker, claim, quote, start, end,
    verdict, note, evidence, analyst, updated_at, source_sha256, origin, dismissed,
    original_speaker, original_claim, original_quote, speaker_checked

* `start`, `end`: where the quote is in the source text, as 0-based Python code-point offsets
  (`end` excluded), so `text[start:end] == quote` in the text whose SHA-256 is `source_sha256`.
* `verdict`: empty (not reviewed yet) or one of `supported`, `disputed`, `unverified`.
* `updated_at`: ISO 8601 in UTC to the second, `2026-11-22T15:47:13Z`.
* `source_sha256`: the SHA-256 of the source file's bytes when the row was saved.
* `origin`: `extracted` (found by the extractor) or `added` (pasted by an analyst).
* `dismissed`: `yes` when the analyst marked the row as not a claim, else empty.
* `original_speaker`, `original_claim`, `original_quote`: the extractor's version of a claim an
  analyst corrected, split or merged (empty otherwise).
* `speaker_checked`: `yes` when the analyst checked the extractor's speaker and found it right, else
  empty. Files of earlier releases without the last three or four columns are read as if those
  cells were empty, and the next save writes every column.
* Rows are sorted by `start`, `end`, `claim_id`, `analyst`, so a file diffs cleanly in git; a claim
  and analyst pair occurs at most once.
* UTF-8 with a byte-order mark (Excel reads UTF-8 without one as Windows-1252); files are read with
  or without it. RFC 4180 quoting (only fields that need it are quoted) and `\\r\\n` line ends; a
  newline of any kind inside a note is kept exactly as it is, inside the quotes. Blank lines and
  rows of empty cells (which spreadsheets sometimes add) are skipped when reading.
* Key cells edited by hand are normalised when read and saved: outer spaces are dropped and Excel's
  `="c12"` becomes `c12`, so they name the same claim and analyst (a second row for the same pair is
  then reported with its line). A cell of any size is read; an offset cell holds at most 18 digits.

Formula escaping
----------------
A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, tab, CR or LF (or the full-width
`＝ ＋ － ＠` and small `﹦ ﹢ ﹣ ﹫` forms) as a formula (OWASP "CSV injection"). Every text cell
that starts with one of these characters, or with an apostrophe `'`, is written with one extra
apostrophe in front; reading removes exactly one leading apostrophe from every text cell that has
one. So `=1+1` is stored as `'=1+1`, `'quoted'` as `''quoted'`, and reading back gives the original
text: fifty save/load cycles change nothing. Someone editing the file by hand should know that a
text cell starting with an apostrophe loses that one apostrophe when read.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from ..model import (CORRECTED_COLUMNS, LEGACY_COLUMNS, OPTIONAL_COLUMNS, ORIGINS, SPEAKER_CHECKED, VERDICT_COLUMNS,
                     VERDICTS, VerdictError, VerdictFileError, verdict_problem)


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
DECISION_COLUMNS: tuple[str, ...] = ("verdict", "note", "evidence", "updated_at", "dismissed", "speaker_checked")
"""What a conflict is about: two versions of one analyst's row differ in one of these."""


HEADERS: tuple[list[str], ...] = (list(VERDICT_COLUMNS), list(CORRECTED_COLUMNS), list(LEGACY_COLUMNS))
"""The headers a verdict file may have: this release's, and those of the releases before (read unchanged)."""


DERIVED_COLUMNS: tuple[str, ...] = ("orphan", "speaker_kind", "cue", "speaker_confidence")
"""Columns review_table adds that are not saved; save_verdicts accepts and ignores them."""


DISMISSED_VALUES: tuple[str, ...] = ("", "yes")
CHECKED_VALUES: tuple[str, ...] = ("", SPEAKER_CHECKED)
TIMESTAMP_FORMAT: str = "%Y-%m-%dT%H:%M:%SZ"


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


def now_utc() -> str:
    """Return the current time as ISO 8601 UTC to the second, e.g. 2026-11-22T15:47:13Z."""
    return datetime.now(timezone.utc).strftime(TIMESTAMP_FORMAT)


def escape_cell(value: str) -> str:
    """Neutralise a text cell for spreadsheets, reversibly: a leading apostrophe where needed."""
    if value and (value[0] in FORMULA_STARTS or value[0] == ESCAPE):
        return ESCAPE + value
    return value


def escaped_frame(table: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of a table for a CSV people open in a spreadsheet: every text cell escaped (escape_cell)."""
    return table.map(lambda value: escape_cell(value) if isinstance(value, str) else value)


def unescape_cell(value: str) -> str:
    """Undo escape_cell: drop one leading apostrophe."""
    return value[1:] if value.startswith(ESCAPE) else value


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


def show_value(value: object, limit: int = 40) -> str:
    """Quote a value for an error message, shortened, with control characters made visible."""
    text = str(value)
    return repr(text if len(text) <= limit else text[:limit] + "…")


def analyst_problem(name: str) -> str:
    """Return what is wrong with an analyst name, or "" when it is fine."""
    if not name.strip():
        return "is empty"
    if any(unicodedata.category(char) in ("Cc", "Zl", "Zp") for char in name):
        return "contains a control character or line break"
    if any(unicodedata.category(char) == "Cf" for char in name):
        return ("contains an invisible formatting character (such as a zero-width space or a direction mark)")
    return ""


def row_problems(cells: Mapping[str, str]) -> list[str]:
    """Return what is wrong with one row's cells (all text, unescaped); empty when fine."""
    problems = []
    if not cells["claim_id"].strip():
        problems.append("claim_id is empty")
    problems += _offset_problems(cells["start"], cells["end"])
    if verdict_problem(cells["verdict"]):
        problems.append(verdict_problem(cells["verdict"]))
    if analyst_problem(cells["analyst"]):
        problems.append(f"analyst {show_value(cells['analyst'])} {analyst_problem(cells['analyst'])}")
    if cells["updated_at"] and not is_timestamp(cells["updated_at"]):
        problems.append(f"updated_at {show_value(cells['updated_at'])} is not an ISO 8601 UTC time "
                        "like 2026-11-22T15:47:13Z")
    if cells["source_sha256"] and not _SHA256.fullmatch(cells["source_sha256"]):
        problems.append(f"source_sha256 {show_value(cells['source_sha256'])} is not 64 lower-case hex digits")
    if cells["origin"] not in ORIGINS:
        problems.append(f"origin {show_value(cells['origin'])} is not one of {', '.join(ORIGINS)}")
    if cells["dismissed"] not in DISMISSED_VALUES:
        problems.append(f"dismissed {show_value(cells['dismissed'])} is not 'yes' or empty")
    if cells["speaker_checked"] not in CHECKED_VALUES:
        problems.append(f"speaker_checked {show_value(cells['speaker_checked'])} is not 'yes' (the analyst found "
                        "the speaker right) or empty")
    return problems


def _offset_problems(start: str, end: str) -> list[str]:
    """Return what is wrong with the start and end cells: whole numbers, end not before start."""
    problems = [f"{name} {show_value(value)} is not a whole number of characters"
                for name, value in (("start", start), ("end", end)) if not _DIGITS.fullmatch(value)]
    if not problems and int(end) < int(start):
        problems.append(f"end {end} is before start {start}")
    return problems


def is_timestamp(value: str) -> bool:
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
    found = _EXCEL_TEXT.fullmatch(value.strip())
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
    if fields in HEADERS:
        return ""
    if len(fields) == 1 and (";" in fields[0] or "\t" in fields[0]):
        separator = "';'" if ";" in fields[0] else "tabs"
        return f"columns are separated by {separator}, not commas; save it as 'CSV UTF-8 (comma delimited)'"
    missing = [c for c in LEGACY_COLUMNS if c not in fields]
    extra = [f for f in fields if f not in VERDICT_COLUMNS]
    parts = []
    if missing:
        parts.append("missing column(s) " + ", ".join(missing))
    if extra:
        parts.append("unexpected column(s) " + ", ".join(show_value(f) for f in extra))
    if not parts:
        parts.append("columns are out of order or repeated")
    return "; ".join(parts) + f"; the header must be: {','.join(VERDICT_COLUMNS)}"


def _check_header(text: str, path: Path) -> None:
    """Raise VerdictFileError at line 1 for a wrong header before any row is parsed (';' breaks later quoting)."""
    start = next(iter(csv.reader(io.StringIO(text.partition("\n")[0].rstrip("\r"), newline=""))), None)
    if not start:
        return
    problem = _header_problem(start)
    if problem:
        raise VerdictFileError(f"{path} line 1: {problem}")


class Row(NamedTuple):
    """One row of a verdict file, parsed once: its place in the order, its key, its record and its CSV line."""

    order: tuple
    key: Key
    record: Record
    line: bytes | None
    """The row as the file holds it (formula-escaped, quoted, CRLF, UTF-8); None until rendered."""


def make_row(record: Record, line: bytes | None = None) -> Row:
    """Wrap a checked record as a Row (its line rendered later, when not given)."""
    return Row(order_key(record), row_key(record), record, line)


_COLUMN_AT: dict[str, int] = {column: at for at, column in enumerate(VERDICT_COLUMNS)}
_ORDER_OF_VALUES = itemgetter(*(_COLUMN_AT[column] for column in ORDER_COLUMNS))


_CHECKED_VALUES = itemgetter(*(_COLUMN_AT[column] for column in (
    "claim_id", "start", "end", "verdict", "analyst", "updated_at", "source_sha256", "origin", "dismissed",
    "speaker_checked")))


_FINE_VERDICTS: frozenset[str] = frozenset(("",) + VERDICTS)
_FINE_ORIGINS: frozenset[str] = frozenset(ORIGINS)


_FINE_DISMISSED: frozenset[str] = frozenset(DISMISSED_VALUES)
_FINE_CHECKED: frozenset[str] = frozenset(CHECKED_VALUES)
Known = tuple[set[str], set[str], set[str]]
"""Analyst names, times and digests already found fine in one file (they repeat from row to row)."""


def looks_fine(values: Sequence[str], known: Known) -> bool:
    """Tell quickly whether row_problems finds nothing in a row's unescaped values (in VERDICT_COLUMNS order).

    False means "ask row_problems", which says what is wrong.
    """
    claim_id, start, end, verdict, analyst, updated_at, sha256, origin, dismissed, checked = _CHECKED_VALUES(values)
    if not (claim_id.strip() and start.isascii() and start.isdigit() and end.isascii() and end.isdigit()
            and len(start) <= MAX_DIGITS and len(end) <= MAX_DIGITS and verdict in _FINE_VERDICTS and origin in _FINE_ORIGINS and dismissed in _FINE_DISMISSED
            and checked in _FINE_CHECKED and int(end) >= int(start)):
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
    return not value or is_timestamp(value)


def _fine_sha256(value: str) -> bool:
    """Tell whether a source_sha256 cell is empty or 64 lower-case hex digits."""
    return not value or _SHA256.fullmatch(value) is not None


def parse_verdicts(data: bytes, path: str | Path, *, unique: bool = True) -> tuple[list[Record], list[str]]:
    """Parse a verdict file's bytes into records and a list of 'FILE line N: problem' messages."""
    rows, problems = parse_rows(data, Path(path), unique)
    return [row.record for row in rows], problems


def parse_rows(data: bytes, path: Path, unique: bool) -> tuple[list[Row], list[str]]:
    """Parse a verdict file's bytes into Rows (file order) and 'FILE line N: problem' messages."""
    text = _decode(data, path)
    _check_header(text, path)
    lines = _csv_rows(text, path)
    if not lines:
        raise VerdictFileError(f"{path}: is empty, with no header line; delete it if it should hold no "
                               "verdicts, or restore it from a backup or git")
    header_line, header = lines[0]
    problem = _header_problem(header)
    if problem:
        raise VerdictFileError(f"{path} line {header_line}: {problem}")
    rows: list[Row] = []
    problems: list[str] = []
    seen: dict[Key, int] = {}
    known: Known = (set(), set(), set())
    width, analyst_at = len(header), _COLUMN_AT["analyst"]
    padding = [""] * (len(VERDICT_COLUMNS) - width)
    start_at, end_at = _COLUMN_AT["start"], _COLUMN_AT["end"]
    for line, fields in lines[1:]:
        if not any(fields):
            continue
        if len(fields) != width:
            problems.append(f"{path} line {line}: has {len(fields)} fields, expected {width} "
                            "(a comma or quote out of place?)")
            continue
        values: list = [field[1:] if field[:1] == ESCAPE else field for field in fields] + padding
        values[0], values[analyst_at] = key_cell(values[0]), key_cell(values[analyst_at])
        found = [] if looks_fine(values, known) else row_problems(dict(zip(VERDICT_COLUMNS, values)))
        key = (values[0], values[analyst_at])
        if unique and not found and key in seen:
            found = [f"claim {show_value(key[0])} by analyst {show_value(key[1])} is already on line {seen[key]}; "
                     "keep one of the two rows"]
        if found:
            problems += [f"{path} line {line}: {message}" for message in found]
            continue
        values[start_at], values[end_at] = int(values[start_at]), int(values[end_at])
        seen.setdefault(key, line)
        rows.append(Row(_ORDER_OF_VALUES(values), key, dict(zip(VERDICT_COLUMNS, values)), None))
    return rows, problems


def render_verdicts(records: Iterable[Mapping[str, object]]) -> bytes:
    """Write rows as the file's bytes: BOM, header, RFC 4180 quoting, CRLF, formula-escaped text."""
    return HEAD + b"".join(render_lines(records))


def render_lines(records: Iterable[Mapping[str, object]]) -> list[bytes]:
    """Write each row as its line of the file: formula-escaped, RFC 4180 quoted, CRLF, UTF-8."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator=LINE_END)
    is_int = [column in INT_COLUMNS for column in VERDICT_COLUMNS]
    sizes = [writer.writerow([record[c] if whole else escape_cell(str(record.get(c, "")))
                              for c, whole in zip(VERDICT_COLUMNS, is_int)])
             for record in records]
    text, lines, at = buffer.getvalue(), [], 0
    for size in sizes:  # writerow returns what StringIO.write returns: the characters written
        lines.append(text[at:at + size].encode("utf-8"))
        at += size
    return lines


HEAD: bytes = (BOM + ",".join(VERDICT_COLUMNS) + LINE_END).encode("utf-8")
"""The start of every verdict file: the byte-order mark and the header line (no column name needs quoting)."""


def frame_records(frame: pd.DataFrame) -> list[Record]:
    """Check a caller's table and return its rows as records, or raise VerdictError saying what is wrong."""
    frame = with_optional_columns(frame)
    missing = [c for c in VERDICT_COLUMNS if c not in frame.columns]
    extra = [str(c) for c in frame.columns if c not in VERDICT_COLUMNS and c not in DERIVED_COLUMNS]
    if missing or extra:
        said = ([f"missing: {', '.join(missing)}"] if missing else []) + ([f"unexpected: {', '.join(extra)}"] if extra else [])
        raise VerdictError(f"a verdict table needs exactly the columns {', '.join(VERDICT_COLUMNS)}; " + "; ".join(said))
    records: list[Record] = []
    problems: list[str] = []
    seen: dict[Key, int] = {}
    for number, raw in enumerate(table_records(frame[list(VERDICT_COLUMNS)]), start=1):
        cells, found = cells_of(raw)
        found = found or row_problems(cells)
        key = row_key(cells)
        if not found and key in seen:
            found = [f"claim {show_value(key[0])} by analyst {show_value(key[1])} is also in row {seen[key]}"]
        problems += [f"row {number}: {message}" for message in found]
        seen.setdefault(key, number)
        records.append(_record(cells) if not found else {})
    if problems:
        raise VerdictError("cannot save this verdict table: " + "; ".join(problems[:5])
                           + (f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""))
    return records


def with_optional_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a table with the OPTIONAL_COLUMNS it lacks added empty (a table of an earlier release)."""
    lacking = [c for c in OPTIONAL_COLUMNS if c not in frame.columns]
    return frame.assign(**{c: "" for c in lacking}) if lacking else frame


def cells_of(raw: Mapping[str, object]) -> tuple[dict[str, str], list[str]]:
    """Turn one row of a caller's table into text cells; report values that cannot be stored."""
    cells, problems = {}, []
    for column in VERDICT_COLUMNS:
        value = raw[column] if column not in OPTIONAL_COLUMNS else raw.get(column, "")
        if column in INT_COLUMNS:
            cells[column], problem = _offset_text(value)
        else:
            cells[column], problem = text_cell(value)
            if column in KEY_CELLS and not problem:
                cells[column] = key_cell(cells[column])
        if problem:
            problems.append(f"{column} {problem}")
    return cells, problems


def _offset_text(value: object) -> tuple[str, str]:
    """Return an offset as digits, or a problem when it is not a whole number."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) and not hasattr(value, "__index__"):
        return str(value), f"{show_value(value)} is not a whole number"
    if isinstance(value, float) and not value.is_integer():
        return str(value), f"{show_value(value)} is not a whole number"
    return str(int(value)), ""


def _is_missing(value: object) -> bool:
    """Tell whether a table cell is missing (NaN, None, pd.NA, NaT)."""
    return value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value)


def table_records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """Return a table's rows as records keyed by column name."""
    return [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")]


def text_cell(value: object) -> tuple[str, str]:
    """Return a text cell ("" for missing values), or a problem when it cannot be stored."""
    if value is None or (not isinstance(value, str) and _is_missing(value)):
        return "", ""
    if not isinstance(value, str):
        return str(value), f"{show_value(value)} is not text"
    if "\x00" in value:
        return value, "contains a NUL character, which a CSV cannot hold"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value, "contains a character that cannot be written as UTF-8 (a lone surrogate)"
    return value, ""


def checked_record(row: Mapping[str, object]) -> Record:
    """Return a row as a record, or raise VerdictError saying which value cannot be stored."""
    cells, problems = cells_of(row)
    problems = problems or row_problems(cells)
    if problems:
        raise VerdictError("cannot save this row: " + "; ".join(problems))
    return _record(cells)
