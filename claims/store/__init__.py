"""The verdict files: one CSV per source text, kept safe (format, parse cache, lock and atomic writes,
three-way merge, journal) and saved one table or one row at a time.

The store knows only files and rows; it never reads a source text nor runs the extractor
(`claims.verdicts` does that, above it). Each job has its module:

| module | job |
|---|---|
| `paths` | where a source's verdict, conflicts, journal and lock files are; outputs that must not be written |
| `analysts` | who is saving: the analyst's name |
| `csvformat` | the CSV format: columns, checks, formula escaping, parsing and rendering |
| `cache` | reading a file, parsed once per content (SHA-256) per process |
| `files` | the lock and atomic, fsync'ed writes |
| `merge` | the three-way merge on save, the newest-wins merge of analysts' files, the conflicts file |
| `journal` | the append-only history of every decision, recovery and rebuilding |
| `table` | the two ways in: a whole table (`save_verdicts`) or one row (`save_row`) |
"""
from .analysts import resolve_analyst
from .cache import clear_cache, load_verdicts, read_records, read_snapshot
from .csvformat import (
    analyst_problem,
    escape_cell,
    key_cell,
    parse_verdicts,
    render_verdicts,
    row_key,
    sort_records,
    unescape_cell,
    verdict_frame,
)
from .files import locked, remove_stale_temps, stale_temps, write_atomic
from .journal import earlier_notes, history, read_journal, validate_verdicts
from .merge import clear_conflicts, remove_row, row_conflicts
from .paths import check_output, conflicts_path, journal_path, lock_path, real_path, verdicts_path
from .table import Rebuilt, rebuild_verdicts, save_row, save_verdicts

__all__ = [
    "Rebuilt",
    "earlier_notes",
    "history",
    "journal_path",
    "read_journal",
    "rebuild_verdicts",
    "analyst_problem",
    "check_output",
    "clear_conflicts",
    "clear_cache",
    "conflicts_path",
    "escape_cell",
    "key_cell",
    "load_verdicts",
    "lock_path",
    "locked",
    "parse_verdicts",
    "read_records",
    "read_snapshot",
    "real_path",
    "remove_stale_temps",
    "remove_row",
    "render_verdicts",
    "resolve_analyst",
    "row_conflicts",
    "row_key",
    "save_row",
    "save_verdicts",
    "sort_records",
    "stale_temps",
    "unescape_cell",
    "validate_verdicts",
    "verdict_frame",
    "verdicts_path",
    "write_atomic",
]
