"""Soak test of the verdict store's atomic save: kill a saving process with SIGKILL, many times.

Each cycle forks a child that loads a verdict file, changes every row and saves it, again and again,
and kills it with SIGKILL after a random delay (so kills land in every phase of a save: reading,
holding the lock, writing the temporary file, fsync, rename, fsync of the folder). After each kill
the file must be byte for byte one complete version the child or its predecessors wrote, never older
than before the kill. Temporary files seen right after a kill are counted; the next save must remove
them. At the end one more save must leave no temporary file at all.

    python scripts/soak_kill.py                 # 1000 cycles, about a minute
    python scripts/soak_kill.py --cycles 50 --rows 500 --seed 7
    python scripts/soak_kill.py --named-temp    # the fallback for file systems without O_TMPFILE

Exit status 0 when no file was torn and no temporary file outlived the next save; 1 otherwise.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from claims.model import VERDICT_COLUMNS
from claims.store import (
    load_verdicts,
    parse_verdicts,
    render_verdicts,
    save_verdicts,
    stale_temps,
)


def version_rows(version: int, rows: int) -> list[dict[str, object]]:
    """Every row of one version: notes name the version and hold characters that need quoting."""
    return [{"claim_id": f"c{i:04d}", "source": "x.txt", "speaker": "Norfolk County Council",
             "claim": f"Claim {i}, with \"quotes\"; and more.", "quote": f"quote {i}", "start": i * 10,
             "end": i * 10 + 7, "verdict": ("supported", "disputed", "unverified")[(version + i) % 3],
             "note": f"=version {version}\r\nrow {i}", "evidence": "", "analyst": "ann",
             "updated_at": "2026-11-22T15:47:13Z", "source_sha256": "", "origin": "extracted", "dismissed": ""}
            for i in range(rows)]


def save_forever(path: Path, version: int, rows: int) -> None:
    """In the child: load, change every row, save; repeat until killed."""
    while True:
        version += 1
        base = load_verdicts(path)
        frame = base.copy()
        fresh = pd.DataFrame(version_rows(version, rows), columns=list(VERDICT_COLUMNS))
        frame["note"], frame["verdict"] = fresh["note"], fresh["verdict"]
        save_verdicts(frame, path, base=base)


def complete_version(path: Path, rows: int) -> int | None:
    """Return the version the file holds if it is exactly one complete version, else None (torn)."""
    try:
        data = path.read_bytes()
        records, problems = parse_verdicts(data, path)
        version = int(str(records[0]["note"]).split()[1])
    except Exception:  # noqa: BLE001 - anything unreadable counts as torn
        return None
    if problems or data != render_verdicts(version_rows(version, rows)):
        return None
    return version


def soak(folder: Path, cycles: int, rows: int, seed: int, max_delay: float) -> dict[str, object]:
    """Run the kill cycles in folder and return the figures."""
    path = folder / "soak.verdicts.csv"
    save_verdicts(pd.DataFrame(version_rows(0, rows), columns=list(VERDICT_COLUMNS)), path)
    context, rng = multiprocessing.get_context("fork"), random.Random(seed)
    figures = {"cycles": cycles, "rows": rows, "kills": 0, "torn files": 0, "went backwards": 0,
               "file still old after kill": 0, "file newer after kill": 0, "saves completed": 0,
               "temp files right after a kill": 0, "stray temp files after next save": 0}
    version, left, started = 0, set(), time.perf_counter()
    for _ in range(cycles):
        child = context.Process(target=save_forever, args=(path, version, rows), daemon=True)
        child.start()
        time.sleep(rng.uniform(0.0, max_delay))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        figures["kills"] += child.exitcode == -signal.SIGKILL
        now = complete_version(path, rows)
        if now is None:
            figures["torn files"] += 1
            break
        temps = set(stale_temps(path))
        if now > version:  # this child saved at least once, so it must have removed what the last kill left
            figures["stray temp files after next save"] += len(left & temps)
        figures["went backwards"] += now < version
        figures["file newer after kill" if now > version else "file still old after kill"] += 1
        figures["saves completed"] += max(0, now - version)
        figures["temp files right after a kill"] += len(temps - left)
        version, left = now, temps
    if not figures["torn files"]:
        save_verdicts(load_verdicts(path), path, base=load_verdicts(path))
        figures["stray temp files after next save"] += len(stale_temps(path))
    figures["seconds"] = round(time.perf_counter() - started, 1)
    return figures


def main(argv: list[str] | None = None) -> int:
    """Parse the options, run the soak in a temporary folder, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=1000, help="how many times to kill a writer (1000)")
    parser.add_argument("--rows", type=int, default=120, help="rows in the verdict file (120)")
    parser.add_argument("--seed", type=int, default=20261122, help="seed of the random kill delays")
    parser.add_argument("--max-delay", type=float, default=0.08, help="longest wait before a kill, seconds")
    parser.add_argument("--folder", type=Path, help="where to soak (default: a fresh temporary folder)")
    parser.add_argument("--named-temp", action="store_true",
                        help="disable O_TMPFILE, to soak the fallback for file systems without it")
    args = parser.parse_args(argv)
    if args.named_temp and hasattr(os, "O_TMPFILE"):
        del os.O_TMPFILE  # the store checks for it on every save; the forked children inherit this
    with tempfile.TemporaryDirectory(dir=args.folder) as folder:
        figures = soak(Path(folder), args.cycles, args.rows, args.seed, args.max_delay)
    width = max(len(name) for name in figures)
    for name, value in figures.items():
        print(f"{name:<{width}}  {value}")
    failed = figures["torn files"] or figures["went backwards"] or figures["stray temp files after next save"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
