"""Settling analysts' disagreements into final verdicts, recorded with who settled them and when.

The final verdicts of a source text `X.txt` live in `X.final.csv` beside the analysts' verdict files,
in the verdict CSV format (same columns, escaping, atomic save and lock, written with
`store.save_verdicts`). One row per settled claim: `analyst` is the reviewer who settled it,
`updated_at` when, `verdict` the final verdict (or `dismissed` = `yes` for "not a claim"), `note` the
reviewer's reasoning (by default the notes of the analysts whose verdict was chosen), `evidence` the
evidence those analysts cited. Settling a claim again replaces the reviewer's earlier settlement.

`final_table` gives one row per claim for reports and exports, with a `status` column:
`settled` (a reviewer's verdict), `agreed` (every analyst who judged it gave the same label; the row
of the latest of them), `open` (a disagreement nobody settled yet: no verdict) or `not reviewed`.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .model import CLAIM_COLUMNS, ORIGINAL_COLUMNS, VERDICT_COLUMNS, VERDICTS, VerdictError
from .store import load_verdicts, resolve_analyst, save_verdicts
from .states import DISMISSED_LABEL
from .store.csvformat import now_utc
from .store.paths import FINAL_SUFFIX

LABELS: tuple[str, ...] = VERDICTS + (DISMISSED_LABEL,)
STATUSES: tuple[str, ...] = ("settled", "agreed", "open", "not reviewed")
"""Where a claim's final verdict comes from, in `final_table`'s `status` column."""


class SettleError(VerdictError):
    """A settlement cannot be recorded: unknown claim, unknown verdict, or a bad reviewer name."""


@dataclass(frozen=True)
class Opinion:
    """One analyst's judgement of a claim: label, note, evidence and when."""

    analyst: str
    label: str
    note: str
    evidence: str
    updated_at: str


@dataclass(frozen=True)
class Dispute:
    """A claim the analysts labelled differently, with every analyst's opinion side by side."""

    claim_id: str
    source: str
    speaker: str
    claim: str
    opinions: tuple[Opinion, ...]


def records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """A table's rows as plain dicts keyed by column name."""
    return [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")]


def final_path(source: str | Path) -> Path:
    """Return where a source's final verdicts live: seeds/X.txt -> seeds/X.final.csv."""
    path = Path(source)
    return path.with_name(path.stem + FINAL_SUFFIX)


def label_of(row: Mapping[str, object]) -> str:
    """A row's label: 'not a claim' when dismissed, else its verdict ('' when not reviewed)."""
    return DISMISSED_LABEL if row["dismissed"] == "yes" else str(row["verdict"])


def opinions_by_claim(verdicts: pd.DataFrame) -> dict[str, list[Opinion]]:
    """Return {claim_id: [Opinion, ...]} of the reviewed rows, analysts in name order."""
    found: dict[str, list[Opinion]] = {}
    for row in records(verdicts.sort_values("analyst", kind="stable")):
        if label_of(row):
            found.setdefault(str(row["claim_id"]), []).append(Opinion(
                str(row["analyst"]), label_of(row), str(row["note"]), str(row["evidence"]), str(row["updated_at"])))
    return found


def disputes(verdicts: pd.DataFrame) -> list[Dispute]:
    """Return the claims two or more analysts labelled differently, in text order."""
    opinions = opinions_by_claim(verdicts)
    claims = verdicts.sort_values(["source", "start", "end", "claim_id"], kind="stable").drop_duplicates("claim_id")
    return [Dispute(str(r["claim_id"]), str(r["source"]), str(r["speaker"]), str(r["claim"]),
                    tuple(opinions[str(r["claim_id"])]))
            for r in records(claims)
            if len({o.label for o in opinions.get(str(r["claim_id"]), [])}) > 1]


def load_final(path: str | Path) -> pd.DataFrame:
    """Read a final-verdicts file; an empty table (VERDICT_COLUMNS) when there is none yet."""
    path = Path(path)
    if not path.exists():
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("start", "end") else "object")
                             for c in VERDICT_COLUMNS})
    return load_verdicts(path)


def check_label(label: str) -> None:
    """Raise SettleError when a final verdict is not one of LABELS."""
    if label not in LABELS:
        raise SettleError(f"final verdict {label!r} is not one of {', '.join(LABELS)}; pick one of those")


