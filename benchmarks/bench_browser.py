"""In the browser: from "run all" to a clickable board, and from a click to the verdict on disk.

The Playwright tests (tests/browser) time both and, when the environment variable
CLAIMS_BROWSER_TIMINGS names a file, write their timings there as JSON. This benchmark runs those
tests with it set (or reads a file they wrote: `--timings PATH`), and measures baselines in the same
run without a browser: executing the same notebook headlessly with nbclient, and recording one verdict
with `claims.record_verdict` in-process. Smoke runs do not start a browser.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import ROOT, Row, child_rows, finish, median, parser, ratio, repeat
from tests.board_notebook import NAME as BOARD_NOTEBOOK, write_board_notebook

BENCH = "browser"
NOTEBOOK = ROOT / "tests" / "board_notebook.py"
"""What writes the one-text board notebook the browser tests open (into each copy of notebooks/)."""
TIMEOUT = 1200
CHROMIUM = Path(os.environ.get("CLAIMS_CHROMIUM", "/usr/bin/chromium"))
BOARD_KEYS = ("run_all_to_clickable_board", "run_all", "board")
CLICK_KEYS = ("click_to_verdict_on_disk", "click", "disk")
"""Words the browser tests' timing names contain, best first (a restart or a probe is never the headline)."""
EXIT_KEY = "exit status of pytest tests/browser"
REDRAW: dict[str, str] = {"key -> redraw, median": "key_to_redraw", "click -> redraw, median": "click_to_redraw"}
"""The browser tests' medians from a key or a click to the board's redraw (tests/browser/test_board_lab.py)."""
REDRAW_TARGET_MS: float = 100.0
"""Issue 10's target for both medians."""


def browser_timings(path: Path) -> dict[str, float]:
    """Run the Playwright tests with CLAIMS_BROWSER_TIMINGS=path; return what they wrote and their exit status."""
    env = {**os.environ, "CLAIMS_BROWSER_TIMINGS": str(path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "pytest", "tests/browser", "-m", "browser", "-q",
                           "-p", "no:cacheprovider"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=TIMEOUT)
    if not path.is_file():
        raise RuntimeError(f"the browser tests wrote no timings (exit {done.returncode}):\n{done.stdout[-3000:]}")
    return {**read_timings(path), EXIT_KEY: float(done.returncode)}


def read_timings(path: Path) -> dict[str, float]:
    """Read a timings file: a JSON object of names and seconds."""
    return {str(name): float(seconds) for name, seconds in json.loads(path.read_text(encoding="utf-8")).items()}


def pick(timings: dict[str, float], keys: tuple[str, ...]) -> tuple[str, float] | None:
    """The shortest timing name containing the first key that any name contains (restarts and probes aside)."""
    names = sorted((name for name in timings if "restart" not in name and "probe" not in name), key=len)
    for key in keys:
        found = [name for name in names if key in name]
        if found:
            return found[0], timings[found[0]]
    return None


def workspace(folder: Path) -> Path:
    """Copy seeds/ and notebooks/ into a folder (seeds writable), as the browser tests do; return it."""
    for name in ("seeds", "notebooks"):
        shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("*.verdicts.csv", "*.lock",
                                                                                "*.conflicts.csv"))
    for path in (folder / "seeds").iterdir():
        path.chmod(0o644)
    write_board_notebook(folder / "notebooks", analyst="benchmark")
    return folder


def notebook_seconds(folder: Path) -> float:
    """Seconds for a started kernel to run every cell of the one-text board notebook (nbclient, no browser)."""
    import time
    import nbformat
    from nbclient import NotebookClient
    notebook_path = workspace(folder) / "notebooks" / BOARD_NOTEBOOK
    notebook = nbformat.read(notebook_path, as_version=4)
    client = NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(notebook_path.parent)}})
    with client.setup_kernel():
        began = time.perf_counter()
        for number, cell in enumerate(notebook.cells):
            client.execute_cell(cell, number)
        return time.perf_counter() - began


