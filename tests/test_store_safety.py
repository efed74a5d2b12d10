"""The verdict store under stress: killed writers, concurrent processes, full disks, held locks."""
from __future__ import annotations

import errno
import multiprocessing
import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from filelock import FileLock

from claims import store
from claims.store import files as store_files
from claims.extract import extract_claims
from claims.model import VERDICT_COLUMNS, ConflictError, SaveError
from claims.store import (
    conflicts_path,
    journal_path,
    load_verdicts,
    lock_path,
    parse_verdicts,
    render_verdicts,
    save_verdicts,
    stale_temps,
    verdicts_path,
)
from claims.verdicts import record_verdict

ROWS = 120
KILLS = 40


def version_rows(version: int) -> list[dict[str, object]]:
    """The rows of one version of a file: every note names the version, with characters that need quoting."""
    return [{"claim_id": f"c{i:03d}", "source": "x.txt", "speaker": "Norfolk County Council",
             "claim": f"Claim {i}, with \"quotes\"; and more.", "quote": f"quote {i}", "start": i * 10,
             "end": i * 10 + 7, "verdict": ("supported", "disputed", "unverified")[(version + i) % 3],
             "note": f"=version {version}\r\nrow {i}", "evidence": "", "analyst": "ann",
             "updated_at": "2026-11-22T15:47:13Z", "source_sha256": "", "origin": "extracted", "dismissed": ""}
            for i in range(ROWS)]


def version_of(path: Path) -> int:
    """Return which complete version the file holds; fail if it is not exactly one of them."""
    data = path.read_bytes()
    records, problems = parse_verdicts(data, path)
    assert problems == [] and len(records) == ROWS
    version = int(str(records[0]["note"]).split()[1])
    assert data == render_verdicts(version_rows(version)), f"file is not exactly version {version}"
    return version


def save_versions_forever(path: Path, version: int) -> None:
    """In a child process: load, change every row, save; again and again until killed."""
    while True:
        version += 1
        base = load_verdicts(path)
        frame = base.copy()
        fresh = pd.DataFrame(version_rows(version), columns=list(VERDICT_COLUMNS))
        frame["note"], frame["verdict"] = fresh["note"], fresh["verdict"]
        save_verdicts(frame, path, base=base)


@pytest.mark.parametrize("tmpfile", [True, False], ids=["O_TMPFILE", "named-temp"])
def test_a_writer_killed_at_random_moments_leaves_a_whole_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               tmpfile: bool) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(pd.DataFrame(version_rows(0), columns=list(VERDICT_COLUMNS)), path)
    if not tmpfile:
        monkeypatch.delattr(os, "O_TMPFILE", raising=False)
    context, rng = multiprocessing.get_context("fork"), random.Random(20261122)
    version, advanced, left, window, still = 0, 0, set(), 0.1, 0
    for _ in range(KILLS):
        child = context.Process(target=save_versions_forever, args=(path, version), daemon=True)
        child.start()
        time.sleep(rng.uniform(0.0, window))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        assert child.exitcode == -signal.SIGKILL
        now = version_of(path)
        assert now >= version
        temps = set(stale_temps(path))
        if now > version:
            advanced += 1
            assert not left & temps, "a save must remove the temporary files an earlier kill left"
        still = 0 if now > version else still + 1
        if still == 5:  # five kills in a row before any save ended: a loaded machine saves slower than the window
            window, still = min(window * 2, 3.2), 0
        version, left = now, temps
    save_verdicts(load_verdicts(path), path, base=load_verdicts(path))
    assert (stale_temps(path), conflicts_path(path).exists()) == ([], False)
    assert 0 < advanced < KILLS, "some kills should land before a child's first save completes, some after"


CHILD = """
import pathlib, sys, time
from claims.verdicts import record_verdict
source, tag, go = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
(go.parent / ("ready-" + tag)).touch()
while not go.exists():
    time.sleep(0.001)
for claim_id in sys.argv[4:]:
    record_verdict(source, claim_id, "supported", note=tag + " " + claim_id, analyst="ann")
"""


def test_two_processes_writing_one_file_lose_no_row(seeds_copy: Path, tmp_path: Path) -> None:
    source = seeds_copy / "001_171feed66f9bd120.txt"
    ids = extract_claims(source)["claim_id"].tolist()
    go = tmp_path / "go"
    halves = {"even": ids[0::2], "odd": ids[1::2]}
    children = [subprocess.Popen([sys.executable, "-c", CHILD, str(source), tag, str(go), *half])
                for tag, half in halves.items()]
    deadline = time.monotonic() + 60
    while not all((tmp_path / f"ready-{tag}").exists() for tag in halves) and time.monotonic() < deadline:
        time.sleep(0.01)
    go.touch()
    assert [child.wait(timeout=120) for child in children] == [0, 0]
    saved = load_verdicts(verdicts_path(source))
    expected = {i: f"{tag} {i}" for tag, half in halves.items() for i in half}
    assert dict(zip(saved["claim_id"], saved["note"], strict=True)) == expected
    assert saved["claim_id"].tolist() == ids


