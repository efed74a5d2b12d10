"""The command line, in-process: verdict, status, validate, merge, export."""
from __future__ import annotations

import getpass
import io
import json
from pathlib import Path

import pandas as pd
import pytest

from claims.cli import main
from claims.extract import extract_claims
from claims.model import VERDICT_COLUMNS
from claims.profile import remember_analyst
from claims.store import conflicts_path, load_verdicts, verdicts_path
from claims.verdicts import record_verdict




def test_verdict_records_exactly_as_the_library_does(source: Path, claim_ids: list[str], capsys) -> None:
    code = main(["verdict", str(source), claim_ids[0], "disputed", "--note", "=2+2, \"see\"; p. 3",
                 "--evidence", "https://e.x", "--analyst", "ann"])
    row = load_verdicts(verdicts_path(source)).iloc[0]
    assert (code, capsys.readouterr().out) == (
        0, f"{claim_ids[0]}: disputed by ann at {row['updated_at']}, saved in {verdicts_path(source)}\n")
    assert (row["verdict"], row["note"], row["evidence"], row["analyst"]) == (
        "disputed", "=2+2, \"see\"; p. 3", "https://e.x", "ann")


def test_verdict_with_an_empty_word_marks_not_reviewed(source: Path, claim_ids: list[str], capsys,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMS_ANALYST", "bea")
    main(["verdict", str(source), claim_ids[1], "supported"])
    assert main(["verdict", str(source), claim_ids[1], ""]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith(f"{claim_ids[1]}: not reviewed by bea at ")
    assert load_verdicts(verdicts_path(source))["verdict"].tolist() == [""]


@pytest.mark.parametrize(("argv", "message"), [
    (["verdict", "{source}", "{claim}", "maybe", "--analyst", "ann"],
     "error: verdict 'maybe' is not one of supported, disputed, unverified (or empty for not reviewed)\n"),
    (["verdict", "{source}", "nope", "supported", "--analyst", "ann"],
     "error: {source}: has no claim with id 'nope'; list the ids with `python -m claims extract {source}`\n"),
    (["verdict", "{source}", "{claim}", "supported", "--analyst", " "],
     "error: analyst name ' ' is empty; pass --analyst NAME, set CLAIMS_ANALYST to your name, or give your "
     "name in the app (claims.app(folder))\n"),
    (["verdict", "{source}", "{claim}"], "error: python -m claims verdict: the following arguments are required: "
     "VERDICT\n"),
    (["verdict", "{source}.missing", "{claim}", "supported", "--analyst", "ann"],
     "error: {source}.missing: no such file; check the path and the file name\n"),
])
def test_verdict_errors_exit_2_with_one_line(source: Path, claim_ids: list[str], capsys, argv: list[str],
                                             message: str) -> None:
    filled = [a.format(source=source, claim=claim_ids[0]) for a in argv]
    assert main(filled) == 2
    assert capsys.readouterr().err == message.format(source=source)
    assert not verdicts_path(source).exists()


def test_status_counts_per_source_and_analyst(source: Path, claim_ids: list[str], capsys) -> None:
    record_verdict(source, claim_ids[0], "supported", analyst="ann")
    record_verdict(source, claim_ids[1], "disputed", analyst="ann")
    assert main(["status", str(source), "--format", "csv"]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out), keep_default_na=False)
    assert table.to_dict("records") == [
        {"source": str(source), "analyst": "ann", "claims": len(claim_ids), "reviewed": 2, "supported": 1,
         "disputed": 1, "unverified": 0, "dismissed": 0, "orphans": 0, "conflicts": 0, "corrected": 0, "added": 0}]


def test_status_of_a_folder_prints_a_table(source: Path, claim_ids: list[str], capsys,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    record_verdict(source, claim_ids[0], "supported", analyst="ann")
    monkeypatch.setenv("CLAIMS_ANALYST", "bea")
    assert main(["status", str(source.parent)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["source", "analyst", "claims", "reviewed", "supported", "disputed", "unverified",
                                "dismissed", "orphans", "conflicts", "corrected", "added"]
    unreviewed = source.parent / "000_f0f58b44150a9287.txt"
    assert [line.split()[:3] for line in lines[1:]] == [  # nobody reviewed the first: no analyst, not "bea"
        [str(unreviewed), str(len(extract_claims(unreviewed))), "0"], [str(source), "ann", str(len(claim_ids))]]


def test_status_never_names_the_login_for_a_text_nobody_reviewed(source: Path, capsys,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "login-name")
    assert main(["status", str(source), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "source,analyst,claims,reviewed,supported,disputed,unverified,dismissed,orphans,conflicts,corrected,added",
        f"{source},,{len(extract_claims(source))},0,0,0,0,0,0,0,0,0"]


def test_status_of_an_empty_folder_says_so(tmp_path: Path, capsys) -> None:
    assert main(["status", str(tmp_path)]) == 1
    assert capsys.readouterr().err == f"no source texts (*.txt) in {tmp_path}\n"


def test_validate_exits_0_for_a_good_file_and_1_with_problems_by_line(source: Path, claim_ids: list[str],
                                                                      capsys) -> None:
    record_verdict(source, claim_ids[0], "supported", analyst="ann")
    good = verdicts_path(source)
    bad = source.parent / "bad.verdicts.csv"
    bad.write_text(good.read_text(encoding="utf-8-sig").replace(",supported,", ",maybe,"), encoding="utf-8")
    assert main(["validate", str(good)]) == 0
    assert capsys.readouterr().out == f"{good}: ok\n"
    assert main(["validate", str(good), str(bad)]) == 1
    assert capsys.readouterr().out == (f"{good}: ok\n{bad} line 2: verdict 'maybe' is not one of supported, "
                                       "disputed, unverified (or empty for not reviewed)\n")


def test_validate_of_a_missing_file_is_a_usage_error(tmp_path: Path, capsys) -> None:
    assert main(["validate", str(tmp_path / "none.csv")]) == 2
    assert capsys.readouterr().err == f"error: {tmp_path / 'none.csv'}: no such file; check the path\n"


def test_merge_writes_the_union_and_prints_agreement_and_disagreements(source: Path, claim_ids: list[str],
                                                                      tmp_path: Path, capsys) -> None:
    for claim_id, ann, bob in zip(claim_ids[:4], ["supported", "supported", "disputed", "disputed"],
                                  ["supported", "disputed", "disputed", "disputed"], strict=True):
        record_verdict(source, claim_id, ann, analyst="ann")
        record_verdict(source, claim_id, bob, analyst="bob")
    frame = load_verdicts(verdicts_path(source))
    ann_file, bob_file, out = tmp_path / "ann.csv", tmp_path / "bob.csv", tmp_path / "out.csv"
    ann_file.write_bytes(_only(frame, "ann"))
    bob_file.write_bytes(_only(frame, "bob"))
    assert main(["merge", str(ann_file), str(bob_file), "-o", str(out)]) == 0
    claim = extract_claims(source).set_index("claim_id").loc[claim_ids[1], "claim"]
    assert capsys.readouterr().out == (
        f"merged 2 file(s) into {out}: 8 rows, 4 claims, 2 analysts\n"
        "0 row(s) with a claim an analyst corrected, split or merged; 0 claim(s) an analyst added\n"
        "Cohen's kappa: 0.500 (2 analysts, 4 claims reviewed by two or more)\n"
        "  ann & bob: 4 both reviewed, 3 agreed, kappa 0.500\n"
        "1 disagreement(s)\n"
        f"  [{claim_ids[1]}] {source.name}: {claim}\n"
        "    ann: supported\n"
        "    bob: disputed\n")
    assert load_verdicts(out).to_dict("records") == frame.to_dict("records")
    assert main(["merge", str(bob_file), str(ann_file), "-o", str(out)]) == 0
    assert (load_verdicts(out).to_dict("records"), conflicts_path(out).exists()) == (frame.to_dict("records"), False)


def _only(frame: pd.DataFrame, analyst: str) -> bytes:
    """The bytes of a verdict file holding one analyst's rows."""
    from claims.store import render_verdicts
    return render_verdicts(frame[frame["analyst"] == analyst][list(VERDICT_COLUMNS)].to_dict("records"))


def test_merge_needs_an_output(capsys) -> None:
    assert main(["merge", "a.csv"]) == 2
    assert capsys.readouterr().err == ("error: python -m claims merge: the following arguments are required: "
                                       "-o/--output\n")


def test_export_prints_claimreview_jsonld_and_warns_on_stderr(source: Path, claim_ids: list[str], capsys) -> None:
    record_verdict(source, claim_ids[0], "supported", analyst="ann")
    record_verdict(source, claim_ids[1], "", analyst="ann")
    assert main(["export", str(verdicts_path(source)), "--format", "claimreview", "--url", "https://f.example/x",
                 "--publisher", "Check Org", "--source-url", "https://norfolk.example/press"]) == 0
    captured = capsys.readouterr()
    reviews = json.loads(captured.out)
    claim = extract_claims(source).iloc[0]
    assert [(r["claimReviewed"], r["reviewRating"]["alternateName"], r["itemReviewed"]["author"]["name"])
            for r in reviews] == [(claim["claim"], "Supported", claim["speaker"])]
    long = [f"warning: claim {claim_ids[0]} (ann): claimReviewed is {len(claim['claim'])} characters; Google "
            "recommends at most 75; shorten the claim"] if len(claim["claim"]) > 75 else []
    assert captured.err.splitlines() == long


def test_export_to_a_file_for_one_analyst(source: Path, claim_ids: list[str], tmp_path: Path, capsys) -> None:
    record_verdict(source, claim_ids[0], "supported", analyst="ann")
    record_verdict(source, claim_ids[0], "disputed", analyst="bob")
    out = tmp_path / "reviews.jsonld"
    assert main(["export", str(verdicts_path(source)), "-o", str(out), "--analyst", "bob"]) == 0
    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert [(r["author"]["name"], r["reviewRating"]["ratingValue"]) for r in reviews] == [("bob", 1)]
    err = capsys.readouterr().err.splitlines()
    assert (err[0], err[-1]) == ("warning: no --url: Google requires url, the page that publishes the fact check",
                                 f"wrote 1 ClaimReview(s) to {out}")


def test_export_of_a_broken_file_exits_2(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "x.verdicts.csv"
    bad.write_bytes(b"\x00")
    assert main(["export", str(bad)]) == 2
    assert capsys.readouterr().err == (f"error: {bad} line 1: contains a NUL character, so the file is damaged or "
                                       "not a CSV; restore it from a backup or git\n")


def test_verdict_without_any_name_is_refused_never_saved_under_the_login(source: Path, claim_ids: list[str], capsys,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "root")
    assert main(["verdict", str(source), claim_ids[0], "supported"]) == 2
    assert (capsys.readouterr().err, verdicts_path(source).exists()) == (
        "error: no analyst name: the workbench never records your login name; pass --analyst NAME, set "
        "CLAIMS_ANALYST to your name, or give your name in the app (claims.app(folder))\n", False)


def test_verdict_without_a_name_takes_the_one_saved_in_the_app(source: Path, claim_ids: list[str], capsys) -> None:
    remember_analyst("Saved Name")
    assert main(["verdict", str(source), claim_ids[0], "supported"]) == 0
    assert load_verdicts(verdicts_path(source))["analyst"].tolist() == ["Saved Name"]


def test_status_of_a_mistyped_path_prints_only_the_one_line(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nothere.txt"
    assert main(["status", str(missing)]) == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", f"skipped {missing}: {missing}: no such file; check the path and the file name\n")


def test_history_and_status_csv_neutralise_formula_starts(source: Path, claim_ids: list[str], capsys) -> None:
    record_verdict(source, claim_ids[0], "disputed", note='=HYPERLINK("http://x","y")', analyst="=cmd")
    assert main(["history", str(source), claim_ids[0], "--format", "csv"]) == 0
    history_row = capsys.readouterr().out.splitlines()[1].split(",")
    assert main(["status", str(source), "--format", "csv"]) == 0
    status_row = capsys.readouterr().out.splitlines()[1].split(",")
    assert (history_row[2], history_row[5], status_row[1]) == ("'=cmd", "\"'=HYPERLINK(\"\"http://x\"\"", "'=cmd")


def test_merge_of_two_texts_measures_agreement_per_text_never_pooled(tmp_path: Path, capsys) -> None:
    from verdict_rows import row, write
    first = write(tmp_path / "a.verdicts-copy.csv", row("c1", "ann", "supported"), row("c1", "bob", "supported"),
                  row("c2", "ann", "disputed"), row("c2", "bob", "supported"))
    second = write(tmp_path / "b.verdicts-copy.csv", row("c3", "ann", "supported", source="b.txt"),
                   row("c3", "cat", "supported", source="b.txt"))
    assert main(["merge", str(first), str(second), "-o", str(tmp_path / "out.csv")]) == 0
    assert capsys.readouterr().out.splitlines()[2:] == [
        "a.txt: Cohen's kappa: 0.000 (2 analysts, 2 claims reviewed by two or more)",
        "  ann & bob: 2 both reviewed, 1 agreed, kappa 0.000",
        "1 disagreement(s)",
        "  [c2] a.txt: Costs fell.",
        "    ann: disputed",
        "    bob: supported",
        "b.txt: Cohen's kappa: undefined (2 analysts, 1 claims reviewed by two or more)",
        "  ann & cat: 1 both reviewed, 1 agreed, kappa undefined",
        "0 disagreement(s)"]


def test_a_command_suggested_for_a_path_with_spaces_can_be_pasted_into_a_shell(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "press texts"
    folder.mkdir()
    source = folder / "Acme (final).txt"
    source.write_bytes(Path(__file__).parent.parent.joinpath("seeds", "001_171feed66f9bd120.txt").read_bytes())
    assert main(["verdict", str(source), "nope", "supported", "--analyst", "ann"]) == 2
    assert capsys.readouterr().err == (f"error: {source}: has no claim with id 'nope'; list the ids with "
                                       f"`python -m claims extract '{source}'`\n")


@pytest.mark.parametrize(("command", "name", "message"), [
    ("export", "a.report.html", "ClaimReview is JSON-LD; name the output FILE.json or FILE.jsonld"),
    ("merge", "report.html", "a merged file is a verdict CSV; name the output FILE.csv"),
])
def test_an_output_of_the_wrong_kind_is_refused_and_left_alone(source: Path, claim_ids: list[str], capsys,
                                                               command: str, name: str, message: str) -> None:
    record_verdict(source, claim_ids[0], "supported", analyst="ann")
    out = source.parent / name
    out.write_bytes(b"<html>the editor's page</html>")
    assert main([command, str(verdicts_path(source)), "-o", str(out)]) == 2
    assert (capsys.readouterr().err, out.read_bytes(), sorted(p.name for p in source.parent.iterdir() if "report" in p.name)) == (
        f"error: {out}: {message}\n", b"<html>the editor's page</html>", [name])


def test_history_of_a_mistyped_path_says_no_such_file(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nothere.txt"
    assert main(["history", str(missing), "c1"]) == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", f"error: {missing}: no such file; check the path and the file name\n")


def test_history_of_a_text_deleted_after_review_still_reads_its_journal(source: Path, claim_ids: list[str],
                                                                        capsys) -> None:
    record_verdict(source, claim_ids[0], "disputed", note="too high", analyst="ann")
    source.unlink()
    assert main(["history", str(source), claim_ids[0], "--format", "csv"]) == 0
    row = capsys.readouterr().out.splitlines()[1].split(",")
    assert (row[1], row[2], row[4], row[5], row[6]) == ("saved", "ann", "disputed", "too high", "")