def record_seconds(folder: Path, repeats: int = 5) -> float:
    """The median seconds of recording one verdict on a seed text in-process."""
    from claims import extract_claims, record_verdict
    seeds = workspace(folder) / "seeds"
    source = sorted(seeds.glob("*.txt"))[-1]
    claim_id = extract_claims(source)["claim_id"].iloc[0]
    verdicts = iter(["supported", "disputed"] * repeats)
    return median(repeat(lambda: record_verdict(source, claim_id, next(verdicts), analyst="benchmark"), repeats))


def measure(timings_file: Path | None, smoke: bool) -> list[Row]:
    """Browser timings (run now, or read from a file) beside their headless baselines."""
    if timings_file is None and smoke:
        return [Row(BENCH, "browser timings", float("nan"), "", "not run in smoke mode (no browser started)")]
    if timings_file is None and not CHROMIUM.is_file():
        return [Row(BENCH, "browser timings", float("nan"), "", f"not run: no browser at {CHROMIUM}")]
    with tempfile.TemporaryDirectory(prefix="claims-browser-bench-") as scratch:
        scratch_path = Path(scratch)
        timings = read_timings(timings_file) if timings_file else browser_timings(scratch_path / "timings.json")
        notebook = notebook_seconds(scratch_path / "nb") if NOTEBOOK.is_file() else None
        record = record_seconds(scratch_path / "record")
    rows = []
    board, click = pick(timings, BOARD_KEYS), pick(timings, CLICK_KEYS)
    if board:
        baseline = f"nbclient runs its cells in {notebook:.3g} s" if notebook else "no notebook to run headlessly"
        rows.append(Row(BENCH, f"run all -> clickable board ({board[0]})", board[1], "s", baseline,
                        ratio(board[1], notebook) if notebook else None))
    if click:
        rows.append(Row(BENCH, f"click -> verdict on disk ({click[0]})", click[1] * 1e3, "ms",
                        f"record_verdict in-process {record * 1e3:.3g} ms", ratio(click[1], record)))
    redraws = redraw_rows(timings)
    rows += [row for row, _ in redraws]
    shown = {board[0] if board else None, click[0] if click else None, *(name for _, name in redraws)}
    rows += [Row(BENCH, f"  timing: {name}", seconds, "s") for name, seconds in sorted(timings.items())
             if name not in shown and name != EXIT_KEY]
    if EXIT_KEY in timings:
        status = int(timings[EXIT_KEY])
        rows.append(Row(BENCH, EXIT_KEY, status, "", "0: every browser test passed" if status == 0
                        else "some browser tests failed: the timings above may be incomplete"))
    return rows


def redraw_rows(timings: dict[str, float]) -> list[tuple[Row, str]]:
    """A row per redraw median the tests measured, against the 100 ms target, with the timing's name."""
    found = []
    for label, key in REDRAW.items():
        picked = pick(timings, (key,))
        if picked:
            found.append((Row(BENCH, f"{label} ({picked[0]})", picked[1] * 1e3, "ms",
                              target=f"< {REDRAW_TARGET_MS:.0f} ms", passed=picked[1] * 1e3 < REDRAW_TARGET_MS),
                           picked[0]))
    return found


def run(smoke: bool = False) -> list[Row]:
    """Run the browser tests and the baselines in a child process (no browser in smoke runs)."""
    given = os.environ.get("CLAIMS_BROWSER_TIMINGS")
    args = ["--timings", given] if given and Path(given).is_file() else []
    if smoke and not args:
        return measure(None, smoke=True)
    return child_rows("bench_browser", args + (["--smoke"] if smoke else []), in_process=smoke,
                      timeout=TIMEOUT + 300)


def main(argv: list[str] | None = None) -> int:
    """Run the browser benchmark and print its table."""
    args_parser = parser("bench_browser", __doc__.splitlines()[0])
    args_parser.add_argument("--timings", type=Path, help="read the browser timings from this JSON file")
    args = args_parser.parse_args(argv)
    rows = measure(args.timings, args.smoke) if args.child else run(args.smoke)
    return finish(rows, args)


if __name__ == "__main__":
    sys.exit(main())
