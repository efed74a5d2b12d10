"""Extraction: throughput of `extract_claims` on 1,000 then 10,000 generated texts, on one core.

Baselines measured in the same process: merely reading and decoding the same files
(`claims.load_source`), and pysbd's sentence segmentation on a sample of them. Throughput is MB of
file bytes per CPU second of this single-threaded process (on a shared machine CPU seconds are what
"one core" means; wall seconds are shown too), summed over chunks of 100 files, each chunk counting
its least time over three runs, since other work on a shared machine only ever adds time. Each
corpus size runs in its own process, so each peak resident memory is its own. Targets: at least
1 MB/s (issue 8, which traded issue 5's 2 MB/s for attribution that reads speakers as noun phrases);
10x the corpus costs at most 11x the time.
"""
from __future__ import annotations

import gc
import sys
from pathlib import Path

from benchmarks.common import WORK, Row, Timing, child_rows, finish, parser, peak_rss_mb, ratio, rss_mb, timed
from benchmarks.corpus import ensure_corpus

BENCH = "extract"
SIZES = (1_000, 10_000)
REPEATS = (3, 3)
"""Runs per size; each chunk of files counts its least CPU time over the runs."""
SMOKE_SIZES = (10, 100)
PYSBD_SAMPLE = 200
CHUNK = 100
"""Files timed together: the same chunk size at every corpus size, so that taking each chunk's least
time over the runs filters noise alike at 1,000 and at 10,000 texts (tenths of 10,000 would be
chunks ten times longer, whose least time is a worse filter, and the growth ratio would be biased)."""
MIN_MB_PER_S = 1.0
PYSBD_REFERENCE_MB_S = 0.343
"""pysbd's throughput on the first 200 texts on the machine of 2026-11-30 19:42 UTC (benchmarks/README.md), where
extraction read 0.96-1.05 MB/s that day: the machine against which `MIN_MB_PER_S` was met. pysbd is a fixed
pure-Python, regex-heavy workload like the extractor, so its speed in the same run says how fast this machine is."""
PYSBD_RUNS = 3
"""pysbd runs on the sample; the least CPU time counts (noise only adds)."""
MAX_GROWTH = 11.0
CORPUS = WORK / "corpus"


def read_all(paths: list[Path]) -> list:
    """Read and decode every file: the floor any extraction pays."""
    from claims import load_source
    return [load_source(path) for path in paths]


