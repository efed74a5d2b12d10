"""Merging analysts' files (order-independent, idempotent) and measuring their agreement."""
from __future__ import annotations

import itertools
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.agreement import (
    DISMISSED_LABEL,
    agreement,
    cohen_kappa,
    krippendorff_alpha,
    labels_by_claim,
    merge_files,
    write_merged,
)
from claims.cli import format_agreement
from claims.model import VERDICT_COLUMNS, VerdictError, VerdictFileError
from claims.store import conflicts_path, load_verdicts, save_verdicts
from claims.store.merge import merge_versions


def row(claim_id: str, analyst: str, verdict: str, updated_at: str = "2026-11-22T10:00:00Z", **more: object) -> dict:
    """A verdict row for one claim and analyst."""
    start = int(claim_id.lstrip("c") or 0)
    base = {"claim_id": claim_id, "source": "x.txt", "speaker": "S", "claim": f"Claim {claim_id}.",
            "quote": f"quote {claim_id}", "start": start, "end": start + 1, "verdict": verdict, "note": "",
            "evidence": "", "analyst": analyst, "updated_at": updated_at, "source_sha256": "",
            "origin": "extracted", "dismissed": "", "original_speaker": "", "original_claim": "", "original_quote": "", "speaker_checked": ""}
    return {**base, **more}


def table(*rows: dict) -> pd.DataFrame:
    """A verdict table of rows."""
    return pd.DataFrame(list(rows), columns=list(VERDICT_COLUMNS))


def save(path: Path, *rows: dict) -> Path:
    """Save rows as a verdict file and return its path."""
    save_verdicts(table(*rows), path)
    return path


# ---------------------------------------------------------------- merging

def test_merge_keeps_everyones_rows_and_the_latest_version(tmp_path: Path) -> None:
    ann = save(tmp_path / "ann.verdicts.csv", row("c1", "ann", "supported"), row("c2", "ann", "disputed"))
    bob = save(tmp_path / "bob.verdicts.csv", row("c1", "bob", "disputed"),
               row("c2", "ann", "unverified", "2026-11-22T11:00:00Z"))
    merged = merge_files([ann, bob])
    assert merged.verdicts.to_dict("records") == [
        row("c1", "ann", "supported"), row("c1", "bob", "disputed"),
        row("c2", "ann", "unverified", "2026-11-22T11:00:00Z")]
    assert merged.superseded.to_dict("records") == [row("c2", "ann", "disputed")]


def test_merge_refuses_a_bad_input_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "bad.verdicts.csv"
    bad.write_text("nonsense\n")
    with pytest.raises(VerdictFileError, match=f"{bad} line 1: missing column"):
        merge_files([bad])
    with pytest.raises(VerdictError, match="name at least one verdict file to merge"):
        merge_files([])


def test_write_merged_merges_into_an_existing_output_and_keeps_older_versions(tmp_path: Path) -> None:
    out = save(tmp_path / "out.csv", row("c9", "cat", "supported"))
    ann = save(tmp_path / "ann.verdicts.csv", row("c1", "ann", "supported"))
    bob = save(tmp_path / "bob.verdicts.csv", row("c1", "ann", "disputed", "2026-11-23T00:00:00Z"))
    write_merged([ann, bob], out)
    again = write_merged([bob, ann], out)
    assert load_verdicts(out).to_dict("records") == again.verdicts.to_dict("records") == [
        row("c1", "ann", "disputed", "2026-11-23T00:00:00Z"), row("c9", "cat", "supported")]
    assert load_verdicts(conflicts_path(out)).to_dict("records") == [row("c1", "ann", "supported")]


VERSIONS = st.lists(st.tuples(st.sampled_from(["c1", "c2", "c3"]), st.sampled_from(["ann", "bob"]),
                              st.sampled_from(["", "supported", "disputed"]),
                              st.sampled_from(["2026-11-22T10:00:00Z", "2026-11-22T11:00:00Z", ""])), max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.lists(VERSIONS, min_size=1, max_size=4), st.randoms())
def test_merge_is_order_independent_and_idempotent(files: list[list[tuple]], rng) -> None:
    groups = [list({(c, a): row(c, a, v, t) for c, a, v, t in versions}.values()) for versions in files]
    kept, older = merge_versions(groups)
    shuffled = [list(g) for g in groups]
    rng.shuffle(shuffled)
    for group in shuffled:
        rng.shuffle(group)
    assert merge_versions(shuffled) == (kept, older)
    assert merge_versions([kept, *groups]) == (kept, older)
    assert merge_versions([kept])[0] == kept
    everything = {tuple(r.values()) for g in groups for r in g}
    assert {tuple(r.values()) for r in kept + older} == everything