OTHER_WRITER = """
import sys
from claims.verdicts import record_verdict
record_verdict(sys.argv[1], sys.argv[2], sys.argv[3], note=sys.argv[4], analyst="ann")
"""


def write_from_another_process(source: Path, claim_id: str, verdict: str, note: str) -> None:
    """Record a verdict in a separate Python process, as a second kernel or the command line would."""
    subprocess.run([sys.executable, "-c", OTHER_WRITER, str(source), claim_id, verdict, note], check=True, timeout=120)


def test_a_row_another_process_wrote_between_two_saves_survives(seeds_copy: Path) -> None:
    source = seeds_copy / "001_171feed66f9bd120.txt"
    ids = extract_claims(source)["claim_id"].tolist()
    record_verdict(source, ids[0], "supported", note="mine, first", analyst="ann")
    write_from_another_process(source, ids[1], "disputed", "theirs")
    record_verdict(source, ids[2], "unverified", note="mine, second", analyst="ann")
    saved = load_verdicts(verdicts_path(source))
    assert saved[["claim_id", "verdict", "note"]].values.tolist() == [
        [ids[0], "supported", "mine, first"], [ids[1], "disputed", "theirs"], [ids[2], "unverified", "mine, second"]]


def test_a_row_another_process_changed_after_it_was_cached_is_a_conflict(seeds_copy: Path) -> None:
    source = seeds_copy / "001_171feed66f9bd120.txt"
    claim_id = extract_claims(source)["claim_id"].tolist()[0]
    seen = record_verdict(source, claim_id, "supported", note="mine", analyst="ann")
    write_from_another_process(source, claim_id, "disputed", "theirs")
    with pytest.raises(ConflictError) as caught:
        record_verdict(source, claim_id, "unverified", note="mine again", analyst="ann", expected=seen)
    kept = load_verdicts(conflicts_path(verdicts_path(source)))
    assert (caught.value.conflicts[["verdict", "note"]].values.tolist(), kept[["verdict", "note"]].values.tolist(),
            load_verdicts(verdicts_path(source))[["verdict", "note"]].values.tolist()) == (
        [["disputed", "theirs"]], [["disputed", "theirs"]], [["unverified", "mine again"]])


# ---------------------------------------------------------------- disk full and I/O errors

def failing(error: int, only_files: bool = False):
    """A stand-in for os.fsync/os.replace/os.write that fails with the given errno."""
    def fail(*args: object, **kwargs: object) -> None:
        if only_files and isinstance(args[0], int) and stat.S_ISDIR(os.fstat(args[0]).st_mode):
            return None
        raise OSError(error, os.strerror(error))
    return fail


def small_file(tmp_path: Path) -> tuple[Path, bytes, pd.DataFrame, pd.DataFrame]:
    """A saved verdict file, its bytes, a changed table to save over it, and the table as read (its merge base)."""
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(pd.DataFrame(version_rows(1)[:3], columns=list(VERDICT_COLUMNS)), path)
    base = load_verdicts(path)
    frame = base.copy()
    frame["note"] = "changed"
    return path, path.read_bytes(), frame, base


@pytest.mark.parametrize("tmpfile", [True, False], ids=["O_TMPFILE", "named-temp"])
@pytest.mark.parametrize(("function", "error", "reason", "hint"), [
    ("fsync", errno.ENOSPC, "No space left on device", "free some disk space"),
    ("write", errno.ENOSPC, "No space left on device", "free some disk space"),
    ("replace", errno.EIO, "Input/output error", "check the disk"),
    ("fchmod", errno.EPERM, "Operation not permitted", "check the folder's permissions"),
])
def test_a_failed_save_leaves_the_old_file_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       tmpfile: bool, function: str, error: int, reason: str,
                                                       hint: str) -> None:
    path, before, frame, base = small_file(tmp_path)
    if not tmpfile:
        monkeypatch.delattr(os, "O_TMPFILE")
    monkeypatch.setattr(os, function, failing(error))
    with pytest.raises(SaveError) as caught:
        save_verdicts(frame, path, base=base)
    monkeypatch.undo()
    assert str(caught.value) == (f"{path}: could not be saved ({reason}); the old file is intact and your change "
                                 f"is not saved; {hint}, then try again")
    assert (path.read_bytes(), stale_temps(path), frame["note"].tolist()) == (before, [], ["changed"] * 3)
    save_verdicts(frame, path, base=base)
    assert load_verdicts(path)["note"].tolist() == ["changed"] * 3


