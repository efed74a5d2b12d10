"""Verdicts on the claims of a source text: record one, dismiss one, the review table, status.

This is the layer above the store (`claims.store`, which knows only verdict files): it reads the source
text, asks `claims.placing` where each claim is now (extractor and re-anchoring), and saves one row per
decision through `store.save_row`, in one locked write, journalled (`change_row`). Adding, correcting,
splitting and merging claims are in `claims.editing`, above this module.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import pandas as pd

from .model import (CLAIM_COLUMNS, EDITED_ORIGINS, SPEAKER_CHECKED, VERDICT_COLUMNS, VERDICTS, Source, SourceError,
                    VerdictFileError)
from .placing import claim_columns, place_claims
from .sources import load_source
from .store import table as store_table
from .store.analysts import resolve_analyst
from .store.cache import Snapshot, read_records
from .store.csvformat import Record, checked_record
from .store.paths import SUFFIX, conflicts_path, verdicts_path
from .store.table import blank_review, decision_changes, save_row, save_rows


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
    return change_row(source, claim_id, analyst, decision_changes(changes), expected=expected)


def set_dismissed(source: str | Path, claim_id: str, dismissed: bool = True,
                  analyst: str | None = None) -> pd.Series:
    """Mark an analyst's row for a claim as not a claim (or undo that); return the row as saved."""
    return change_row(source, claim_id, analyst, {"dismissed": "yes" if dismissed else ""})


def set_speaker_checked(source: str | Path, claim_id: str, checked: bool = True,
                        analyst: str | None = None) -> pd.Series:
    """Record that an analyst checked a claim's speaker and found it right (or take that back); return the row saved."""
    return change_row(source, claim_id, analyst, {"speaker_checked": SPEAKER_CHECKED if checked else ""})


def save_decision(source: str | Path, claim: Mapping[str, object], changes: Mapping[str, object],
                  analyst: str | None = None, *, expected: Sequence[Mapping[str, object]] = ()) -> pd.Series:
    """Save one analyst's whole decision on one claim in one locked write; return the row as saved.

    `claim` holds the claim's columns as the caller knows them (used, re-anchored in the current text,
    when neither the file nor the extractor knows the claim any more). `changes` are decision fields
    (verdict, note, evidence, dismissed, speaker_checked; None: keep). `expected` are versions of the row the caller
    knows are its own (last saved, or attempted): the row on disk matching one of them by its decision
    is no conflict; otherwise ConflictError is raised after saving, the other version kept.
    """
    return change_row(source, str(claim["claim_id"]), analyst, decision_changes(changes),
                       expected=list(expected), fallback=claim)


def change_row(source: str | Path, claim_id: str, analyst: str | None, changes: Mapping[str, str], *,
                expected: pd.Series | Sequence[Mapping[str, object]] | None = None,
                claim: Mapping[str, object] | None = None,
                fallback: Mapping[str, object] | None = None) -> pd.Series:
    """Set one analyst's row for one claim: its claim columns placed in the current text, merged, saved."""
    name = resolve_analyst(analyst)
    build = _row_builder(load_source(source), claim_id, name, changes, claim, fallback)
    record = save_row(verdicts_path(source), (claim_id, name), build, expected)
    return pd.Series(record, index=list(VERDICT_COLUMNS))


def change_claims(source: str | Path, analyst: str | None, claims: Sequence[Mapping[str, object]]) -> list[pd.Series]:
    """Set one analyst's rows for several claims (their claim columns, each with its `claim_id`) in one write."""
    name, text = resolve_analyst(analyst), load_source(source)
    builds = [((str(c["claim_id"]), name), _row_builder(text, str(c["claim_id"]), name, {}, c, None)) for c in claims]
    return [pd.Series(r, index=list(VERDICT_COLUMNS)) for r in save_rows(verdicts_path(source), builds)]


