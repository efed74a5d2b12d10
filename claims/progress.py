"""Progress across the source texts of a folder: quick from the verdict files alone, complete on request.

`text_progress` is what the app's first screen needs: it reads only the verdict CSVs (and the number of
claims of the texts extracted before, from a cache keyed on each file's size and time), so opening a folder
of hundreds of texts extracts none of them. `overview` adds every text's claims, orphans and conflicts,
per text and per analyst, extracting the texts not seen yet (once: the counts are cached).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .extract import extract_claims
from .model import VERDICTS, ClaimsError, VerdictFileError
from .store import load_verdicts, verdicts_path
from .verdicts import source_paths, summarise

PROGRESS_COLUMNS: tuple[str, ...] = ("text", "path", "claims", "reviewed", *VERDICTS, "dismissed", "analysts",
                                     "problem")
"""The columns of `text_progress`: one row per source text, every analyst's verdicts together."""
OVERVIEW_COLUMNS: tuple[str, ...] = ("text", "analyst", "claims", "reviewed", *VERDICTS, "dismissed", "orphans",
                                     "conflicts")
"""The columns of `overview`: one row per source text and analyst."""

CLAIM_COUNTS: dict[str, tuple[tuple[int, int], int]] = {}
"""path -> ((size, mtime_ns), number of extracted claims): texts extracted in this process."""


class FolderError(ClaimsError):
    """The folder of source texts is missing or is not a folder."""


def texts_in(folder: str | Path) -> list[Path]:
    """The source texts (*.txt) of a folder, sorted by name; FolderError when there is no such folder."""
    if not Path(folder).is_dir():
        raise FolderError(f"{folder}: no such folder; give the folder that holds the source texts (.txt)")
    return source_paths([Path(folder)])


def _stamp(path: Path) -> tuple[int, int]:
    """A file's (size, modification time in ns): changes whenever the file is rewritten."""
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def known_claim_count(path: Path) -> int | None:
    """The number of claims of a text extracted before in this process (and unchanged since), else None."""
    cached = CLAIM_COUNTS.get(str(path))
    return cached[1] if cached and cached[0] == _stamp(path) else None


def remember_claim_count(path: Path, count: int) -> None:
    """Remember how many claims a text has (the app calls it when it opens a text)."""
    CLAIM_COUNTS[str(path)] = (_stamp(path), count)


def claim_count(path: Path) -> int:
    """The number of claims extracted from a text: from the cache, else extracted once and cached."""
    known = known_claim_count(path)
    if known is None:
        known = len(extract_claims(path))
        remember_claim_count(path, known)
    return known


def _verdict_rows(path: Path) -> tuple[pd.DataFrame | None, str]:
    """The text's verdict rows (None when it has no verdict file) and any problem reading them."""
    csv = verdicts_path(path)
    if not csv.exists():
        return None, ""
    try:
        return load_verdicts(csv), ""
    except VerdictFileError as exc:
        return None, str(exc)


def progress_row(path: Path, extract: bool = False, analyst: str | None = None) -> dict[str, object]:
    """One text's progress from its verdict file: one analyst's verdicts, or (None) every analyst's together."""
    rows, problem = _verdict_rows(path)
    if rows is not None and analyst is not None:
        rows = rows[rows["analyst"] == analyst]
    claims = claim_count(path) if extract else known_claim_count(path)
    counts = {verdict: 0 for verdict in VERDICTS}
    dismissed, analysts = 0, ""
    if rows is not None and len(rows):
        live = rows[rows["dismissed"] != "yes"]
        counts = {verdict: int(live["verdict"].eq(verdict).sum()) for verdict in VERDICTS}
        dismissed = int(rows["dismissed"].eq("yes").sum())
        analysts = ", ".join(sorted({str(name) for name in rows["analyst"] if name}))
    return {"text": path.name, "path": str(path), "claims": claims, "reviewed": sum(counts.values()), **counts,
            "dismissed": dismissed, "analysts": analysts, "problem": problem}


def text_progress(folder: str | Path, extract: bool = False, analyst: str | None = None) -> pd.DataFrame:
    """Per source text: claims (None until extracted, unless `extract`), reviewed, each verdict, dismissed, analysts.

    Reads only the verdict files unless `extract`; counts one analyst's verdicts when `analyst` is given.
    """
    rows = [progress_row(path, extract, analyst) for path in texts_in(folder)]
    frame = pd.DataFrame(rows, columns=list(PROGRESS_COLUMNS))
    frame["claims"] = frame["claims"].astype("Int64")
    return frame


def overview(folder: str | Path, analyst: str | None = None) -> pd.DataFrame:
    """Per source text and analyst: claims, reviewed, each verdict, dismissed, orphans and conflicts.

    A text nobody has reviewed yet has one row with an empty analyst. Texts are extracted once per process.
    """
    rows: list[dict[str, object]] = []
    for path in texts_in(folder):
        verdicts, _ = _verdict_rows(path)
        names = sorted({str(n) for n in verdicts["analyst"] if n}) if verdicts is not None else []
        rows += _analyst_rows(path, analyst) if names or analyst else [_unreviewed_row(path)]
    return pd.DataFrame(rows, columns=list(OVERVIEW_COLUMNS))


def _analyst_rows(path: Path, analyst: str | None) -> list[dict[str, object]]:
    """One row per analyst of one text (only `analyst`, when given), counted by the verdict store."""
    table = summarise([path], analyst=analyst)
    remember_claim_count(path, int(table["claims"].max()) if len(table) else 0)
    table = table.assign(text=path.name)
    return [{str(k): v for k, v in row.items()} for row in table[list(OVERVIEW_COLUMNS)].to_dict("records")]


def _unreviewed_row(path: Path) -> dict[str, object]:
    """The row of a text nobody has reviewed: its claims, all zero otherwise."""
    zeros = {column: 0 for column in OVERVIEW_COLUMNS[3:]}
    return {**zeros, "text": path.name, "analyst": "", "claims": claim_count(path)}


def totals(frame: pd.DataFrame) -> dict[str, int]:
    """The sums of an overview's or a progress table's count columns (claims counted once per text)."""
    counted = [c for c in ("reviewed", *VERDICTS, "dismissed", "orphans", "conflicts") if c in frame]
    claims = frame.drop_duplicates("text")["claims"].fillna(0)
    return {"texts": int(frame["text"].nunique()), "claims": int(claims.sum()),
            **{column: int(frame[column].sum()) for column in counted}}
