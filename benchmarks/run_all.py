"""Run every benchmark and print one table of figures, ratios to in-run baselines, and PASS/FAIL per target.

    .venv/bin/python -m benchmarks.run_all            # the full run (about 5 minutes on 2 cores)
    .venv/bin/python -m benchmarks.run_all --smoke    # everything tiny, in seconds (the test suite runs this)
    .venv/bin/python -m benchmarks.run_all --only extract,save --markdown results.md

Exit status: 0 when every benchmark ran and (in a full run) met its targets, 1 when a full run missed
a target, 2 when a benchmark could not run. Smoke runs are too small to judge targets, so they never
return 1: they check that every benchmark still runs.
"""
from __future__ import annotations

import argparse
import datetime
import importlib
import os
import platform
import sys
import time
import traceback
from pathlib import Path

from benchmarks.common import Row, table, write_rows

BENCHMARKS: tuple[str, ...] = ("extract", "hostile", "save", "board", "evidence", "app", "parties", "browser")
"""Benchmark names, in the order they run; each is the module benchmarks.bench_<name>."""


def machine() -> str:
    """One line saying where and when the figures were measured."""
    cpu = next((line.split(":", 1)[1].strip() for line in _cpuinfo() if line.startswith("model name")), "unknown CPU")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}; {os.cpu_count()} cores ({cpu}); "
            f"Python {platform.python_version()}; {platform.system()} {platform.release()}; load average {load}")


def _cpuinfo() -> list[str]:
    """The lines of /proc/cpuinfo, or none where it does not exist."""
    try:
        return Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines()
    except OSError:
        return []


def run_one(name: str, smoke: bool) -> tuple[list[Row], str]:
    """Run one benchmark; return its rows, or no rows and the error that stopped it."""
    try:
        return importlib.import_module(f"benchmarks.bench_{name}").run(smoke), ""
    except Exception:  # noqa: BLE001  (a broken benchmark is reported, and the others still run)
        return [], traceback.format_exc()


def main(argv: list[str] | None = None) -> int:
    """Run the chosen benchmarks, print the table, and return the exit status."""
    args_parser = argparse.ArgumentParser(prog="python -m benchmarks.run_all", description=__doc__.splitlines()[0])
    args_parser.add_argument("--smoke", action="store_true", help="run everything tiny, in seconds")
    args_parser.add_argument("--only", default=",".join(BENCHMARKS),
                             help=f"comma-separated benchmarks to run (default: {','.join(BENCHMARKS)})")
    args_parser.add_argument("--markdown", type=Path, help="also write the table as Markdown to this file")
    args_parser.add_argument("--json", type=Path, help="also write the rows as JSON to this file")
    args = args_parser.parse_args(argv)
    names = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        args_parser.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    started = machine()
    rows: list[Row] = []
    errors: dict[str, str] = {}
    for name in names:
        begin = time.perf_counter()
        found, error = run_one(name, args.smoke)
        rows += found
        if error:
            errors[name] = error
        print(f"[{name}: {time.perf_counter() - begin:.1f} s{', FAILED TO RUN' if error else ''}]", file=sys.stderr,
              flush=True)
    print(f"{'smoke run' if args.smoke else 'full run'}: {started}; at the end {machine().rsplit('; ', 1)[1]}")
    print(table(rows))
    for name, error in errors.items():
        print(f"\nbenchmark {name} could not run:\n{error}", file=sys.stderr)
    if args.markdown:
        args.markdown.write_text(f"Measured {started}; at the end {machine().rsplit('; ', 1)[1]}.\n\n"
                                 f"{table(rows, markdown=True)}\n", encoding="utf-8")
    if args.json:
        write_rows(rows, args.json)
    if errors:
        return 2
    missed = [row for row in rows if row.passed is False]
    return 1 if missed and not args.smoke else 0


if __name__ == "__main__":
    sys.exit(main())
