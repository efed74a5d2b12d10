"""The command line, in-process: `python -m claims extract`."""
import errno
import io
import json
from pathlib import Path

import pandas as pd
import pytest

import claims
from claims.cli import main
from claims.compiled import is_compiled
from conftest import ANNOUNCEMENT, REPORT


def test_extract_csv_is_the_claims_table(capsys):
    assert main(["extract", str(ANNOUNCEMENT), "--format", "csv"]) == 0
    printed = pd.read_csv(io.StringIO(capsys.readouterr().out), keep_default_na=False)
    expected = claims.extract_claims(ANNOUNCEMENT)
    pd.testing.assert_frame_equal(printed, expected, check_dtype=False)


def test_extract_json_of_two_sources(capsys):
    assert main(["extract", str(REPORT), str(ANNOUNCEMENT), "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    expected = pd.concat([claims.extract_claims(REPORT), claims.extract_claims(ANNOUNCEMENT)])
    assert [r["claim_id"] for r in records] == expected.claim_id.tolist()
    assert list(records[0]) == ["claim_id", "source", "speaker", "claim", "quote", "start", "end", "speaker_kind", "cue",
                               "speaker_confidence"]


def test_extract_table_is_the_default(capsys):
    assert main(["extract", str(ANNOUNCEMENT)]) == 0
    out = capsys.readouterr().out
    first = claims.extract_claims(ANNOUNCEMENT).iloc[0]
    assert out.startswith("31 claims\n")
    assert f"[{first.claim_id}] {ANNOUNCEMENT.name} {first.start}-{first.end}\n  speaker: Michael Rosen\n" \
        "  why:     person, cue \u201cannounced\u201d; 99% of such speakers right on unseen texts\n" in out


def test_a_speaker_given_by_a_description_says_so(tmp_path, capsys):
    source = tmp_path / "inquest.txt"
    source.write_text("Inquest into care home death\n\nThe coroner said the home had not trained its night staff in "
                      "falls since 2022.\n", encoding="utf-8")
    assert main(["extract", str(source)]) == 0
    assert capsys.readouterr().out.splitlines()[3:5] == [
        "  speaker: The coroner",
        "  why:     person named by a description, cue \u201csaid\u201d; 72% of such speakers right on unseen texts: check it"]


@pytest.mark.parametrize(("argv", "message"), [
    ([], "the following arguments are required: command"),
    (["extract"], "the following arguments are required: SOURCE"),
    (["extract", "x.txt", "--format", "xml"], "invalid choice: 'xml'"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
])
def test_usage_errors_exit_2_with_one_line(capsys, argv: list[str], message: str):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_bad_source_exits_2_naming_the_file(capsys, tmp_path: Path):
    missing = tmp_path / "nope.txt"
    assert main(["extract", str(missing)]) == 2
    assert capsys.readouterr().err == f"error: {missing}: no such file; check the path and the file name\n"


def test_version_names_the_extractor_that_runs(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    extractor = "compiled with mypyc (scripts/compile.sh)" if is_compiled() else "pure Python"
    assert (done.value.code, capsys.readouterr().out) == (0, f"claims-workbench 0.1.0; extractor: {extractor}\n")


def test_extract_csv_neutralises_formula_starts(capsys, text_file):
    source = text_file("Acme results\n\nAcme Water said: '+40 per cent more pipes were replaced this year.'\n")
    assert main(["extract", str(source), "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[1].split(",")[2:5] == ["Acme Water", "'+40 per cent more pipes were replaced this year.",
                                       "'+40 per cent more pipes were replaced this year."]


def stopped(*args: object, **kwargs: object) -> None:
    """A command the user stops with Ctrl-C."""
    raise KeyboardInterrupt


def disk_fails(*args: object, **kwargs: object) -> None:
    """A command whose disk fails in a way the workbench did not foresee."""
    raise OSError(errno.EIO, "Input/output error", "press/a.txt")


@pytest.mark.parametrize(("fail", "status", "message"), [
    (stopped, 130, "stopped (Ctrl-C); every verdict saved before it is safe on disk\n"),
    (disk_fails, 2, "error: press/a.txt: Input/output error; check the file and the disk, then try again\n"),
])
def test_ctrl_c_and_an_unforeseen_disk_error_are_one_line_not_a_traceback(capsys, monkeypatch, fail, status: int,
                                                                         message: str):
    monkeypatch.setattr("claims.cli.extract_claims", fail)
    assert (main(["extract", str(ANNOUNCEMENT)]), capsys.readouterr().err) == (status, message)