# ---------------------------------------------------------------- agreement

def test_labels_use_verdicts_and_dismissals_and_skip_unreviewed_rows() -> None:
    frame = table(row("c1", "ann", "supported"), row("c1", "bob", ""), row("c2", "bob", "", dismissed="yes"))
    assert labels_by_claim(frame) == {"c1": {"ann": "supported"}, "c2": {"bob": DISMISSED_LABEL}}


def test_two_analysts_get_cohens_kappa_with_counts_and_disagreements() -> None:
    rows = [row("c1", "ann", "supported"), row("c1", "bob", "supported"),
            row("c2", "ann", "supported"), row("c2", "bob", "disputed"),
            row("c3", "ann", "disputed"), row("c3", "bob", "disputed"),
            row("c4", "ann", "disputed"), row("c4", "bob", "disputed"),
            row("c5", "ann", "unverified")]
    result = agreement(table(*rows))
    assert (result.analysts, result.statistic, result.value, result.claims) == (("ann", "bob"), "Cohen's kappa", 0.5, 4)
    assert result.pairs.to_dict("records") == [
        {"analyst_a": "ann", "analyst_b": "bob", "both_reviewed": 4, "agreed": 3, "kappa": 0.5}]
    assert result.disagreements.to_dict("records") == [
        {"claim_id": "c2", "source": "x.txt", "claim": "Claim c2.", "ann": "supported", "bob": "disputed"}]


def test_three_analysts_get_krippendorffs_alpha_and_every_pair() -> None:
    # Coincidences: s-s 4, s-d 1, d-s 1, d-d 3; n = 9, n_s = 5, n_d = 4:
    # alpha = 1 - (n - 1) * 2 / (2 * n_s * n_d) = 1 - 16 / 40 = 0.6
    rows = [row("c1", a, "supported") for a in ("ann", "bob", "cy")]
    rows += [row("c2", "ann", "supported"), row("c2", "bob", "supported"), row("c2", "cy", "disputed")]
    rows += [row("c3", a, "disputed") for a in ("ann", "bob", "cy")]
    result = agreement(table(*rows))
    assert (result.statistic, round(result.value, 9), result.claims) == ("Krippendorff's alpha", 0.6, 3)
    assert result.pairs[["analyst_a", "analyst_b", "both_reviewed", "agreed"]].to_dict("records") == [
        {"analyst_a": "ann", "analyst_b": "bob", "both_reviewed": 3, "agreed": 3},
        {"analyst_a": "ann", "analyst_b": "cy", "both_reviewed": 3, "agreed": 2},
        {"analyst_a": "bob", "analyst_b": "cy", "both_reviewed": 3, "agreed": 2}]
    assert result.disagreements["claim_id"].tolist() == ["c2"]


@pytest.mark.parametrize(("rows", "statistic"), [
    ([row("c1", "ann", "supported")], ""),
    ([row("c1", "ann", "supported"), row("c2", "bob", "disputed")], "Cohen's kappa"),
    ([row("c1", "ann", "supported"), row("c1", "bob", "supported")], "Cohen's kappa"),
    ([row("c1", a, "supported") for a in ("ann", "bob", "cy")], "Krippendorff's alpha"),
])
def test_undefined_agreement_is_none(rows: list[dict], statistic: str) -> None:
    result = agreement(table(*rows))
    assert (result.statistic, result.value) == (statistic, None)


def test_kappa_and_alpha_helpers_handle_edge_cases() -> None:
    assert (cohen_kappa([], []), cohen_kappa(["supported"] * 3, ["supported"] * 3),
            cohen_kappa(["supported", "disputed"], ["disputed", "supported"])) == (None, None, -1.0)
    assert krippendorff_alpha({"c1": {"ann": "supported"}}, ["ann", "bob"]) is None


def test_pairs_cover_every_combination_of_analysts() -> None:
    names = ["ann", "bob", "cy", "dee"]
    result = agreement(table(*[row("c1", a, "supported") for a in names]))
    pairs = list(zip(result.pairs["analyst_a"], result.pairs["analyst_b"], strict=True))
    assert pairs == list(itertools.combinations(names, 2))


def test_a_pair_with_no_claim_in_common_has_kappa_none_and_is_printed_undefined() -> None:
    result = agreement(table(row("c1", "ann", "supported"), row("c1", "bob", "disputed"),
                             row("c2", "bob", "supported"), row("c2", "cat", "supported")))
    assert (result.pairs.to_dict("records")[1], format_agreement(result).splitlines()[2]) == (
        {"analyst_a": "ann", "analyst_b": "cat", "both_reviewed": 0, "agreed": 0, "kappa": None},
        "  ann & cat: 0 both reviewed, 0 agreed, kappa undefined")