def _row_builder(text: Source, claim_id: str, name: str, changes: Mapping[str, str],
                 claim: Mapping[str, object] | None,
                 fallback: Mapping[str, object] | None) -> Callable[[Snapshot], Record]:
    """Return the function that builds one analyst's row for a claim from the file as read under its lock."""

    def build(disk: Snapshot) -> Record:
        """The new row, from the claim as placed now and the row on disk."""
        current = disk.find((claim_id, name))
        if claim is not None:
            columns = dict(claim)
        else:
            row = current or next((r.record for r in disk.rows if r.key[0] == claim_id), None)
            columns = claim_columns(disk.records if row is None else (), text, claim_id, fallback, row)
        return checked_record({**blank_review(name, str(columns.get("origin", "extracted"))), **(current or {}),
                               **columns, **changes, "analyst": name, "updated_at": store_table.now_utc(),
                               "source_sha256": text.sha256})
    return build


def review_table(source: str | Path, analyst: str | None = None) -> pd.DataFrame:
    """Return every claim of a source (extracted and added) with this analyst's review, in text order.

    Columns: VERDICT_COLUMNS plus `orphan` (True when a saved claim cannot be found in the changed
    text, or only among another speaker's words; such rows keep their old offsets and come last).
    Claims are placed as `placing.place_claims` says, so a verdict stays with its speaker and its
    place. Rows this analyst has not saved have empty review columns and this analyst's name.
    """
    name = resolve_analyst(analyst)
    text = load_source(source)
    disk, _ = read_records(verdicts_path(source))
    own = {r["claim_id"]: r for r in disk if r["analyst"] == name}
    mine_first = sorted((r for r in disk if r["analyst"] == name or r["origin"] not in EDITED_ORIGINS),
                        key=lambda r: r["analyst"] != name)
    rows = [_review_row(claim, own.get(str(claim["claim_id"])), name) for claim in place_claims(text, mine_first)]
    rows.sort(key=lambda r: (bool(r["orphan"]), r["start"], r["end"], r["claim_id"]))
    return pd.DataFrame(rows, columns=[*VERDICT_COLUMNS, "orphan"]).astype(
        {"start": "int64", "end": "int64", "orphan": bool})


def _review_row(claim: Record, saved: Record | None, analyst: str) -> Record:
    """Join a placed claim with this analyst's saved review of it (blank when none)."""
    origin = str(claim.get("origin", "extracted"))
    review = {c: saved[c] for c in REVIEW_PART} if saved else blank_review(analyst, origin)
    return {**claim, **review}


REVIEW_PART: tuple[str, ...] = tuple(c for c in VERDICT_COLUMNS if c not in CLAIM_COLUMNS)
"""The columns of a row that belong to the analyst's review, not to the claim."""


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
    names = [analyst] if analyst else sorted({str(r["analyst"]) for r in disk})
    if not names:
        return [_unreviewed_row(source, disk)]
    conflicts, _ = read_records(conflicts_path(verdicts_path(source)), unique=False)
    return [_summary_row(source, name, conflicts) for name in names]


def _unreviewed_row(source: Path, disk: Sequence[Record]) -> dict[str, object]:
    """A text nobody has reviewed: its claims counted, with an empty analyst (never the login name)."""
    claims = len(place_claims(load_source(source), disk))
    return {"source": str(source), "analyst": "", "claims": claims, "reviewed": 0,
            **{verdict: 0 for verdict in VERDICTS}, "dismissed": 0, "orphans": 0, "conflicts": 0}


def _summary_row(source: Path, analyst: str, conflicts: Sequence[Record]) -> dict[str, object]:
    """Count one analyst's progress on one source."""
    table = review_table(source, analyst)
    live = table[table["dismissed"] != "yes"]
    counts = {verdict: int((live["verdict"] == verdict).sum()) for verdict in VERDICTS}
    return {"source": str(source), "analyst": analyst, "claims": len(table), "reviewed": sum(counts.values()),
            **counts, "dismissed": int((table["dismissed"] == "yes").sum()),
            "orphans": int(table["orphan"].sum()),
            "conflicts": sum(1 for r in conflicts if r["analyst"] == analyst)}
