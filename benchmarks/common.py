"""What every benchmark shares: result rows, clocks, peak memory, child processes and the table."""
from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
"""What a timed call returns."""

ROOT = Path(__file__).resolve().parent.parent
WORK = Path(os.environ.get("CLAIMS_BENCH_WORK") or ROOT / "benchmarks" / "_work")
"""Generated corpora and scratch files: benchmarks/_work (git-ignored, safe to delete) or $CLAIMS_BENCH_WORK."""


@dataclass(frozen=True)
class Row:
    """One measured figure, the in-run baseline it is compared with, and the target it must meet."""

    bench: str
    measure: str
    value: float
    unit: str
    baseline: str = ""
    ratio: float | None = None
    target: str = ""
    passed: bool | None = None


@dataclass(frozen=True)
class Timing:
    """Wall-clock and CPU seconds of one measured call."""

    wall: float
    cpu: float


def timed(call: Callable[[], T]) -> tuple[Timing, T]:
    """Run a call once and return its wall-clock and process CPU seconds with its result."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = call()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu), result


def repeat(call: Callable[[], object], times: int) -> list[float]:
    """Run a call `times` times and return each run's wall-clock seconds."""
    seconds = []
    for _ in range(times):
        start = time.perf_counter()
        call()
        seconds.append(time.perf_counter() - start)
    return seconds


def median(values: Sequence[float]) -> float:
    """The median of some values."""
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    """The 95th percentile of some values (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(0.95 * len(ordered)) - 1))]


def peak_rss_mb() -> float:
    """The peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    """The resident memory of this process now, in MB."""
    import psutil
    return psutil.Process().memory_info().rss / 2**20


def ratio(value: float, baseline: float) -> float:
    """value / baseline, or infinity when the baseline is zero."""
    return value / baseline if baseline else float("inf")


def child_rows(module: str, args: Sequence[str], in_process: bool = False, timeout: float = 1800) -> list[Row]:
    """Run benchmarks.<module> --child in a fresh process (or in this one, for smoke runs); return its rows."""
    with tempfile.TemporaryDirectory(prefix="claims-bench-") as scratch:
        out = Path(scratch) / "rows.json"
        argv = ["--child", "--json", str(out), *args]
        if in_process:
            importlib.import_module(f"benchmarks.{module}").main(argv)
            return read_rows(out)
        command = [sys.executable, "-m", f"benchmarks.{module}", *argv]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
        if done.returncode != 0 or not out.is_file():
            raise RuntimeError(f"{' '.join(command[1:])} failed (exit {done.returncode}):\n{done.stderr[-4000:]}")
        return read_rows(out)


def write_rows(rows: Sequence[Row], path: str | Path) -> None:
    """Save rows as JSON."""
    Path(path).write_text(json.dumps([asdict(row) for row in rows], indent=1) + "\n", encoding="utf-8")


def read_rows(path: str | Path) -> list[Row]:
    """Load rows saved by write_rows."""
    return [Row(**row) for row in json.loads(Path(path).read_text(encoding="utf-8"))]


def number(value: float) -> str:
    """Format a figure with three significant digits, thousands separated."""
    if value != value:
        return "-"
    if value == float("inf"):
        return "inf"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def verdict(row: Row) -> str:
    """PASS, FAIL, or empty for a row without a target."""
    return "" if row.passed is None else ("PASS" if row.passed else "FAIL")


TABLE_HEAD = ("benchmark", "measure", "value", "baseline (same run)", "ratio", "target", "result")


def table(rows: Sequence[Row], markdown: bool = False) -> str:
    """Render rows as an aligned text table, or as a Markdown table."""
    cells = [TABLE_HEAD] + [(r.bench, r.measure, f"{number(r.value)} {r.unit}".strip(), r.baseline,
                             "" if r.ratio is None else f"{number(r.ratio)}x", r.target, verdict(r)) for r in rows]
    if markdown:
        lines = ["| " + " | ".join(cells[0]) + " |", "|" + "---|" * len(TABLE_HEAD)]
        return "\n".join(lines + ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in cells[1:]])
    widths = [max(len(row[i]) for row in cells) for i in range(len(TABLE_HEAD))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells)


def parser(prog: str, description: str) -> argparse.ArgumentParser:
    """The arguments every benchmark takes: --smoke, and --child/--json for run_all's child processes."""
    result = argparse.ArgumentParser(prog=f"python -m benchmarks.{prog}", description=description)
    result.add_argument("--smoke", action="store_true", help="run tiny, in a few seconds (for the test suite)")
    result.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    result.add_argument("--json", type=Path, help="also save the rows as JSON here")
    return result


def finish(rows: Sequence[Row], args: argparse.Namespace) -> int:
    """Save the rows if asked, print the table unless this is a child process, and return 0."""
    if args.json:
        write_rows(rows, args.json)
    if not args.child:
        print(table(rows))
    return 0
