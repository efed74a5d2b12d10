"""The journal beside each verdict file: history, recovering a note, finding lost rows, rebuilding."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from claims.cli import main
from claims.model import ConflictError, VerdictFileError
from claims.store import (
    conflicts_path,
    earlier_notes,
    history,
    journal_path,
    load_verdicts,
    read_journal,
    rebuild_verdicts,
    save_verdicts,
    validate_verdicts,
    verdicts_path,
)
from claims.store import journal as store_journal
from claims.store import table as store_table
from claims.verdicts import record_verdict

CLOCK = [f"2026-11-22T15:47:{second:02d}Z" for second in range(10, 60)]


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Saved times one second apart, from 15:47:10."""
    times = iter(CLOCK)
    monkeypatch.setattr(store_table, "now_utc", lambda: next(times))
    monkeypatch.setattr(store_journal, "now_utc", lambda: next(times))


def decisions(path: Path) -> list[tuple[str, str, str, str]]:
    """(claim_id, analyst, verdict, note) of every row of a verdict file."""
    table = load_verdicts(path)
    return [tuple(r) for r in table[["claim_id", "analyst", "verdict", "note"]].itertuples(index=False)]


def three_verdicts(source: Path, claim_ids: list[str]) -> Path:
    """Save three verdicts by ann on the first three claims; return the verdict file."""
    for claim_id, verdict in zip(claim_ids[:3], ("supported", "disputed", "unverified")):
        record_verdict(source, claim_id, verdict, note=f"why {verdict}", analyst="ann")
    return verdicts_path(source)


def test_every_decision_is_journalled_with_who_and_when(source: Path, claim_ids: list[str], clock: None) -> None:
    record_verdict(source, claim_ids[0], "supported", note="first", analyst="ann")
    record_verdict(source, claim_ids[0], "disputed", note="second", analyst="ann")
    record_verdict(source, claim_ids[0], "unverified", analyst="bob")
    assert [(e["at"], e["op"], e["analyst"], e["updated_at"], e["verdict"], e["note"])
            for e in history(source, claim_ids[0])] == [
        (CLOCK[1], "saved", "ann", CLOCK[0], "supported", "first"),
        (CLOCK[3], "saved", "ann", CLOCK[2], "disputed", "second"),
        (CLOCK[5], "saved", "bob", CLOCK[4], "unverified", "")]
    assert [e["note"] for e in history(verdicts_path(source), claim_ids[0], "ann")] == ["first", "second"]


def test_an_overwritten_note_can_be_recovered(source: Path, claim_ids: list[str]) -> None:
    record_verdict(source, claim_ids[0], "supported", note="three pages of reasons", analyst="ann")
    record_verdict(source, claim_ids[0], "supported", note="oops", analyst="ann")
    assert earlier_notes(source, claim_ids[0], "ann") == ["three pages of reasons", "oops"]