def settlement_row(verdicts: pd.DataFrame, claim_id: str, label: str, *, reviewer: str, note: str = "",
                   at: str | None = None) -> dict[str, object]:
    """Build the final row of one claim: its claim columns, the chosen label, the reviewer and the time."""
    check_label(label)
    rows = records(verdicts[verdicts["claim_id"] == claim_id])
    if not rows:
        raise SettleError(f"claim {claim_id!r} is in none of the analysts' files; copy its id from the "
                          "disagreements list")
    chosen = [r for r in rows if label_of(r) == label]
    return {**{c: rows[0][c] for c in CLAIM_COLUMNS},
            "verdict": "" if label == DISMISSED_LABEL else label,
            "note": note.strip() or _joined(chosen, "note"), "evidence": _joined(chosen, "evidence"),
            "analyst": reviewer, "updated_at": at or now_utc(), "source_sha256": rows[0]["source_sha256"],
            "origin": rows[0]["origin"], "dismissed": "yes" if label == DISMISSED_LABEL else "",
            **{c: rows[0].get(c, "") for c in ORIGINAL_COLUMNS}, "speaker_checked": ""}


def _joined(rows: Sequence[Mapping[str, object]], column: str) -> str:
    """The distinct non-empty values of one column, one per line, in the rows' order."""
    return "\n".join(dict.fromkeys(str(r[column]) for r in rows if str(r[column]).strip()))


def settle(verdicts: pd.DataFrame, claim_id: str, label: str, *, path: str | Path, reviewer: str | None = None,
           note: str = "") -> dict[str, object]:
    """Record a reviewer's final verdict on one claim in the final file (atomic, locked); return the row."""
    check_label(label)
    try:
        name = resolve_analyst(reviewer)
    except VerdictError as exc:
        raise SettleError(str(exc).replace("analyst name", "reviewer name")) from None
    row = settlement_row(verdicts, claim_id, label, reviewer=name, note=note)
    table = load_final(path)
    others = table[~((table["claim_id"] == claim_id) & (table["analyst"] == name))]
    updated = pd.concat([others, pd.DataFrame([row])], ignore_index=True)[list(VERDICT_COLUMNS)]
    save_verdicts(updated, path, base=table)  # what was read: the store sees a change, not a conflict
    return row


def latest_settlements(final: pd.DataFrame) -> dict[str, dict[str, object]]:
    """Return {claim_id: row} of the latest settlement of each claim (several reviewers: the latest wins)."""
    ordered = records(final.sort_values(["updated_at", "analyst"], kind="stable"))
    return {str(r["claim_id"]): r for r in ordered}


def final_table(verdicts: pd.DataFrame, final: pd.DataFrame) -> pd.DataFrame:
    """One row per claim: the settlement, else the agreed verdict, else an open or unreviewed row; plus `status`."""
    settled = latest_settlements(final)
    opinions = opinions_by_claim(verdicts)
    rows = []
    for claim_id, group in verdicts.groupby("claim_id", sort=False):
        rows.append(_final_row(records(group), settled.get(str(claim_id)), opinions.get(str(claim_id), [])))
    rows += [{**r, "status": "settled"} for c, r in settled.items() if c not in set(verdicts["claim_id"])]
    frame = pd.DataFrame(rows, columns=[*VERDICT_COLUMNS, "status"])
    return frame.sort_values(["source", "start", "end", "claim_id"], kind="stable").reset_index(drop=True)


def _final_row(rows: list[dict[str, object]], settled: dict[str, object] | None,
               opinions: Sequence[Opinion]) -> dict[str, object]:
    """The final row of one claim from its analysts' rows, its settlement and its opinions."""
    if settled is not None:
        return {**settled, "status": "settled"}
    labels = {o.label for o in opinions}
    if len(labels) == 1:
        latest = max((r for r in rows if label_of(r)), key=lambda r: (str(r["updated_at"]), str(r["analyst"])))
        return {**latest, "status": "agreed"}
    blank = {"verdict": "", "note": "", "evidence": "", "dismissed": "", "updated_at": ""}
    return {**rows[0], **blank, "analyst": "", "status": "open" if labels else "not reviewed"}
