"""The app's first screen on a folder of 200 texts, against counting every text's claims up front.

`claims.app(folder)` lists every text with its progress and opens the first one's board. It reads the
verdict files only, and extracts a text when it is opened (the claim counts are cached after). The
baselines, measured in the same run on the same folder, count every text's claims first:
`text_progress(folder, extract=True)` (which extracts them all) for the picker's progress, and that
followed by the same app for the first screen. Each repeat starts with empty caches (claim counts and
the verdict store's), as a new kernel would; the measured call and its baseline take turns, so that the
load of a shared machine weighs on both alike. Targets (issue 11), on 200 texts: the progress at most
0.25x its baseline; the first screen at most 0.5x its baseline and under 2 s.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

from benchmarks.common import WORK, Row, finish, median, parser, ratio, repeat
from benchmarks.corpus import CORPUS_VERSION, ensure_corpus

BENCH = "app"
TEXTS = 200
SMOKE_TEXTS = 8
REVIEWED = 20
"""How many of the texts get verdicts (the app reads those files for the picker)."""
REPEATS = 7
SMOKE_REPEATS = 1
MAX_PROGRESS_RATIO = 0.25
MAX_SCREEN_RATIO = 0.5
MAX_SECONDS = 2.0
ANALYST = "benchmark"


def prepare(count: int) -> Path:
    """A folder of `count` generated texts, the first few with one verdict each by the benchmark analyst."""
    from claims import extract_claims, record_verdict, verdicts_path
    folder = WORK / f"app_{count}_v{CORPUS_VERSION}"
    paths = ensure_corpus(folder, count)
    for path in paths[:min(REVIEWED, count)]:
        if not verdicts_path(path).exists():
            record_verdict(path, extract_claims(path)["claim_id"].iloc[0], "disputed", analyst=ANALYST)
    return folder


def cold() -> None:
    """Forget every cached claim count and verdict file, as a fresh kernel would have none."""
    from claims import progress, store
    progress.CLAIM_COUNTS.clear()
    store.clear_cache()


def first_screen(folder: Path) -> None:
    """Build the app (picker with progress, the first text's board) from cold caches."""
    from claims.workbench import app
    cold()
    app(folder, analyst=ANALYST)


def progress_only(folder: Path, extract: bool) -> None:
    """Every text's progress for the picker, from cold caches; with every text's claims counted if `extract`."""
    from claims.progress import text_progress
    cold()
    text_progress(folder, extract=extract, analyst=ANALYST)


def eager_screen(folder: Path) -> None:
    """The first screen's baseline: every text extracted first, then the same app."""
    from claims.workbench import app
    progress_only(folder, extract=True)
    app(folder, analyst=ANALYST)


def interleaved(measured: Callable[[], None], baseline: Callable[[], None], repeats: int) -> tuple[float, float]:
    """The median seconds of two calls timed in turn, so that a change in the machine's load hits both alike."""
    pairs = [(repeat(measured, 1)[0], repeat(baseline, 1)[0]) for _ in range(repeats)]
    return median([a for a, _ in pairs]), median([b for _, b in pairs])


def measure(count: int, repeats: int) -> list[Row]:
    """Time the first screen and the baseline on `count` texts, and switching to another text."""
    from claims.workbench import app
    folder = prepare(count)
    first_screen(folder)  # warm the imports, so neither side pays for them
    lazy, counted = interleaved(lambda: progress_only(folder, False), lambda: progress_only(folder, True), repeats)
    screen, baseline = interleaved(lambda: first_screen(folder), lambda: eager_screen(folder), repeats)
    opened = app(folder, analyst=ANALYST)
    options = [value for _, value in opened.picker.options]

    def switch_twice() -> None:
        """Pick a text in the middle of the list, then the second one."""
        opened.picker.value = options[len(options) // 2]
        opened.picker.value = options[1]

    switches = repeat(switch_twice, repeats)
    label = f"{count} texts"
    return [
        Row(BENCH, f"{label}: progress of every text (picker)", lazy, "s", f"every text extracted {counted:.3g} s",
            ratio(lazy, counted), f"<= {MAX_PROGRESS_RATIO:g}x", lazy <= MAX_PROGRESS_RATIO * counted),
        Row(BENCH, f"{label}: first screen (app)", screen, "s", f"extracting all first {baseline:.3g} s",
            ratio(screen, baseline), f"<= {MAX_SCREEN_RATIO:g}x and < {MAX_SECONDS:g} s",
            screen <= MAX_SCREEN_RATIO * baseline and screen < MAX_SECONDS),
        Row(BENCH, f"{label}: pick another text (two switches)", median(switches), "s"),
    ]


def run(smoke: bool = False) -> list[Row]:
    """Measure at the full size, or tiny for a smoke run."""
    return measure(SMOKE_TEXTS, SMOKE_REPEATS) if smoke else measure(TEXTS, REPEATS)


def main(argv: list[str] | None = None) -> int:
    """Run the app benchmark and print its table."""
    args = parser("bench_app", __doc__.splitlines()[0]).parse_args(argv)
    return finish(run(args.smoke), args)


if __name__ == "__main__":
    sys.exit(main())
