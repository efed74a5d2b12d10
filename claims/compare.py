"""Comparing analysts: verdict files found from names or patterns, grouped by source text, agreement explained.

Files are grouped by the source text their rows belong to (the `source` column), so two texts are
never merged into one agreement figure; a merged file holding several texts is split by its rows.
The bundled examples are used only when no file of yours matches, and are then marked as examples.
When an agreement figure is undefined, `undefined_reason` says why in words.
"""
from __future__ import annotations

import glob
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .adjudication import Dispute, disputes, final_path, load_final, opinions_by_claim
from .agreement import Agreement, agreement, merge_files
from .editing import edit_counts
from .model import ClaimsError
from .store import load_verdicts

SUFFIX: str = ".verdicts.csv"
OVERVIEW_COLUMNS: tuple[str, ...] = ("text", "files", "kind", "analysts", "statistic", "value",
                                     "claims reviewed by two or more", "disagreements", "settled",
                                     "corrected / added")
"""The overview's columns; `corrected / added` counts rows whose claim an analyst corrected (split, merged)
and claims analysts added."""


class CompareError(ClaimsError):
    """The files to compare cannot be found or read."""


@dataclass(frozen=True)
class Comparison:
    """One source text's analysts compared: their merged rows, agreement, why it is undefined, disputes."""

    source: str
    files: tuple[Path, ...]
    example: bool
    verdicts: pd.DataFrame
    agreement: Agreement
    reason: str
    disputes: tuple[Dispute, ...]

    @property
    def final_path(self) -> Path:
        """Where this text's settled verdicts are kept: beside its first verdict file."""
        return final_path(self.files[0].parent / self.source)


def as_patterns(patterns: str | Path | Sequence[str | Path]) -> list[str]:
    """Accept one name or pattern, or a list of them; return a list of strings."""
    if isinstance(patterns, (str, Path)):
        return [str(patterns)]
    return [str(p) for p in patterns]


def expand(patterns: str | Path | Sequence[str | Path]) -> list[Path]:
    """The verdict files (X.verdicts.csv) named by files, folders or glob patterns, sorted, each once."""
    found: list[Path] = []
    for pattern in as_patterns(patterns):
        path = Path(pattern)
        if path.is_dir():
            found += path.glob("*" + SUFFIX)
        elif glob.has_magic(pattern):
            found += (Path(p) for p in glob.glob(pattern))
        elif path.is_file():
            found.append(path)
        else:
            raise CompareError(f"{pattern}: no such verdict file or folder; check the name, or use a pattern "
                               "such as ../seeds/*.verdicts.csv")
    return sorted(dict.fromkeys(p for p in found if p.is_file() and p.name.endswith(SUFFIX)))


def source_files(source: str | Path) -> list[Path]:
    """Every analyst's verdict file beside a source text: X.verdicts.csv and X.NAME.verdicts.csv."""
    path = Path(source)
    own = path.with_name(path.stem + SUFFIX)
    named = glob.glob(glob.escape(str(path.with_name(path.stem))) + ".*" + SUFFIX)
    return sorted({Path(p) for p in named} | ({own} if own.is_file() else set()))


def files_by_source(files: Sequence[Path]) -> dict[str, list[Path]]:
    """Group files by the source texts their rows belong to (a file with two texts is in both groups)."""
    groups: dict[str, list[Path]] = {}
    for path in files:
        for source in sorted(set(load_verdicts(path)["source"])):
            groups.setdefault(str(source), []).append(path)
    return dict(sorted(groups.items()))


def undefined_reason(verdicts: pd.DataFrame) -> str:
    """Why an agreement figure is undefined, in words; "" when it can be computed."""
    opinions = opinions_by_claim(verdicts)
    analysts = sorted({o.analyst for found in opinions.values() for o in found})
    if len(analysts) < 2:
        who = f"only {analysts[0]} has" if analysts else "nobody has"
        return f"{who} reviewed claims of this text; agreement needs two analysts"
    shared = [found for found in opinions.values() if len(found) >= 2]
    if not shared:
        return f"no claim was reviewed by two analysts ({', '.join(analysts)} reviewed different claims)"
    labels = sorted({o.label for found in shared for o in found})
    if len(labels) == 1:
        return (f"every claim reviewed by two or more got the same label ({labels[0]}): the analysts agree "
                f"on all {len(shared)}, but chance agreement is total, so the statistic is undefined")
    return ""


def compare_source(source: str, files: Sequence[Path], *, example: bool = False) -> Comparison:
    """Compare the analysts of one source text over the given files."""
    merged = merge_files(list(files)).verdicts
    rows = merged[merged["source"] == source].reset_index(drop=True)
    return Comparison(source, tuple(files), example, rows, agreement(rows), undefined_reason(rows),
                      tuple(disputes(rows)))


def compare(patterns: str | Path | Sequence[str | Path],
            examples: str | Path | Sequence[str | Path] = ()) -> list[Comparison]:
    """Compare analysts per source text over your files; the examples (marked) only when none of yours match."""
    files, example = expand(patterns), False
    if not files:
        files, example = expand(examples), True
    return [compare_source(source, found, example=example) for source, found in files_by_source(files).items()]


def overview(comparisons: Sequence[Comparison]) -> pd.DataFrame:
    """One row per source text: its files, whether they are examples, the statistic and why it is undefined."""
    rows = [_overview_row(c) for c in comparisons]
    return pd.DataFrame(rows, columns=list(OVERVIEW_COLUMNS))


def _overview_row(comparison: Comparison) -> dict[str, object]:
    """The overview row of one comparison."""
    result = comparison.agreement
    value = f"{result.value:.3f}" if result.value is not None else f"undefined: {comparison.reason}"
    settled = set(load_final(comparison.final_path)["claim_id"]) & {d.claim_id for d in comparison.disputes}
    return {"text": comparison.source, "files": ", ".join(p.name for p in comparison.files),
            "kind": "bundled example" if comparison.example else "your files",
            "analysts": ", ".join(result.analysts), "statistic": result.statistic or "(needs two analysts)",
            "value": value, "claims reviewed by two or more": result.claims,
            "disagreements": len(comparison.disputes), "settled": len(settled),
            "corrected / added": "{corrected} / {added}".format(**edit_counts(comparison.verdicts["origin"]))}


def dispute_table(comparison: Comparison) -> pd.DataFrame:
    """The disagreements of one text side by side: the claim, then each analyst's label and note."""
    analysts = comparison.agreement.analysts
    rows = []
    for dispute in comparison.disputes:
        by = {o.analyst: o for o in dispute.opinions}
        row: dict[str, object] = {"claim_id": dispute.claim_id, "speaker": dispute.speaker, "claim": dispute.claim}
        for name in analysts:
            row[name] = by[name].label if name in by else ""
            row[f"{name}'s note"] = by[name].note if name in by else ""
        rows.append(row)
    columns = ["claim_id", "speaker", "claim", *[c for n in analysts for c in (n, f"{n}'s note")]]
    return pd.DataFrame(rows, columns=columns)


MERGED_COLUMNS: tuple[str, ...] = ("source", "claim_id", "analyst", "speaker", "claim", "verdict", "dismissed",
                                   "note", "evidence", "updated_at")
"""The columns of the merged table the compare view shows."""


def merged_rows(comparisons: Sequence[Comparison]) -> pd.DataFrame:
    """Every compared text's merged rows in one table, text by text, with the columns people read."""
    frames = [c.verdicts[list(MERGED_COLUMNS)] for c in comparisons]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=list(MERGED_COLUMNS))
