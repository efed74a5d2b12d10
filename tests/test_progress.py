"""Progress across texts: quick from the verdict files alone, complete (per analyst) on request."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import claims
from claims import extract_claims, record_verdict, set_dismissed
from claims import progress
from claims.progress import FolderError, overview, text_progress, totals

from conftest import ANNOUNCEMENT, REPORT


@pytest.fixture(autouse=True)
def fresh_cache() -> None:
    """Each test starts with no claim counts remembered."""
    progress.CLAIM_COUNTS.clear()


@pytest.fixture
def reviewed(seeds_copy: Path) -> Path:
    """The seed copy with two analysts' verdicts on the announcement."""
    source = seeds_copy / ANNOUNCEMENT.name
    ids = extract_claims(source)["claim_id"].tolist()
    record_verdict(source, ids[0], "disputed", analyst="ana")
    record_verdict(source, ids[1], "supported", analyst="ana")
    record_verdict(source, ids[0], "disputed", analyst="bo")
    set_dismissed(source, ids[2], analyst="bo")
    progress.CLAIM_COUNTS.clear()
    return seeds_copy


def test_text_progress_reads_only_the_verdict_files(reviewed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "extract_claims", lambda *a: pytest.fail("extracted a text"))
    frame = text_progress(reviewed)
    assert frame.drop(columns="path").to_dict("records") == [
        {"text": REPORT.name, "claims": None, "reviewed": 0, "supported": 0, "disputed": 0, "unverified": 0,
         "dismissed": 0, "analysts": "", "problem": ""},
        {"text": ANNOUNCEMENT.name, "claims": None, "reviewed": 3, "supported": 1, "disputed": 2, "unverified": 0,
         "dismissed": 1, "analysts": "ana, bo", "problem": ""}]


def test_text_progress_of_one_analyst(reviewed: Path) -> None:
    frame = text_progress(reviewed, analyst="bo")
    assert frame[["reviewed", "disputed", "dismissed", "analysts"]].to_dict("records") == [
        {"reviewed": 0, "disputed": 0, "dismissed": 0, "analysts": ""},
        {"reviewed": 1, "disputed": 1, "dismissed": 1, "analysts": "bo"}]


def test_claim_counts_come_from_the_cache_once_known(reviewed: Path) -> None:
    assert text_progress(reviewed, extract=True)["claims"].tolist() == [18, 31]
    assert text_progress(reviewed)["claims"].tolist() == [18, 31]
    (reviewed / REPORT.name).write_text("The agency said it hired 10 people.\n", encoding="utf-8")
    assert text_progress(reviewed)["claims"].tolist()[0] is pd.NA  # the text changed: unknown again


def test_a_damaged_verdict_file_is_named_not_raised(reviewed: Path) -> None:
    (reviewed / REPORT.name).with_suffix(".verdicts.csv").write_text("not,a,verdict,file\n", encoding="utf-8")
    frame = text_progress(reviewed)
    assert frame["problem"].tolist()[0].startswith(str(reviewed / f"{REPORT.stem}.verdicts.csv"))
    assert frame["problem"].tolist()[1] == ""


def test_overview_per_text_and_analyst(reviewed: Path) -> None:
    frame = overview(reviewed)
    assert frame.to_dict("records") == [
        {"text": REPORT.name, "analyst": "", "claims": 18, "reviewed": 0, "supported": 0, "disputed": 0,
         "unverified": 0, "dismissed": 0, "orphans": 0, "conflicts": 0},
        {"text": ANNOUNCEMENT.name, "analyst": "ana", "claims": 31, "reviewed": 2, "supported": 1, "disputed": 1,
         "unverified": 0, "dismissed": 0, "orphans": 0, "conflicts": 0},
        {"text": ANNOUNCEMENT.name, "analyst": "bo", "claims": 31, "reviewed": 1, "supported": 0, "disputed": 1,
         "unverified": 0, "dismissed": 1, "orphans": 0, "conflicts": 0}]
    assert totals(frame) == {"texts": 2, "claims": 49, "reviewed": 3, "supported": 1, "disputed": 2,
                             "unverified": 0, "dismissed": 1, "orphans": 0, "conflicts": 0}


def test_overview_counts_orphans(reviewed: Path) -> None:
    source = reviewed / ANNOUNCEMENT.name
    first = extract_claims(source)["quote"].tolist()[0]
    source.write_text(source.read_text(encoding="utf-8").replace(first, "(removed)"), encoding="utf-8")
    frame = overview(reviewed, analyst="ana")
    assert frame[["analyst", "orphans"]].to_dict("records") == [{"analyst": "ana", "orphans": 0},
                                                                {"analyst": "ana", "orphans": 1}]


def test_an_empty_folder_has_no_rows(tmp_path: Path) -> None:
    assert (len(overview(tmp_path)), len(text_progress(tmp_path))) == (0, 0)


def test_the_package_exposes_overview_and_progress() -> None:
    assert (claims.overview, claims.text_progress) == (overview, text_progress)


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    for function in (overview, text_progress):
        with pytest.raises(FolderError, match=r"nowhere: no such folder; give the folder that holds the source"):
            function(tmp_path / "nowhere")
