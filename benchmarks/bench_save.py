"""Saving: recording one verdict into a 10,000-row verdict file, against writing the table with to_csv + fsync.

`claims.store.record_verdict` is the analyst's whole save: read the source (for its SHA-256), take the
lock, re-read and merge the file, write a temporary file, fsync, replace, fsync the folder. The floor,
measured in the same run on the same disk, is `DataFrame.to_csv` of the same table plus one fsync.
Every repeat changes the note, so every repeat really writes. Targets (issue 5): median at most 2x
the floor, and under 100 ms.
"""
from __future__ import annotations

import os
import random
import shutil
import sys
from pathlib import Path

from benchmarks.common import WORK, Row, child_rows, finish, median, p95, parser, ratio, repeat
from benchmarks.corpus import write_long_text

BENCH = "save"
ROWS = 10_000
SMOKE_ROWS = 100
REPEATS = 30
SMOKE_REPEATS = 3
MAX_FLOOR_RATIO = 2.0
MAX_MS = 100.0
ANALYST = "benchmark"
NOTES = ("Checked against the annual report, page 12.", "=SUM(A1:A3) looks like a formula; kept as text.",
         "Two lines:\nfirst, then second; with a comma, and \"quotes\".", "Figure matches the regulator\u2019s data.",
         "", "Source disputes this; see the inspectorate\u2019s letter of 4 March.")


def prepare(folder: Path, rows: int) -> Path:
    """Write a source text with `rows` claims and a verdict file with one reviewed row per claim; return the source."""
    from claims import extract_claims, load_source, save_verdicts, verdicts_path
    from claims.model import VERDICTS
    from claims.store.csvformat import now_utc
    if folder.exists():
        shutil.rmtree(folder)
    source = folder / "long.txt"
    write_long_text(source, rows)
    frame = extract_claims(source).head(rows)
    rng = random.Random(5)
    sha = load_source(source).sha256
    frame = frame.assign(verdict=[rng.choice(VERDICTS + ("",)) for _ in range(len(frame))],
                         note=[rng.choice(NOTES) for _ in range(len(frame))], evidence="", analyst=ANALYST,
                         updated_at=now_utc(), source_sha256=sha, origin="extracted", dismissed="")
    save_verdicts(frame, verdicts_path(source))
    return source


def floor_save(frame, path: Path) -> None:
    """The floor: DataFrame.to_csv of the same table and one fsync."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        frame.to_csv(handle, index=False)
        handle.flush()
        os.fsync(handle.fileno())


def measure(rows: int, repeats: int) -> list[Row]:
    """Time record_verdict on a file of `rows` rows against the to_csv + fsync floor, and the store's parts."""
    from claims import load_source, load_verdicts, record_verdict, verdicts_path
    from claims.store import clear_cache, read_records, render_verdicts, sort_records, write_atomic
    source = prepare(WORK / "save", rows)
    path = verdicts_path(source)
    frame = load_verdicts(path)
    ids = list(frame["claim_id"])
    counter = iter(range(10**9))

    def record() -> None:
        """Record a verdict on another claim, with a new note, so every call writes."""
        i = next(counter)
        record_verdict(source, ids[(i * 7919) % len(ids)], ("supported", "disputed")[i % 2],
                       note=f"benchmark repeat {i}", analyst=ANALYST)

    def record_cold() -> None:
        """Record a verdict after dropping the parse cache, as after another process wrote the file."""
        clear_cache()
        record()

    def read_cold() -> None:
        """Read and parse the file after dropping the parse cache."""
        clear_cache()
        read_records(path)

    floor, saves = [], []
    for _ in range(repeats):  # interleaved, so a busy spell on the machine hits both alike
        floor += repeat(lambda: floor_save(frame, path.with_name("floor.csv")), 1)
        saves += repeat(record, 1)
    records, _ = read_records(path)
    data = render_verdicts(sort_records(records))
    parts = {
        "load_source (source SHA-256)": repeat(lambda: load_source(source), repeats),
        "take and release the lock": repeat(lambda: _lock_once(path), repeats),
        "record_verdict after another process wrote the file (parse cache cold)":
            repeat(record_cold, repeats),
        "read and parse the file, parse cache cold": repeat(read_cold, repeats),
        "render every row (only a cold save does)": repeat(lambda: render_verdicts(sort_records(records)), repeats),
        "write_atomic (temp, fsync, replace, fsync folder)": repeat(lambda: write_atomic(path, data), repeats),
    }
    assert len(load_verdicts(path)) == len(frame), "record_verdict changed the number of rows"
    return rows_for(len(frame), path.stat().st_size, floor, saves, parts)


def _lock_once(path: Path) -> None:
    """Take the verdict file's lock and release it."""
    from claims.store import locked
    with locked(path):
        pass


def rows_for(count: int, size: int, floor: list[float], saves: list[float], parts: dict[str, list[float]]) -> list[Row]:
    """Turn the timings (seconds) into rows: medians and p95 in ms, the ratio to the floor, the targets."""
    floor_ms, save_ms, save_p95 = median(floor) * 1e3, median(saves) * 1e3, p95(saves) * 1e3
    against = f"to_csv+fsync median {floor_ms:.3g} ms"
    label = f"{count:,} rows ({size / 1e6:.2g} MB)"
    result = [
        Row(BENCH, f"{label}: to_csv + fsync (floor)", floor_ms, "ms", f"p95 {p95(floor) * 1e3:.3g} ms"),
        Row(BENCH, f"{label}: record_verdict median", save_ms, "ms", against, ratio(save_ms, floor_ms),
            f"<= {MAX_FLOOR_RATIO:g}x floor", save_ms <= MAX_FLOOR_RATIO * floor_ms),
        Row(BENCH, f"{label}: record_verdict median", save_ms, "ms", against, ratio(save_ms, floor_ms),
            f"< {MAX_MS:g} ms", save_ms < MAX_MS),
        Row(BENCH, f"{label}: record_verdict p95", save_p95, "ms", against, ratio(save_p95, floor_ms)),
    ]
    for name, seconds in parts.items():
        part_ms = median(seconds) * 1e3
        result.append(Row(BENCH, f"  part: {name}", part_ms, "ms", against, ratio(part_ms, floor_ms)))
    return result


def run(smoke: bool = False) -> list[Row]:
    """Measure in a child process (in this one for smoke runs)."""
    rows, repeats = (SMOKE_ROWS, SMOKE_REPEATS) if smoke else (ROWS, REPEATS)
    return child_rows("bench_save", ["--rows", str(rows), "--repeats", str(repeats)], in_process=smoke)


def main(argv: list[str] | None = None) -> int:
    """Run the saving benchmark and print its table."""
    args_parser = parser("bench_save", __doc__.splitlines()[0])
    args_parser.add_argument("--rows", type=int, help="measure only this many rows, in this process")
    args_parser.add_argument("--repeats", type=int, default=REPEATS)
    args = args_parser.parse_args(argv)
    rows = measure(args.rows, args.repeats) if args.rows else run(args.smoke)
    return finish(rows, args)


if __name__ == "__main__":
    sys.exit(main())
