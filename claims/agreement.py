"""Merging several analysts' verdict files, and how far the analysts agree.

Merging is a union of rows keyed by (claim_id, analyst). When files hold different versions of one
analyst's row, the latest `updated_at` wins, ties broken by the row's content, so the result does not
depend on the order of the files and merging again changes nothing. The versions that lost are
returned (and written beside the output as OUT.conflicts.csv by `write_merged`): nothing is dropped.

Agreement is measured on each claim's label per analyst: the verdict, or `not a claim` when the
analyst dismissed the row; rows not reviewed are left out. Two analysts: Cohen's kappa
(scikit-learn). Three or more: Krippendorff's alpha for nominal data (the `krippendorff` package),
which allows claims that not everyone reviewed. Every pair also gets its own kappa and the count of
claims both reviewed. A statistic is None when it is undefined: fewer than two analysts, no claim
reviewed by two of them, or every label the same (chance agreement is then total).
"""
from __future__ import annotations

import itertools
import math
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .model import VERDICTS, VerdictError
from .states import DISMISSED_LABEL
from .store import check_output, locked, read_records, sort_records, verdict_frame
from .store.merge import merge_into_file, merge_versions, unique_records


LABELS: tuple[str, ...] = VERDICTS + (DISMISSED_LABEL,)
PAIR_COLUMNS: tuple[str, ...] = ("analyst_a", "analyst_b", "both_reviewed", "agreed", "kappa")


@dataclass(frozen=True)
class Merged:
    """The rows kept by a merge and the older versions they replaced."""

    verdicts: pd.DataFrame
    superseded: pd.DataFrame


@dataclass(frozen=True)
class Agreement:
    """Agreement between analysts: the overall statistic, each pair's, and the claims in dispute."""

    analysts: tuple[str, ...]
    statistic: str
    value: float | None
    claims: int
    pairs: pd.DataFrame
    disagreements: pd.DataFrame


def merge_files(paths: Sequence[str | Path]) -> Merged:
    """Merge verdict files (each must parse; VerdictFileError names the bad file and line)."""
    if not paths:
        raise VerdictError("name at least one verdict file to merge")
    kept, older = merge_versions(read_records(Path(p))[0] for p in paths)
    return Merged(verdict_frame(kept), verdict_frame(older))


def write_merged(paths: Sequence[str | Path], out: str | Path) -> Merged:
    """Merge files into out under its lock (an existing out is merged in, never clobbered); keep older versions.

    The store's one merge (`store.merge`), with no base: the newer version of each row wins.
    """
    out = check_output(out, paths, verdicts=True)
    groups = [read_records(Path(p))[0] for p in paths]
    with locked(out):
        kept, older = merge_into_file(out, [record for records in groups for record in records], None)
    return Merged(verdict_frame(sort_records(kept)), verdict_frame(unique_records(older)))


def labels_by_claim(verdicts: pd.DataFrame) -> dict[str, dict[str, str]]:
    """Return {claim_id: {analyst: label}} for reviewed rows; dismissed rows are labelled 'not a claim'."""
    found: dict[str, dict[str, str]] = {}
    for row in verdicts.to_dict("records"):
        label = DISMISSED_LABEL if row["dismissed"] == "yes" else str(row["verdict"])
        if label:
            found.setdefault(str(row["claim_id"]), {})[str(row["analyst"])] = label
    return found


def pair_agreement(labels: Mapping[str, Mapping[str, str]], first: str, second: str) -> dict[str, object]:
    """Return one pair's claims both reviewed, how many they agree on, and Cohen's kappa (None if undefined)."""
    both = [(by[first], by[second]) for by in labels.values() if first in by and second in by]
    agreed = sum(a == b for a, b in both)
    return {"analyst_a": first, "analyst_b": second, "both_reviewed": len(both), "agreed": agreed,
            "kappa": cohen_kappa([a for a, _ in both], [b for _, b in both])}


def cohen_kappa(first: Sequence[str], second: Sequence[str]) -> float | None:
    """Cohen's kappa of two label lists, or None when there are none or chance agreement is total."""
    if not first or len(set(first) | set(second)) < 2:
        return None
    from sklearn.metrics import cohen_kappa_score  # imported on use: scikit-learn takes seconds to import

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        value = float(cohen_kappa_score(list(first), list(second), labels=list(LABELS)))
    return None if math.isnan(value) else value


def krippendorff_alpha(labels: Mapping[str, Mapping[str, str]], analysts: Sequence[str]) -> float | None:
    """Krippendorff's alpha (nominal) over every claim at least two analysts reviewed, or None if undefined."""
    units = [by for by in labels.values() if sum(a in by for a in analysts) >= 2]
    used = sorted({by[a] for by in units for a in analysts if a in by})
    if len(used) < 2:
        return None
    import krippendorff  # imported on use, like scikit-learn

    codes = {label: float(i) for i, label in enumerate(used)}
    matrix = np.array([[codes[by[a]] if a in by else np.nan for by in units] for a in analysts])
    return float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal",
                                    value_domain=list(codes.values())))


def pair_table(pairs: Sequence[Mapping[str, object]]) -> pd.DataFrame:
    """Return the pairs as a table whose kappa stays None where undefined (not NaN)."""
    table = pd.DataFrame(list(pairs), columns=list(PAIR_COLUMNS))
    table["kappa"] = pd.Series([pair["kappa"] for pair in pairs], index=table.index, dtype=object)
    return table


def agreement(verdicts: pd.DataFrame) -> Agreement:
    """Measure agreement: Cohen's kappa for two analysts, Krippendorff's alpha for more; list disagreements."""
    labels = labels_by_claim(verdicts)
    analysts = tuple(sorted({a for by in labels.values() for a in by}))
    pairs = pair_table([pair_agreement(labels, a, b) for a, b in itertools.combinations(analysts, 2)])
    shared = sum(len(by) >= 2 for by in labels.values())
    if len(analysts) < 2:
        statistic, value = "", None
    elif len(analysts) == 2:
        statistic, value = "Cohen's kappa", pairs.loc[0, "kappa"]
    else:
        statistic, value = "Krippendorff's alpha", krippendorff_alpha(labels, analysts)
    value = None if value is None or (isinstance(value, float) and math.isnan(value)) else float(str(value))
    return Agreement(analysts, statistic, value, shared, pairs, disagreements(verdicts, labels, analysts))


def disagreements(verdicts: pd.DataFrame, labels: Mapping[str, Mapping[str, str]],
                  analysts: Sequence[str]) -> pd.DataFrame:
    """Return the claims two or more analysts labelled differently: id, source, claim, one column per analyst."""
    claims = verdicts.drop_duplicates("claim_id").set_index("claim_id")
    rows = []
    for claim_id, by in labels.items():
        if len(set(by.values())) > 1:
            row = claims.loc[claim_id]
            rows.append({"claim_id": claim_id, "source": row["source"], "start": int(str(row["start"])),
                         "claim": row["claim"], **{a: by.get(a, "") for a in analysts}})
    frame = pd.DataFrame(rows, columns=["claim_id", "source", "start", "claim", *analysts])
    ordered = frame.sort_values(["source", "start", "claim_id"], kind="stable")
    return ordered.drop(columns="start").reset_index(drop=True)
