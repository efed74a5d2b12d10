"""Standalone claims keep analysts' work: verdict files saved by main ef24203 on both seeds stay attached.

The fixture files were written by the release before the `claim` column became a standalone statement (a
verdict on every claim of each seed, the second claim's statement corrected by the analyst, the third
dismissed). Claims are placed by quote and speaker, so a new machine statement must not orphan a verdict,
raise a conflict, show a pending change or take the analyst's own statement away.
"""
import csv
import shutil
from pathlib import Path

import pytest

import claims
from claims.session import ReviewSession
from claims.store.paths import conflicts_path
from conftest import ANNOUNCEMENT, REPORT

FIXTURES = Path(__file__).parent / "fixtures" / "release_ef24203"
ANALYST = "release-ef24203 analyst"
SEEDS = (REPORT, ANNOUNCEMENT)


def _saved(seed: Path) -> list[dict[str, str]]:
    """The rows main ef24203 wrote for a seed, as read with the csv module."""
    with (FIXTURES / seed.name.replace(".txt", ".verdicts.csv")).open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _copy(tmp_path: Path, seed: Path) -> Path:
    """A copy of a seed with the old verdict file beside it; return the copy's source path."""
    source = tmp_path / seed.name
    shutil.copy2(seed, source)
    shutil.copy2(FIXTURES / seed.name.replace(".txt", ".verdicts.csv"), claims.verdicts_path(source))
    return source


@pytest.mark.parametrize("seed", SEEDS, ids=["report", "announcement"])
def test_every_old_verdict_stays_on_its_claim(tmp_path: Path, seed: Path) -> None:
    """Each saved row is found again under its id, on its quote, with its decision, and is no orphan."""
    table = claims.review_table(_copy(tmp_path, seed), ANALYST)
    rows = {r["claim_id"]: r for r in table.to_dict("records")}
    columns = ("quote", "speaker", "verdict", "note", "dismissed", "origin", "original_claim")
    found = [(old["claim_id"], rows[old["claim_id"]]["orphan"], *(rows[old["claim_id"]][c] for c in columns))
             for old in _saved(seed)]
    assert found == [(old["claim_id"], False, *(old[c] for c in columns)) for old in _saved(seed)]
    assert len(table) == len(_saved(seed))  # no claim listed twice under a new id


@pytest.mark.parametrize("seed", SEEDS, ids=["report", "announcement"])
def test_the_analysts_statement_wins_and_saved_statements_are_shown_as_saved(tmp_path: Path, seed: Path) -> None:
    """The corrected claim keeps the analyst's words; every other saved row shows the statement it was saved with."""
    table = claims.review_table(_copy(tmp_path, seed), ANALYST)
    shown = dict(zip(table["claim_id"], table["claim"]))
    assert shown == {old["claim_id"]: old["claim"] for old in _saved(seed)}
    assert [old["claim"] for old in _saved(seed) if old["origin"] == "corrected"] == [
        "An analyst's own wording of this claim."]


@pytest.mark.parametrize("seed", SEEDS, ids=["report", "announcement"])
def test_opening_and_saving_leave_the_file_alone_and_raise_no_conflict(tmp_path: Path, seed: Path) -> None:
    """A session opens with nothing pending; a new verdict changes only its own row, with no conflict file."""
    source = _copy(tmp_path, seed)
    path = claims.verdicts_path(source)
    before = path.read_bytes()
    session = ReviewSession(source, ANALYST)
    assert (session.pending, path.read_bytes() == before) == ({}, True)
    first = _saved(seed)[0]["claim_id"]
    claims.record_verdict(source, first, "disputed", analyst=ANALYST)
    after = {r["claim_id"]: r for r in claims.review_table(source, ANALYST).to_dict("records")}
    changed = [old["claim_id"] for old in _saved(seed) if after[old["claim_id"]]["verdict"] != old["verdict"]]
    assert (changed, after[first]["verdict"], conflicts_path(path).exists()) == ([first], "disputed", False)


def test_the_fixtures_are_release_files() -> None:
    """The fixtures hold one analyst's verdict on every claim of each seed, one correction and one dismissal each."""
    summary = [(len(rows), {r["analyst"] for r in rows}, sorted(r["origin"] for r in rows if r["origin"] != "extracted"),
                sum(r["dismissed"] == "yes" for r in rows)) for rows in map(_saved, SEEDS)]
    assert summary == [(18, {ANALYST}, ["corrected"], 1), (31, {ANALYST}, ["corrected"], 1)]


def test_the_new_statements_differ_from_the_saved_ones_on_the_seeds() -> None:
    """The seeds hold claims whose statement the new release writes otherwise (so the tests above can fail)."""
    saved = {old["claim_id"]: old["claim"] for seed in SEEDS for old in _saved(seed) if old["origin"] == "extracted"}
    new = {r.claim_id: r.claim for seed in SEEDS for r in claims.extract_claims(seed).itertuples()}
    assert sorted(new[i] for i in saved if new[i] != saved[i]) == [
        "He [Dave Hill] was concerned about the 'focus and pace of leadership' at the department.",
        "He [Michael Rosen] is moving on from his role.",
        "She [Lisa Christensen] would step down following pressure from Norfolk MPs.",
    ]
