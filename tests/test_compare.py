"""Comparing analysts: files from names and patterns, grouped by text, undefined agreement explained."""
from __future__ import annotations

from pathlib import Path

import pytest

from claims.adjudication import settle
from claims.compare import (
    MERGED_COLUMNS,
    CompareError,
    compare,
    dispute_table,
    expand,
    merged_rows,
    overview,
    source_files,
    undefined_reason,
)
from verdict_rows import frame, row, write


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two analysts on text a.txt (one disagreement), one analyst on text b.txt."""
    write(tmp_path / "a.ann.verdicts.csv", row("c1", "ann", "supported"),
          row("c2", "ann", "disputed", note="<b>no</b>"))
    write(tmp_path / "a.bob.verdicts.csv", row("c1", "bob", "supported"), row("c2", "bob", "supported", note="ok"))
    write(tmp_path / "b.verdicts.csv", row("c1", "ann", "supported", source="b.txt"))
    return tmp_path


def test_expand_takes_a_list_of_files_folders_and_patterns(folder: Path) -> None:
    assert expand([folder / "b.verdicts.csv", str(folder / "a.*.verdicts.csv"), folder]) == [
        folder / "a.ann.verdicts.csv", folder / "a.bob.verdicts.csv", folder / "b.verdicts.csv"]


def test_expand_takes_one_pattern_and_ignores_other_files(folder: Path) -> None:
    (folder / "a.verdicts.conflicts.csv").write_text("x")
    assert expand(str(folder / "*.csv")) == [folder / "a.ann.verdicts.csv", folder / "a.bob.verdicts.csv",
                                             folder / "b.verdicts.csv"]


def test_expand_names_a_missing_file(folder: Path) -> None:
    with pytest.raises(CompareError) as caught:
        expand([folder / "gone.verdicts.csv"])
    assert str(caught.value) == (f"{folder / 'gone.verdicts.csv'}: no such verdict file or folder; check the name, "
                                 "or use a pattern such as ../seeds/*.verdicts.csv")


def test_source_files_finds_every_analysts_file_beside_the_text(folder: Path) -> None:
    assert source_files(folder / "a.txt") == [folder / "a.ann.verdicts.csv", folder / "a.bob.verdicts.csv"]
    assert source_files(folder / "b.txt") == [folder / "b.verdicts.csv"]


def test_each_text_is_compared_on_its_own(folder: Path) -> None:
    table = overview(compare(str(folder / "*.verdicts.csv")))
    assert table.to_dict("records") == [
        {"text": "a.txt", "files": "a.ann.verdicts.csv, a.bob.verdicts.csv", "kind": "your files",
         "analysts": "ann, bob", "statistic": "Cohen's kappa", "value": "0.000",
         "claims reviewed by two or more": 2, "disagreements": 1, "settled": 0, "corrected / added": "0 / 0"},
        {"text": "b.txt", "files": "b.verdicts.csv", "kind": "your files", "analysts": "ann",
         "statistic": "(needs two analysts)",
         "value": "undefined: only ann has reviewed claims of this text; agreement needs two analysts",
         "claims reviewed by two or more": 0, "disagreements": 0, "settled": 0, "corrected / added": "0 / 0"}]


def test_examples_are_used_and_marked_only_when_none_of_your_files_match(folder: Path, tmp_path: Path) -> None:
    examples = str(folder / "a.*.verdicts.csv")
    assert [c.example for c in compare(str(tmp_path / "none" / "*.verdicts.csv"), examples)] == [True]
    assert [c.example for c in compare(str(folder / "b.verdicts.csv"), examples)] == [False]


def test_a_settlement_is_counted(folder: Path) -> None:
    [first, _] = compare(folder)
    settle(first.verdicts, "c2", "disputed", path=first.final_path, reviewer="rev")
    assert (first.final_path, overview([first])["settled"].tolist()) == (folder / "a.final.csv", [1])


def test_dispute_table_puts_the_notes_side_by_side(folder: Path) -> None:
    [first, _] = compare(folder)
    assert dispute_table(first).to_dict("records") == [
        {"claim_id": "c2", "speaker": "The Agency", "claim": "Costs fell.", "ann": "disputed",
         "ann's note": "<b>no</b>", "bob": "supported", "bob's note": "ok"}]


@pytest.mark.parametrize(("rows", "reason"), [
    ([], "nobody has reviewed claims of this text; agreement needs two analysts"),
    ([row("c1", "ann", "supported"), row("c2", "ann", "disputed")],
     "only ann has reviewed claims of this text; agreement needs two analysts"),
    ([row("c1", "ann", "supported"), row("c2", "bob", "disputed")],
     "no claim was reviewed by two analysts (ann, bob reviewed different claims)"),
    ([row("c1", "ann", "supported"), row("c1", "bob", "supported"), row("c2", "ann", "disputed")],
     "every claim reviewed by two or more got the same label (supported): the analysts agree on all 1, "
     "but chance agreement is total, so the statistic is undefined"),
    ([row("c1", "ann", "supported"), row("c1", "bob", "disputed")], ""),
])
def test_undefined_reason_says_why(rows: list[dict[str, object]], reason: str) -> None:
    assert undefined_reason(frame(*rows)) == reason


def test_merged_rows_keep_each_text_apart(folder: Path) -> None:
    table = merged_rows(compare(folder))
    assert table[["source", "claim_id", "analyst", "verdict"]].values.tolist() == [
        ["a.txt", "c1", "ann", "supported"], ["a.txt", "c1", "bob", "supported"], ["a.txt", "c2", "ann", "disputed"],
        ["a.txt", "c2", "bob", "supported"], ["b.txt", "c1", "ann", "supported"]]
    assert list(merged_rows([]).columns) == list(MERGED_COLUMNS)