def test_a_save_that_changes_nothing_journals_nothing(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    row = {"claim_id": "c1", "source": "x.txt", "speaker": "S", "claim": "C.", "quote": "q", "start": 1, "end": 2,
           "verdict": "supported", "note": "", "evidence": "", "analyst": "ann", "updated_at": CLOCK[0],
           "source_sha256": "", "origin": "extracted", "dismissed": "", "original_speaker": "", "original_claim": "", "original_quote": "", "speaker_checked": ""}
    frame = pd.DataFrame([row])
    save_verdicts(frame, path)
    save_verdicts(frame, path, base=frame)
    assert [(e["op"], e["row"]) for e in read_journal(path)[0]] == [("saved", row)]


def test_a_superseded_version_is_journalled_too(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    old = {"claim_id": "c1", "source": "x.txt", "speaker": "S", "claim": "C.", "quote": "q", "start": 1, "end": 2,
           "verdict": "supported", "note": "", "evidence": "", "analyst": "ann", "updated_at": CLOCK[0],
           "source_sha256": "", "origin": "extracted", "dismissed": "", "original_speaker": "", "original_claim": "", "original_quote": "", "speaker_checked": ""}
    new = {**old, "verdict": "disputed", "updated_at": CLOCK[1]}
    save_verdicts(pd.DataFrame([old]), path)
    with pytest.raises(ConflictError):
        save_verdicts(pd.DataFrame([new]), path)
    assert [(e["op"], e["row"]["verdict"]) for e in read_journal(path)[0]] == [
        ("saved", "supported"), ("saved", "disputed"), ("superseded", "supported")]
    assert decisions(conflicts_path(path)) == [("c1", "ann", "supported", "")]


@pytest.mark.parametrize("keep", [1, 2])
def test_validate_tells_a_file_cut_at_a_row_boundary(source: Path, claim_ids: list[str], keep: int) -> None:
    path = three_verdicts(source, claim_ids)
    lines = path.read_bytes().split(b"\r\n")
    path.write_bytes(b"\r\n".join(lines[:1 + keep]) + b"\r\n")
    lost = load_verdicts(path)
    assert len(lost) == keep
    problems = validate_verdicts(path)
    assert len(problems) == 3 - keep
    assert problems[0].startswith(f"{path}: claim ") and problems[0].endswith(
        f"is in the journal ({journal_path(path).name}, saved {problems[0].split('saved ')[1].split(')')[0]}) "
        f"but not in the file, which has lost rows; run `python -m claims rebuild {path}` to restore them")


def test_rebuild_restores_lost_rows_and_keeps_a_copy(source: Path, claim_ids: list[str]) -> None:
    path = three_verdicts(source, claim_ids)
    whole = decisions(path)
    cut = path.read_bytes()[:-40]
    path.write_bytes(cut)
    rebuilt = rebuild_verdicts(path)
    assert (rebuilt.kept, rebuilt.restored, decisions(path), validate_verdicts(path)) == (2, 1, whole, [])
    assert rebuilt.copy is not None and rebuilt.copy.read_bytes() == cut


def test_rebuild_of_an_unreadable_file_takes_everything_from_the_journal(source: Path, claim_ids: list[str]) -> None:
    path = three_verdicts(source, claim_ids)
    whole = decisions(path)
    path.write_bytes(b"\x00garbage")
    rebuilt = rebuild_verdicts(path)
    assert (rebuilt.kept, rebuilt.restored, decisions(path)) == (0, 3, whole)


def test_a_line_cut_by_a_killed_writer_is_skipped_and_the_next_entry_starts_afresh(source: Path,
                                                                                   claim_ids: list[str]) -> None:
    record_verdict(source, claim_ids[0], "supported", analyst="ann")
    journal = journal_path(verdicts_path(source))
    journal.write_bytes(journal.read_bytes() + b'{"at": "2026-11-22T1')
    record_verdict(source, claim_ids[1], "disputed", analyst="ann")
    entries, bad = read_journal(verdicts_path(source))
    assert ([e["row"]["claim_id"] for e in entries], bad) == ([claim_ids[0], claim_ids[1]], 1)
    assert all(json.loads(line) for line in journal.read_text().splitlines() if line.startswith('{"at": "2026-11-22T15'))


def test_the_command_line_validates_repairs_rebuilds_and_shows_history(source: Path, claim_ids: list[str],
                                                                      capsys) -> None:
    path = three_verdicts(source, claim_ids)
    whole = decisions(path)
    path.write_bytes(b"\r\n".join(path.read_bytes().split(b"\r\n")[:2]) + b"\r\n")
    assert main(["validate", str(path)]) == 1
    assert main(["validate", "--repair", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2].startswith(f"{path}: rebuilt: 1 row(s) kept, 2 restored from the journal; the old file is kept as ")
    assert (out[-1], decisions(path)) == (f"{path}: ok", whole)
    assert main(["rebuild", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}: rebuilt: 3 row(s) kept, 0 restored from the journal\n"
    assert main(["history", str(source), claim_ids[0], "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "at,op,analyst,updated_at,verdict,note,evidence,dismissed,origin,speaker,claim,quote"
    assert [line.split(",")[1:3] + line.split(",")[4:6] for line in lines[1:]] == [
        ["saved", "ann", "supported", "why supported"]]
    assert main(["history", str(source), "nope"]) == 1


def test_a_journal_line_from_before_confirmations_reads_speaker_checked_empty(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    row = {"claim_id": "c1", "source": "x.txt", "speaker": "S", "claim": "C.", "quote": "q", "start": 1, "end": 2,
           "verdict": "supported", "note": "", "evidence": "", "analyst": "ann", "updated_at": CLOCK[0],
           "source_sha256": "", "origin": "extracted", "dismissed": "", "original_speaker": "", "original_claim": "",
           "original_quote": ""}
    journal_path(path).write_text(json.dumps({"at": CLOCK[0], "op": "saved", "row": row}) + "\n", encoding="utf-8")
    assert [(e["op"], e["row"]) for e in read_journal(path)[0]] == [("saved", {**row, "speaker_checked": ""})]


def interrupted_replace(*args: object, **kwargs: object) -> None:
    """An os.replace that the analyst's Ctrl-C stops before it runs."""
    raise KeyboardInterrupt


def test_a_save_stopped_by_ctrl_c_before_the_file_is_replaced_leaves_no_journal_entry(
        source: Path, claim_ids: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    path = three_verdicts(source, claim_ids)
    before = journal_path(path).read_bytes()
    monkeypatch.setattr("claims.store.files.os.replace", interrupted_replace)
    with pytest.raises(KeyboardInterrupt):
        record_verdict(source, claim_ids[3], "disputed", note="never saved", analyst="ann")
    monkeypatch.undo()
    assert (journal_path(path).read_bytes(), validate_verdicts(path)) == (before, [])


def test_a_save_stopped_by_ctrl_c_after_the_file_is_replaced_keeps_its_journal_entry(
        source: Path, claim_ids: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    path = three_verdicts(source, claim_ids)
    monkeypatch.setattr("claims.store.files._fsync_folder", lambda path: interrupted_replace())
    with pytest.raises(KeyboardInterrupt):
        record_verdict(source, claim_ids[3], "disputed", note="saved", analyst="ann")
    monkeypatch.undo()
    assert ([e["note"] for e in history(path, claim_ids[3], "ann")], validate_verdicts(path)) == (["saved"], [])


def test_rebuild_of_a_source_text_refuses_and_leaves_it_alone(source: Path, claim_ids: list[str]) -> None:
    three_verdicts(source, claim_ids)
    text, names = source.read_bytes(), sorted(p.name for p in source.parent.iterdir())
    with pytest.raises(VerdictFileError) as caught:
        rebuild_verdicts(source)
    assert (str(caught.value), source.read_bytes(), sorted(p.name for p in source.parent.iterdir())) == (
        f"{source}: is a source text, not a verdict file; nothing was changed; rebuild its verdict file: "
        f"python -m claims rebuild {verdicts_path(source)}", text, names)


def test_rebuild_of_a_mistyped_path_creates_nothing(tmp_path: Path, capsys) -> None:
    path = tmp_path / "typo.verdicts.csv"
    assert main(["rebuild", str(path)]) == 2
    assert (capsys.readouterr().err, list(tmp_path.iterdir())) == (
        f"error: {path}: no such file and no journal ({journal_path(path).name}) to rebuild it from; "
        "check the path\n", [])


def test_rebuild_of_a_file_that_is_no_verdict_file_and_has_no_journal_refuses(tmp_path: Path) -> None:
    path = tmp_path / "budget.csv"
    path.write_bytes(b"year,amount\r\n2026,5\r\n")
    with pytest.raises(VerdictFileError) as caught:
        rebuild_verdicts(path)
    assert (str(caught.value), path.read_bytes(), [p.name for p in tmp_path.iterdir()]) == (
        f"{path}: is not a verdict file (its first line is not the verdict header) and has no journal "
        f"({journal_path(path).name}) to rebuild it from; nothing was changed; check the path",
        b"year,amount\r\n2026,5\r\n", ["budget.csv"])
