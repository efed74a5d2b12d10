"""The sharing commands, in-process: report, settle and export-final."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims import load_verdicts
from claims.cli import main
from verdict_rows import TEXT, row, write


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A text with two analysts' files: c1 agreed, c2 in dispute."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    write(tmp_path / "a.ann.verdicts.csv", row("c1", "ann", "supported", note="yes"),
          row("c2", "ann", "disputed", note="no source"))
    write(tmp_path / "a.bob.verdicts.csv", row("c1", "bob", "supported"), row("c2", "bob", "supported", note="fine"))
    return tmp_path / "a.txt"


def test_report_writes_beside_the_source(source: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(source), "--merged"]) == 0
    out = source.with_name("a.merged.report.html")
    assert (capsys.readouterr().out, out.is_file()) == (f"wrote the report of {source} to {out}\n", True)


@pytest.mark.parametrize(("argv", "message"), [
    (["--merged", "--final"], "error: python -m claims report: argument --final: not allowed with argument --merged\n"),
    (["-o", "x.csv"], "error: x.csv: a report is an HTML file; name the output FILE.html (it is never written "
                      "over a verdict file or a source text)\n"),
])
def test_report_refuses_bad_usage_with_status_2(source: Path, argv: list[str], message: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert (main(["report", str(source), *argv]), capsys.readouterr().err) == (2, message)


def test_report_of_a_missing_source_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path / "none.txt")]) == 2
    assert capsys.readouterr().err.startswith(f"error: {tmp_path / 'none.txt'}")


def test_settle_lists_the_disagreements_side_by_side(source: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settle", str(source)]) == 0
    assert capsys.readouterr().out == (f"1 disagreement(s) in {source}\n[c2] The Agency: Costs fell.\n"
                                       "    ann: disputed (no source)\n    bob: supported (fine)\n")


def test_settle_records_the_final_verdict_and_export_final_publishes_it(
        source: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settle", str(source), "c2", "disputed", "--reviewer", "editor", "--note", "ONS says no"]) == 0
    [settled] = load_verdicts(source.with_name("a.final.csv")).to_dict("records")
    assert (settled["claim_id"], settled["verdict"], settled["analyst"], settled["note"]) == (
        "c2", "disputed", "editor", "ONS says no")
    capsys.readouterr()
    assert main(["export-final", str(source), "--url", "https://f.example/a", "--publisher", "P"]) == 0
    reviews = json.loads(capsys.readouterr().out)
    assert [(r["claimReviewed"], r["reviewRating"]["alternateName"], r["author"]["name"], r.get("reviewBody"))
            for r in reviews] == [("Waits fell.", "Supported", "bob", None),
                                  ("Costs fell.", "Disputed", "editor", "ONS says no")]


def test_export_final_warns_about_open_disagreements(source: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export-final", str(source), "--url", "https://f.example/a", "--publisher", "P",
                 "--source-url", "https://s.example/a"]) == 0
    captured = capsys.readouterr()
    assert ([r["claimReviewed"] for r in json.loads(captured.out)], captured.err) == (
        ["Waits fell."], f"warning: claim c2: the analysts disagree and no reviewer settled it; it is left out "
                         f"(python -m claims settle {source} c2 VERDICT)\n")


def test_export_final_refuses_to_write_over_a_verdict_file(source: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = source.with_name("a.ann.verdicts.csv")
    before = target.read_bytes()
    assert (main(["export-final", str(source), "-o", str(target)]), target.read_bytes() == before) == (2, True)
    assert capsys.readouterr().err.endswith(
        f"error: {target}: ClaimReview is JSON-LD; name the output FILE.json or FILE.jsonld\n")


@pytest.mark.parametrize(("argv", "message"), [
    (["c2"], "error: give the final verdict after the claim id: one of supported, disputed, unverified, not a claim\n"),
    (["c2", "maybe"], "error: final verdict 'maybe' is not one of supported, disputed, unverified, not a claim; "
                      "pick one of those\n"),
])
def test_settle_bad_input_exits_2(source: Path, argv: list[str], message: str,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert (main(["settle", str(source), *argv, "--reviewer", "ed"]), capsys.readouterr().err) == (2, message)


def test_settle_without_verdict_files_says_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    assert main(["settle", str(tmp_path / "b.txt")]) == 2
    assert capsys.readouterr().err == (f"error: {tmp_path / 'b.txt'}: no verdict file beside it (X.verdicts.csv or "
                                       "X.NAME.verdicts.csv); record verdicts first, or copy the analysts' files "
                                       "beside the text\n")


def test_the_command_line_starts_without_matplotlib_or_scikit_learn() -> None:
    code = "import sys, claims.cli; print(sorted({'matplotlib', 'sklearn', 'ipywidgets'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)})
    assert done.stdout == "[]\n"


def test_export_final_refuses_an_imported_texts_provenance(source: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = source.with_name("a.txt.provenance.json")
    target.write_text("{}", encoding="utf-8")
    assert (main(["export-final", str(source), "-o", str(target)]), target.read_text(encoding="utf-8")) == (2, "{}")
    assert capsys.readouterr().err.endswith(f"error: {target}: is an imported text's provenance; it was not changed; "
                                            "write the output to a new file (for example with -o reviews.json)\n")


@pytest.mark.parametrize("command", [["report", "-o", "{folder}/r.html"], ["export-final", "-o", "{folder}/r.json"]])
def test_an_output_in_a_missing_folder_names_the_folder(source: Path, command: list[str],
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    folder = source.parent / "no such"
    argv = [command[0], str(source)] + [word.format(folder=folder) for word in command[1:]]
    assert (main(argv), capsys.readouterr().err.splitlines()[-1], folder.exists()) == (
        2, f"error: {argv[-1]}: the folder {folder} does not exist; check the path; nothing was saved", False)
