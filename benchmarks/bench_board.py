"""The board: opening it on 10 and on 10,000 claims, the widgets it creates, and moving to the next claim.

Each size runs in its own process (so the peak resident memory is the board's own). Widgets are
counted in ipywidgets' registry (`len(ipywidgets.Widget.widgets)`) before and after `claims.review`
and after the moves; moving is a click on the board's "next" button, timed over repeats (at 10
claims the cursor is put back to the first claim, untimed, when it reaches the last). Opening is
compared with extracting the same source's claims, which any board must do. Targets (issue 5): the
same widget count at both sizes, and moving to the next claim at 10,000 within 2x of at 10.
"""
from __future__ import annotations

import sys
import warnings

from benchmarks.common import WORK, Row, child_rows, finish, median, p95, parser, peak_rss_mb, ratio, rss_mb, timed
from benchmarks.corpus import CORPUS_VERSION, write_long_text

BENCH = "board"
SIZES = (10, 10_000)
SMOKE_SIZES = (10, 100)
MOVES = 30
SMOKE_MOVES = 5
MAX_NEXT_RATIO = 2.0


def widget_count() -> int:
    """How many widgets ipywidgets' registry holds now."""
    import ipywidgets
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Widget.widgets is deprecated in ipywidgets 8
        return len(ipywidgets.Widget.widgets)


def move_times(board, moves: int) -> list[float]:
    """Click "next" `moves` times; return each click's seconds (wrapping to the first claim untimed)."""
    import time
    session = board.session
    first = session.view()[0]
    seconds: list[float] = []
    while len(seconds) < moves:
        if session.view()[-1] == session.cursor:
            session.go(first)
            board.refresh()
        began = time.perf_counter()
        board.next_button.click()
        seconds.append(time.perf_counter() - began)
    return seconds


def measure(claims_wanted: int, moves: int) -> list[Row]:
    """Open a board on a source with `claims_wanted` claims, count its widgets, time its moves."""
    from claims import extract_claims
    from claims.board import review
    folder = WORK / f"board_{claims_wanted}_v{CORPUS_VERSION}"
    source = folder / "source.txt"
    if not source.is_file():
        write_long_text(source, claims_wanted)
    for stale in folder.glob("*.verdicts.csv"):
        stale.unlink()
    extract, claims = timed(lambda: extract_claims(source))
    rss_before, before = rss_mb(), widget_count()
    opening, board = timed(lambda: review(source, analyst="benchmark"))
    opened = widget_count()
    seconds = move_times(board, moves)
    after = widget_count()
    label = f"{len(board.session.table):,} claims"
    return [
        Row(BENCH, f"{label}: open (review)", opening.wall, "s", f"extract_claims {extract.wall:.3g} s",
            ratio(opening.wall, extract.wall)),
        Row(BENCH, f"{label}: widgets created by opening", opened - before, "widgets"),
        Row(BENCH, f"{label}: next claim, median", median(seconds) * 1e3, "ms", f"p95 {p95(seconds) * 1e3:.3g} ms"),
        Row(BENCH, f"{label}: widgets created by {moves} moves", after - opened, "widgets"),
        Row(BENCH, f"{label}: peak RSS", peak_rss_mb(), "MB", f"{rss_before:.0f} MB before opening",
            ratio(peak_rss_mb(), rss_before)),
    ]


def compare(small: list[Row], large: list[Row]) -> list[Row]:
    """The targets: the same widget count at both sizes; next at the large size within 2x of the small."""
    def pick(rows: list[Row], part: str) -> Row:
        """The first row whose measure contains `part`."""
        return next(row for row in rows if part in row.measure)
    small_widgets, large_widgets = pick(small, "by opening"), pick(large, "by opening")
    small_next, large_next = pick(small, "next claim"), pick(large, "next claim")
    small_label = small_widgets.measure.split(":")[0]
    large_label = large_widgets.measure.split(":")[0]
    return [
        Row(BENCH, f"{large_label}: widgets created by opening", large_widgets.value, "widgets",
            f"{small_label}: {small_widgets.value:g}", ratio(large_widgets.value, small_widgets.value),
            "the same count", large_widgets.value == small_widgets.value),
        Row(BENCH, f"{large_label}: next claim, median", large_next.value, "ms",
            f"{small_label}: {small_next.value:.3g} ms", ratio(large_next.value, small_next.value),
            f"<= {MAX_NEXT_RATIO:g}x", large_next.value <= MAX_NEXT_RATIO * small_next.value),
    ]


def run(smoke: bool = False) -> list[Row]:
    """Measure both sizes, each in its own process (in this one for smoke runs), and compare them."""
    sizes, moves = (SMOKE_SIZES, SMOKE_MOVES) if smoke else (SIZES, MOVES)
    small, large = (child_rows("bench_board", ["--claims", str(size), "--moves", str(moves)], in_process=smoke)
                    for size in sizes)
    return small + large + compare(small, large)


def main(argv: list[str] | None = None) -> int:
    """Run the board benchmark and print its table."""
    args_parser = parser("bench_board", __doc__.splitlines()[0])
    args_parser.add_argument("--claims", type=int, help="measure only a board of this many claims, in this process")
    args_parser.add_argument("--moves", type=int, default=MOVES)
    args = args_parser.parse_args(argv)
    rows = measure(args.claims, args.moves) if args.claims else run(args.smoke)
    return finish(rows, args)


if __name__ == "__main__":
    sys.exit(main())