def extract_all(paths: list[Path], chunks: list[Timing]) -> list:
    """Extract every file's claims (reading included), keeping every table; append each chunk's Timing."""
    from claims import extract_claims
    tables: list = []
    step = min(CHUNK, max(1, len(paths) // 10))
    for first in range(0, len(paths), step):
        took, found = timed(lambda: [extract_claims(path) for path in paths[first:first + step]])
        tables += found
        chunks.append(took)
    return tables


def segment_all(texts: list[str]) -> int:
    """Split every text into sentences with pysbd; return the number of sentences."""
    import pysbd
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return sum(len(segmenter.segment(text)) for text in texts)


def best_extraction(paths: list[Path], repeats: int) -> tuple[Timing, list[float], int]:
    """Extract every file `repeats` times; sum each chunk's least time (noise only adds); return it, chunks, claims."""
    runs: list[list[Timing]] = []
    for _ in range(repeats):
        runs.append([])
        claims_found = sum(len(table) for table in extract_all(paths, runs[-1]))
        gc.collect()
    least = [min(chunk, key=lambda t: t.cpu) for chunk in zip(*runs)]
    total = Timing(sum(t.wall for t in least), sum(t.cpu for t in least))
    return total, [t.cpu for t in least], claims_found


def measure(count: int, sample: int, repeats: int = 1) -> list[Row]:
    """Measure one corpus size in this process: reading, extraction (best of `repeats`), pysbd, peak memory."""
    import claims  # noqa: F401  (imports are not part of any timing)
    import pandas  # noqa: F401
    paths = ensure_corpus(CORPUS, count)
    megabytes = sum(path.stat().st_size for path in paths) / 1e6
    read_all(paths)  # warm the page cache so the floor is decoding, not the disk
    read_time = min((timed(lambda: read_all(paths))[0] for _ in range(3)), key=lambda t: t.cpu)
    gc.collect()
    rss_before = rss_mb()
    extract_time, chunks, claims_found = best_extraction(paths, repeats)
    peak = peak_rss_mb()
    read_speed, extract_speed = megabytes / read_time.cpu, megabytes / extract_time.cpu
    label = f"{count:,} texts"
    rows = [
        compiled_row(),
        Row(BENCH, f"{label}: corpus", megabytes, "MB", f"{claims_found:,} claims found"),
        Row(BENCH, f"{label}: read+decode", read_speed, "MB/s",
            f"{read_time.cpu:.3g} s CPU, {read_time.wall:.3g} s wall"),
        Row(BENCH, f"{label}: extract_claims", extract_speed, "MB/s", f"read+decode {read_speed:.3g} MB/s",
            ratio(extract_time.cpu, read_time.cpu), f"> {MIN_MB_PER_S:g} MB/s", extract_speed > MIN_MB_PER_S),
        Row(BENCH, f"{label}: extract_claims CPU time", extract_time.cpu, "s",
            f"{extract_time.wall:.3g} s wall; each 100 files' least of {repeats} runs"),
        Row(BENCH, f"{label}: last chunk's CPU time", chunks[-1], "s",
            f"first chunk {chunks[0]:.3g} s; all {min(chunks):.3g}-{max(chunks):.3g} s", ratio(chunks[-1], chunks[0])),
        Row(BENCH, f"{label}: peak RSS", peak, "MB", f"{rss_before:.0f} MB before extracting",
            ratio(peak, rss_before)),
    ]
    if sample:
        rows += pysbd_rows(paths[:sample], extract_speed)
    return rows


def compiled_row() -> Row:
    """Which extractor ran: the opt-in mypyc build (scripts/compile.sh) or pure Python, the reference."""
    from claims.compiled import is_compiled
    compiled = is_compiled()
    return Row(BENCH, f"compiled: {'yes' if compiled else 'no'}", float(compiled), "",
               "claims/extract built by mypyc (scripts/compile.sh)" if compiled else "pure Python (the reference)")


def pysbd_rows(paths: list[Path], extract_speed: float) -> list[Row]:
    """pysbd's throughput on a sample (extraction's speed as a multiple of it), and extraction's speed rescaled to the
    reference machine by pysbd's speed here against there (`normalised_speed`)."""
    texts = [source.text for source in read_all(paths)]
    megabytes = sum(path.stat().st_size for path in paths) / 1e6
    seconds = min(timed(lambda: segment_all(texts))[0].cpu for _ in range(PYSBD_RUNS))
    speed = megabytes / seconds
    normalised = normalised_speed(extract_speed, speed)
    return [Row(BENCH, f"pysbd on {len(paths)} texts", speed, "MB/s",
                f"extract_claims {extract_speed:.3g} MB/s", ratio(extract_speed, speed)),
            Row(BENCH, "extract_claims on the reference machine", normalised, "MB/s",
                f"this machine runs pysbd at {speed / PYSBD_REFERENCE_MB_S:.2f}x the reference's "
                f"{PYSBD_REFERENCE_MB_S:g} MB/s", ratio(extract_speed, speed), f"> {MIN_MB_PER_S:g} MB/s",
                normalised > MIN_MB_PER_S)]


def normalised_speed(extract_speed: float, pysbd_speed: float) -> float:
    """Extraction's speed rescaled to the reference machine: MB/s here times how much faster pysbd ran there."""
    return extract_speed * ratio(PYSBD_REFERENCE_MB_S, pysbd_speed)


def growth_row(small: list[Row], large: list[Row]) -> Row:
    """How the CPU time grows from the small corpus to the ten-times larger one, per byte."""
    def pick(rows: list[Row], suffix: str) -> Row:
        """The first row whose measure ends with `suffix`."""
        return next(row for row in rows if row.measure.endswith(suffix))
    small_time, large_time = pick(small, "CPU time").value, pick(large, "CPU time").value
    small_mb, large_mb = pick(small, "corpus").value, pick(large, "corpus").value
    growth = large_time / small_time * (small_mb * 10 / large_mb)
    return Row(BENCH, "10x the texts: CPU time growth", large_time / small_time, "x",
               f"{small_time:.3g} s -> {large_time:.3g} s; bytes grew {large_mb / small_mb:.3g}x",
               growth, f"<= {MAX_GROWTH:g}x at 10x the bytes", growth <= MAX_GROWTH)


def run(smoke: bool = False) -> list[Row]:
    """Measure both corpus sizes, each in its own process, and the growth between them."""
    small, large = SMOKE_SIZES if smoke else SIZES
    sample = 10 if smoke else PYSBD_SAMPLE
    ensure_corpus(CORPUS, large)
    small_repeats, large_repeats = (1, 1) if smoke else REPEATS
    small_rows = child_rows("bench_extract", ["--count", str(small), "--sample", str(sample),
                                              "--repeats", str(small_repeats)], in_process=smoke)
    large_rows = child_rows("bench_extract", ["--count", str(large), "--sample", "0",
                                              "--repeats", str(large_repeats)], in_process=smoke)
    return small_rows + large_rows + [growth_row(small_rows, large_rows)]


def main(argv: list[str] | None = None) -> int:
    """Run the extraction benchmark and print its table."""
    args_parser = parser("bench_extract", __doc__.splitlines()[0])
    args_parser.add_argument("--count", type=int, help="measure only this many texts, in this process")
    args_parser.add_argument("--sample", type=int, default=PYSBD_SAMPLE, help="texts for pysbd (0: skip)")
    args_parser.add_argument("--repeats", type=int, default=1, help="extraction runs; the least CPU time counts")
    args = args_parser.parse_args(argv)
    rows = measure(args.count, args.sample, args.repeats) if args.count else run(args.smoke)
    return finish(rows, args)


if __name__ == "__main__":
    sys.exit(main())