def test_record_verdict_on_a_full_disk_raises_and_keeps_the_file(seeds_copy: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    source = seeds_copy / "001_171feed66f9bd120.txt"
    first, second = extract_claims(source)["claim_id"].tolist()[:2]
    record_verdict(source, first, "supported", analyst="ann")
    before = verdicts_path(source).read_bytes()
    monkeypatch.setattr(os, "fsync", failing(errno.ENOSPC))
    with pytest.raises(SaveError, match="No space left on device"):
        record_verdict(source, second, "disputed", analyst="ann")
    assert (verdicts_path(source).read_bytes(), stale_temps(verdicts_path(source))) == (before, [])


def test_a_failed_folder_flush_says_the_new_version_is_in_place(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path, _, frame, base = small_file(tmp_path)
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_fsync(fd)
    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(SaveError) as caught:
        save_verdicts(frame, path, base=base)
    assert str(caught.value) == (f"{path}: the new version is in place but the folder could not be flushed to "
                                 "disk (Input/output error); save again to be sure")


def test_a_failed_conflicts_write_saves_neither_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, before, _, base = small_file(tmp_path)
    other = pd.DataFrame(version_rows(2)[:1], columns=list(VERDICT_COLUMNS))
    journal = journal_path(path).read_bytes()
    real_fsync, fail = os.fsync, failing(errno.ENOSPC)

    def fsync_all_but_the_journal(fd: int) -> None:
        (real_fsync if os.readlink(f"/proc/self/fd/{fd}").endswith(".jsonl") else fail)(fd)
    monkeypatch.setattr(os, "fsync", fsync_all_but_the_journal)
    with pytest.raises(SaveError, match="x.verdicts.conflicts.csv: could not be saved"):
        save_verdicts(other, path)
    assert (path.read_bytes(), conflicts_path(path).exists(), journal_path(path).read_bytes()) == (
        before, False, journal)


def test_a_held_lock_times_out_with_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, before, frame, base = small_file(tmp_path)
    monkeypatch.setattr(store_files, "LOCK_TIMEOUT", 0.2)
    with FileLock(lock_path(path)):
        with pytest.raises(SaveError) as caught:
            save_verdicts(frame, path, base=base)
    assert str(caught.value) == (f"{path}: another process has held x.verdicts.csv.lock for over 0.2 s; wait for it "
                                 "or close the other notebook or command, then try again; nothing was saved")
    assert path.read_bytes() == before


def test_a_read_only_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, before, frame, base = small_file(tmp_path)
    real_open = os.open

    def refuse_writing(name: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & os.O_WRONLY and Path(str(name)) != lock_path(path):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return real_open(name, flags, *args, **kwargs)
    monkeypatch.setattr(os, "open", refuse_writing)
    with pytest.raises(SaveError) as caught:
        save_verdicts(frame, path, base=base)
    assert str(caught.value) == (f"{path}: could not be saved (Read-only file system); the old file is intact and "
                                 "your change is not saved; the disk is read-only; save to another folder, then "
                                 "try again")
    monkeypatch.undo()
    assert path.read_bytes() == before


def test_a_missing_folder_is_reported_not_created(tmp_path: Path) -> None:
    path = tmp_path / "missing-folder" / "x.verdicts.csv"
    with pytest.raises(SaveError) as caught:
        save_verdicts(pd.DataFrame(version_rows(1)[:1], columns=list(VERDICT_COLUMNS)), path)
    assert (str(caught.value), path.parent.exists()) == (
        f"{path}: the folder {path.parent} does not exist; check the path; nothing was saved", False)


def test_a_lock_file_that_cannot_be_created_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, before, frame, base = small_file(tmp_path)
    lock_path(path).unlink()
    real_open = os.open

    def refuse_lock(name: object, flags: int, *args: object, **kwargs: object) -> int:
        if Path(str(name)) == lock_path(path):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real_open(name, flags, *args, **kwargs)
    monkeypatch.setattr(os, "open", refuse_lock)
    with pytest.raises(SaveError) as caught:
        save_verdicts(frame, path, base=base)
    monkeypatch.undo()
    assert (str(caught.value), path.read_bytes()) == (
        f"{path}: cannot create the lock file x.verdicts.csv.lock (Permission denied); check that the folder "
        "exists and that you may write to it; nothing was saved", before)
