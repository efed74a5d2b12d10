"""Regression tests for the ways a verdict could be lost or silently changed (issue 9, defects 1-13)."""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pandas as pd
import pytest

from claims import store
from claims.store import table as store_table
from claims.cli import main
from claims.export import claim_reviews
from claims.model import LEGACY_COLUMNS, VERDICT_COLUMNS, ClaimsError, ConflictError, SaveError, SourceError, VerdictError, VerdictFileError
from claims.session import ReviewSession
from claims.sources import load_source
from claims.store import (
    conflicts_path,
    load_verdicts,
    resolve_analyst,
    save_verdicts,
    validate_verdicts,
    verdicts_path,
)
from claims.verdicts import record_verdict, review_table, summarise

HEADER = ",".join(LEGACY_COLUMNS)  # files written before corrections: still read unchanged
SHA = "a" * 64
ALICE = 'Alice Smith, chief executive of the trust, said: "Waiting times fell by half this year."'
BOB = 'Bob Jones, the mayor, said: "Waiting times fell by half this year."'


def make_row(**changes: object) -> dict[str, object]:
    """A valid verdict row, with some values changed."""
    row: dict[str, object] = {
        "claim_id": "c1", "source": "x.txt", "speaker": "Speaker", "claim": "It is good.",
        "quote": "it is good", "start": 10, "end": 20, "verdict": "supported", "note": "", "evidence": "",
        "analyst": "alice", "updated_at": "2026-11-22T15:47:13Z", "source_sha256": SHA,
        "origin": "extracted", "dismissed": ""}
    row.update(changes)
    return row


def frame_of(*rows: dict[str, object]) -> pd.DataFrame:
    """A verdict table built by hand."""
    return pd.DataFrame(list(rows), columns=list(VERDICT_COLUMNS))


def decisions(path: Path) -> list[tuple[str, str, str, str, str, str]]:
    """(claim_id, analyst, verdict, note, evidence, dismissed) of every row of a verdict file."""
    table = load_verdicts(path)
    return [tuple(r) for r in table[["claim_id", "analyst", "verdict", "note", "evidence", "dismissed"]]
            .itertuples(index=False)]


