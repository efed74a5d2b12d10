"""Which reports of a text the app offers: own, merged (other analysts), final (settled disagreements)."""
from __future__ import annotations

from pathlib import Path

import pytest

from claims.report_scope import FINAL, MERGED, MINE, analysts_of, report_arguments, report_options

from verdict_rows import row, write


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A text with one analyst's shared file; another text's rows in the same folder."""
    (tmp_path / "a.txt").write_text("Ann said: \"Waits fell.\"\n", encoding="utf-8")
    write(tmp_path / "a.verdicts.csv", row("c1", "ann", "supported"), row("c1", "zed", "disputed", source="b.txt"))
    return tmp_path / "a.txt"


def test_analysts_of_a_text_come_from_all_its_files_and_only_its_rows(source: Path) -> None:
    write(source.with_name("a.bob.verdicts.csv"), row("c1", "bob", "disputed"))
    assert analysts_of(source) == ["ann", "bob"]


def test_one_analyst_alone_is_offered_only_the_own_report(source: Path) -> None:
    assert report_options(source, "ann") == [("your verdicts (ann)", MINE)]


def test_another_analyst_adds_merged_and_a_final_file_adds_final(source: Path) -> None:
    assert [scope for _, scope in report_options(source, "bob")] == [MINE, MERGED]
    source.with_name("a.final.csv").write_text("", encoding="utf-8")
    assert [scope for _, scope in report_options(source, "ann")] == [MINE, FINAL]


def test_a_text_without_verdicts_has_no_analysts(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    assert (analysts_of(tmp_path / "a.txt"), report_options(tmp_path / "a.txt", "ann")) == (
        [], [("your verdicts (ann)", MINE)])


@pytest.mark.parametrize(("scope", "arguments"), [
    (MINE, ("ann", False, False)), (MERGED, (None, True, False)), (FINAL, (None, False, True))])
def test_report_arguments(scope: str, arguments: tuple[str | None, bool, bool]) -> None:
    assert report_arguments(scope, "ann") == arguments