def two_speakers(folder: Path, *paragraphs: str) -> Path:
    """A press text whose paragraphs are given, with a title."""
    path = folder / "two.txt"
    path.write_text("Press release\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- 1. huge cells

def test_1_a_note_over_the_csv_field_limit_is_saved_and_read_back(source: Path, claim_ids: list[str]) -> None:
    note = "n" * 131_073
    record_verdict(source, claim_ids[0], "supported", note=note, analyst="ann")
    path = verdicts_path(source)
    store.clear_cache()
    assert (validate_verdicts(path), load_verdicts(path)["note"].tolist()) == ([], [note])
    assert summarise([source], analyst="ann")["reviewed"].tolist() == [1]


# ---------------------------------------------------------------- 2. not given is not empty

def test_2_changing_a_verdict_keeps_the_note_and_evidence(source: Path, claim_ids: list[str]) -> None:
    record_verdict(source, claim_ids[0], "supported", note="why", evidence="https://e.x", analyst="ann")
    record_verdict(source, claim_ids[0], "disputed", analyst="ann")
    record_verdict(source, claim_ids[0], "", analyst="ann")
    assert decisions(verdicts_path(source)) == [(claim_ids[0], "ann", "", "why", "https://e.x", "")]
    record_verdict(source, claim_ids[0], "unverified", note="", analyst="ann")
    assert decisions(verdicts_path(source)) == [(claim_ids[0], "ann", "unverified", "", "https://e.x", "")]


def test_2_the_command_line_without_note_keeps_the_note(source: Path, claim_ids: list[str], capsys) -> None:
    main(["verdict", str(source), claim_ids[0], "supported", "--note", "why", "--evidence", "e", "--analyst", "ann"])
    main(["verdict", str(source), claim_ids[0], "disputed", "--analyst", "ann"])
    main(["verdict", str(source), claim_ids[0], "", "--analyst", "ann"])
    assert decisions(verdicts_path(source)) == [(claim_ids[0], "ann", "", "why", "e", "")]


# ---------------------------------------------------------------- 3. the text changes under an open board

def test_3_a_decision_on_a_claim_edited_in_the_source_is_re_anchored_and_saved(tmp_path: Path) -> None:
    source = two_speakers(tmp_path, "Intro words here.", ALICE)
    session = ReviewSession(source, "ann", now=lambda: "12:00:00")
    claim_id = session.cursor
    source.write_text(source.read_text().replace("Intro words here.", "A longer intro, inserted.")
                      .replace("fell by half", "fell by a half"), encoding="utf-8")
    session.record("supported")
    text = load_source(source).text
    row = load_verdicts(verdicts_path(source)).iloc[0]
    assert (session.error, session.pending) == ("", {})
    assert (row["claim_id"], row["verdict"], row["quote"]) == (
        claim_id, "supported", "Waiting times fell by a half this year.")
    assert text[int(row["start"]):int(row["end"])] == row["quote"]
    reopened = ReviewSession(source, "ann")
    assert reopened.row(claim_id)["verdict"] == "supported"


@pytest.mark.parametrize("damage", ["delete source", "empty source", "broken csv"])
def test_3_an_unreadable_file_keeps_the_decision_pending_and_retry_works(tmp_path: Path, damage: str) -> None:
    source = two_speakers(tmp_path, ALICE)
    session = ReviewSession(source, "ann", now=lambda: "12:00:00")
    claim_id, text, csv_path = session.cursor, source.read_bytes(), verdicts_path(source)
    if damage == "delete source":
        source.unlink()
    elif damage == "empty source":
        source.write_bytes(b"")
    else:
        csv_path.write_text("not,a,verdict,file\n", encoding="utf-8")
    session.record("disputed")
    assert session.error.startswith(f"NOT SAVED: verdict 'disputed' for claim 1 of 1 ({claim_id}): ")
    assert (session.pending, session.retry()) == ({claim_id: {"verdict"}}, False)
    source.write_bytes(text)
    csv_path.unlink(missing_ok=True)
    assert (session.retry(), session.pending, session.error) == (True, {}, "")
    assert decisions(csv_path) == [(claim_id, "ann", "disputed", "", "", "")]


# ---------------------------------------------------------------- 4. outputs never clobber inputs

@pytest.mark.parametrize("target", ["verdicts", "conflicts", "source"])
def test_4_export_refuses_to_write_over_a_verdict_conflicts_or_source_file(source: Path, claim_ids: list[str],
                                                                         capsys, target: str) -> None:
    record_verdict(source, claim_ids[0], "supported", analyst="ann")
    path = verdicts_path(source)
    output = {"verdicts": path, "conflicts": conflicts_path(path), "source": source}[target]
    output.write_bytes(output.read_bytes() if output.exists() else b"kept")
    before = output.read_bytes()
    assert main(["export", str(path), "-o", str(output)]) == 2
    assert capsys.readouterr().err.startswith(f"error: {output}: is a ")
    assert output.read_bytes() == before


def test_4_merge_refuses_to_write_over_one_of_its_inputs_or_a_source(source: Path, claim_ids: list[str],
                                                                    capsys) -> None:
    record_verdict(source, claim_ids[0], "supported", analyst="ann")
    path = verdicts_path(source)
    before = path.read_bytes()
    assert main(["merge", str(path), "-o", str(path)]) == 2
    assert main(["merge", str(path), "-o", str(source)]) == 2
    assert (path.read_bytes(), capsys.readouterr().err.count("error: ")) == (before, 2)


# ---------------------------------------------------------------- 5. one decision, one write

def failing_replace(monkeypatch: pytest.MonkeyPatch, failures: set[int]) -> None:
    """Make the numbered calls of os.replace (1-based) fail as a full disk does."""
    real, calls = os.replace, [0]

    def replace(*args: object, **kwargs: object) -> None:
        calls[0] += 1
        if calls[0] in failures:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(*args, **kwargs)
    monkeypatch.setattr(os, "replace", replace)


def ticking_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every saved time one second later than the one before, as on a slow afternoon."""
    seconds = iter(range(10, 60))
    monkeypatch.setattr(store_table, "now_utc", lambda: f"2026-11-22T15:47:{next(seconds)}Z")


def test_5_a_verdict_and_a_dismissal_pending_together_are_saved_without_a_conflict(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = two_speakers(tmp_path, ALICE)
    session = ReviewSession(source, "ann", now=lambda: "12:00:00")
    claim_id = session.cursor
    ticking_clock(monkeypatch)
    failing_replace(monkeypatch, {1, 2, 4})
    session.record("supported")
    session.dismiss()
    session.retry()
    session.retry()
    monkeypatch.undo()
    session.set_note("kept")
    path = verdicts_path(source)
    assert (decisions(path), conflicts_path(path).exists()) == ([(claim_id, "ann", "supported", "kept", "", "yes")],
                                                               False)
    assert "another version" not in session.status


def test_5_undo_note_verdict_seven_times_never_conflicts(tmp_path: Path) -> None:
    source = two_speakers(tmp_path, ALICE)
    session = ReviewSession(source, "ann", now=lambda: "12:00:00")
    for turn in range(7):
        session.record("supported")
        session.undo()
        session.set_note(f"note {turn}")
        session.record("disputed")
        assert "another version" not in session.status
    path = verdicts_path(source)
    assert (decisions(path), conflicts_path(path).exists()) == (
        [(session.cursor, "ann", "disputed", "note 6", "", "")], False)


def test_5_a_save_that_landed_but_reported_failure_is_not_a_conflict_on_retry(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = two_speakers(tmp_path, ALICE)
    session = ReviewSession(source, "ann", now=lambda: "12:00:00")
    real_fsync = os.fsync

    def folder_fsync_fails(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_fsync(fd)
    monkeypatch.setattr(os, "fsync", folder_fsync_fails)
    session.dismiss()
    monkeypatch.undo()
    session.set_note("then a note")
    path = verdicts_path(source)
    assert (session.error, conflicts_path(path).exists()) == ("", False)
    assert decisions(path) == [(session.cursor, "ann", "", "then a note", "", "yes")]


# ---------------------------------------------------------------- 6. the same words from two speakers

def test_6_swapped_paragraphs_keep_each_verdict_with_its_speaker(tmp_path: Path) -> None:
    source = two_speakers(tmp_path, ALICE, BOB)
    table = review_table(source, "ann")
    alice, bob = table["claim_id"].tolist()
    record_verdict(source, alice, "supported", analyst="ann")
    record_verdict(source, bob, "disputed", analyst="ann")
    two_speakers(tmp_path, BOB, ALICE)
    table = review_table(source, "ann")
    assert table[["speaker", "verdict", "orphan"]].values.tolist() == [
        ["Bob Jones", "disputed", False], ["Alice Smith", "supported", False]]
    assert table["claim_id"].is_unique


def test_6_a_claim_whose_id_now_names_another_speakers_words_gets_its_own_id(tmp_path: Path) -> None:
    source = two_speakers(tmp_path, ALICE, BOB)
    bob = review_table(source, "ann")["claim_id"].tolist()[1]
    record_verdict(source, bob, "disputed", analyst="ann")
    two_speakers(tmp_path, BOB, ALICE)
    table = review_table(source, "ann")
    assert table[["speaker", "verdict", "orphan"]].values.tolist() == [
        ["Bob Jones", "disputed", False], ["Alice Smith", "", False]]
    assert table["claim_id"].tolist()[0] == bob and table["claim_id"].is_unique
    record_verdict(source, table["claim_id"].tolist()[1], "unverified", analyst="ann")
    table = review_table(source, "ann")
    assert table[["speaker", "verdict"]].values.tolist() == [["Bob Jones", "disputed"], ["Alice Smith", "unverified"]]


def test_6_a_deleted_paragraph_makes_its_verdict_an_orphan_not_another_speakers(tmp_path: Path) -> None:
    source = two_speakers(tmp_path, ALICE, BOB)
    alice, bob = review_table(source, "ann")["claim_id"].tolist()
    record_verdict(source, alice, "supported", analyst="ann")
    record_verdict(source, bob, "disputed", analyst="ann")
    two_speakers(tmp_path, BOB)
    table = review_table(source, "ann")
    assert table[["claim_id", "speaker", "verdict", "orphan"]].values.tolist() == [
        [bob, "Bob Jones", "disputed", False], [alice, "Alice Smith", "supported", True]]


def test_6_a_decision_on_an_orphan_keeps_it_an_orphan_with_its_speaker(tmp_path: Path) -> None:
    source = two_speakers(tmp_path, ALICE, BOB)
    alice, bob = review_table(source, "ann")["claim_id"].tolist()
    record_verdict(source, alice, "supported", analyst="ann")
    two_speakers(tmp_path, BOB)
    record_verdict(source, alice, "disputed", analyst="ann")
    table = review_table(source, "ann")
    assert table[["speaker", "verdict", "orphan"]].values.tolist() == [
        ["Bob Jones", "", False], ["Alice Smith", "disputed", True]]


# ---------------------------------------------------------------- 7. the merge base is explicit

def test_7_a_rebuilt_frame_with_its_base_does_not_overwrite_a_newer_row(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(frame_of(make_row(), make_row(claim_id="c2", start=30, end=40)), path)
    read = load_verdicts(path)
    newer = read.copy()
    newer.loc[0, ["verdict", "updated_at"]] = ["disputed", "2026-11-22T16:00:00Z"]
    save_verdicts(newer, path, base=read)
    rebuilt = pd.DataFrame(read.to_dict("records"))
    rebuilt.loc[1, "note"] = "mine"
    save_verdicts(rebuilt, path, base=read)
    assert decisions(path) == [("c1", "alice", "disputed", "", "", ""), ("c2", "alice", "supported", "mine", "", "")]
    assert not conflicts_path(path).exists()


def test_7_without_a_base_an_older_row_never_replaces_a_newer_one(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(frame_of(make_row(verdict="disputed", updated_at="2026-11-22T16:00:00Z")), path)
    with pytest.raises(ConflictError):
        save_verdicts(frame_of(make_row()), path)
    assert decisions(path) == [("c1", "alice", "disputed", "", "", "")]
    assert decisions(conflicts_path(path)) == [("c1", "alice", "supported", "", "", "")]


# ---------------------------------------------------------------- 8. symlinks

def test_8_a_symlinked_verdict_file_is_saved_through_to_its_target(tmp_path: Path) -> None:
    source = two_speakers(tmp_path, ALICE)
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "two.verdicts.csv"
    claim_id = review_table(source, "ann")["claim_id"].iloc[0]
    record_verdict(source, claim_id, "supported", analyst="ann")
    verdicts_path(source).rename(target)
    verdicts_path(source).symlink_to(target)
    record_verdict(source, claim_id, "disputed", analyst="ann")
    assert (verdicts_path(source).is_symlink(), decisions(target)) == (True, [(claim_id, "ann", "disputed", "", "", "")])


# ---------------------------------------------------------------- 9. hand-edited key cells

@pytest.mark.parametrize(("claim_id", "analyst"), [("c1 ", "alice"), ("c1", "alice "), ('="c1"', "alice"),
                                                   (" c1", '="alice"')])
def test_9_hand_edited_key_cells_load_as_the_same_key(tmp_path: Path, claim_id: str, analyst: str) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(frame_of(make_row(claim_id=claim_id, analyst=analyst)), path)
    assert decisions(path) == [("c1", "alice", "supported", "", "", "")]


def test_9_a_hand_edited_copy_of_a_key_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    line = ",".join(["c1", "x.txt", "S", "It is good.", "it is good", "10", "20", "supported", "", "",
                     "alice", "2026-11-22T15:47:13Z", SHA, "extracted", ""])
    path.write_bytes(("\ufeff" + HEADER + "\r\n" + line + "\r\n" + line.replace("alice", "alice ", 1) + "\r\n")
                     .encode("utf-8"))
    assert validate_verdicts(path) == [f"{path} line 3: claim 'c1' by analyst 'alice' is already on line 2; "
                                       "keep one of the two rows"]


# ---------------------------------------------------------------- 10. mixed encodings

def test_10_utf8_with_one_stray_windows_byte_is_refused_naming_the_offset(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("Caf\u00e9 owners said: \u201cWe grew.\u201d\n".encode("utf-8") + b"Price \x80 5.\n")
    with pytest.raises(SourceError) as caught:
        load_source(path)
    assert str(caught.value) == (f"{path}: is UTF-8 except for byte 40 (line 2), which is not; fix or delete "
                                 "that character, or re-save the whole file as UTF-8")


def test_10_a_pure_windows_1252_text_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "cp.txt"
    path.write_bytes(b"Caf\xe9 owners said: \x93We grew.\x94\n")
    assert (load_source(path).text, load_source(path).encoding) == ("Caf\u00e9 owners said: \u201cWe grew.\u201d\n",
                                                                    "cp1252")


# ---------------------------------------------------------------- 11. hostile names and addresses

@pytest.mark.parametrize("name", ["ann\u200b", "\ufeffann", "ann\u202eevil"])
def test_11_analyst_names_with_format_characters_are_refused(name: str) -> None:
    with pytest.raises(VerdictError) as caught:
        resolve_analyst(name)
    assert str(caught.value) == (f"analyst name {name!r} contains an invisible formatting character (such as a "
                                 "zero-width space or a direction mark); pass --analyst NAME, set "
                                 "CLAIMS_ANALYST to your name, or give your name in the app (claims.app(folder))")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd"])
def test_11_export_refuses_a_source_url_that_is_not_a_web_address(url: str) -> None:
    frame = frame_of(make_row())
    with pytest.raises(ClaimsError) as caught:
        claim_reviews(frame, source_url=url)
    assert str(caught.value) == (f"--source-url {url!r} is not an http(s) address; give the web page where the "
                                 "claims were made, like https://example.org/press/1")


# ---------------------------------------------------------------- 12. huge offsets

def test_12_an_offset_of_thousands_of_digits_is_a_problem_named_by_line(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    big = "9" * 5000
    line = ",".join(["c1", "x.txt", "S", "It is good.", "it is good", "10", big, "supported", "", "",
                     "alice", "2026-11-22T15:47:13Z", SHA, "extracted", ""])
    path.write_bytes(("\ufeff" + HEADER + "\r\n" + line + "\r\n").encode("utf-8"))
    problem = f"{path} line 2: end '{'9' * 40}…' is not a whole number of characters"
    assert validate_verdicts(path) == [problem]
    with pytest.raises(VerdictFileError, match="line 2: end"):
        load_verdicts(path)


# ---------------------------------------------------------------- 13. the command line

def test_13_a_note_starting_with_a_dash_is_a_note(source: Path, claim_ids: list[str], capsys) -> None:
    assert main(["verdict", str(source), claim_ids[0], "supported", "--note", "-x", "--analyst", "ann"]) == 0
    assert decisions(verdicts_path(source)) == [(claim_ids[0], "ann", "supported", "-x", "", "")]


def test_13_a_source_named_with_a_leading_dash_is_a_source(tmp_path: Path, capsys,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    two_speakers(tmp_path, ALICE).rename(tmp_path / "-x.txt")
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "-x.txt", "--format", "csv"]) == 0
    assert capsys.readouterr().out.count("Alice Smith") == 1


def test_13_utf16_without_a_byte_order_mark_is_named_so(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Plain words in a text.\n".encode("utf-16-le"))
    with pytest.raises(SourceError) as caught:
        load_source(path)
    assert str(caught.value) == (f"{path}: looks like UTF-16 text without a byte-order mark; re-save it as "
                                 "UTF-8 (for example with your editor's 'Save with encoding')")


def test_13_one_empty_text_does_not_stop_status_for_the_others(tmp_path: Path, capsys) -> None:
    source = two_speakers(tmp_path, ALICE)
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["status", str(tmp_path), "--analyst", "ann", "--format", "csv"]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines()[1:] == [f"{source},ann,1,0,0,0,0,0,0,0,0,0"]  # ... corrected, added
    assert captured.err == (f"skipped {tmp_path / 'empty.txt'}: {tmp_path / 'empty.txt'}: the file is empty; "
                            "save the source text into it and try again\n")

