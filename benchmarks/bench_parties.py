"""The speaker box's names (`editing.speakers_found`): how long they take on the largest press text, and how many
names the box offers per text.

`speakers_found` runs when an analyst opens a claim for correction, so it must answer at once. It reads the rows'
speakers (the extraction is cached by then) and the parties the text names (`claims.extract.parties`). Baselines
in the same run: the same call without the named parties (what the box offered before), and extracting the text
(`find_rows`). Target: under 50 ms with the names read afresh, warm extraction. Also the named parties of a long
text (40 press texts joined) against extracting it, and per press text the names offered by rows' speakers alone
and with the named parties added.

    python -m benchmarks.bench_parties [--smoke]
"""
from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

from benchmarks.common import ROOT, Row, finish, parser, ratio
from benchmarks.quality import corpus_order

BENCH = "parties"
PRESS = ROOT / "benchmarks" / "press"
MAX_MS = 50.0
"""The most `speakers_found` may take on the largest press text (an analyst's click)."""
REPEATS, SMOKE_REPEATS = 20, 3
SMOKE_TEXTS = 5
LONG_TEXTS = 40
"""Press texts joined into one long text (about 85 KB), to show the names are read in time linear-ish in size."""


def press_texts() -> list[Path]:
    """The press corpus's texts, in number order."""
    return sorted(PRESS.glob("p*.txt"), key=corpus_order)


def least_ms(call: Callable[[], object], repeats: int, fresh: Callable[[], None] = lambda: None) -> float:
    """The least wall time of `repeats` calls, in milliseconds, `fresh` run (untimed) before each."""
    best = float("inf")
    for _ in range(repeats):
        fresh()
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def rows_only(source: Path) -> list[str]:
    """What the speaker box offered before: the extracted and saved speakers, sorted."""
    from claims.placing import extracted_records
    from claims.sources import load_source
    from claims.store.cache import read_records
    from claims.store.paths import verdicts_path
    names = {str(r["speaker"]) for r in extracted_records(load_source(source))}
    names |= {str(r["speaker"]) for r in read_records(verdicts_path(source))[0]}
    return sorted((n for n in names if n.strip()), key=str.casefold)


def forget_names() -> None:
    """Drop the remembered name readings, so the named parties are read afresh (as for a text just opened)."""
    from claims import editing
    from claims.extract import entities
    entities.reading_of.cache_clear()
    editing.text_parties.cache_clear()


def timing_rows(largest: Path, repeats: int) -> list[Row]:
    """speakers_found on the largest press text against the rows-only box and against extracting the text."""
    from claims.editing import speakers_found
    from claims.extract.table import find_rows
    with tempfile.TemporaryDirectory(prefix="claims-parties-") as scratch:
        source = Path(shutil.copy(largest, scratch))
        speakers_found(source)  # the session has extracted the text before any claim is opened
        found = least_ms(lambda: speakers_found(source), repeats, forget_names)
        before = least_ms(lambda: rows_only(source), repeats)
    text = largest.read_text(encoding="utf-8")
    extract = least_ms(lambda: find_rows(text, largest.name), max(2, repeats // 5), forget_names)
    size = f"{largest.name}, {len(text):,} characters"
    return [Row(BENCH, f"speakers_found ({size})", found, "ms", "rows' speakers only", ratio(found, before),
                f"< {MAX_MS:g} ms", found < MAX_MS),
            Row(BENCH, "speakers_found / extracting the text", found, "ms", f"find_rows {extract:.1f} ms",
                ratio(found, extract))]


def long_text_row(texts: list[Path]) -> Row:
    """The named parties of many press texts joined into one long text, against extracting that text."""
    from claims.extract.parties import named_parties
    from claims.extract.table import find_rows
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in texts)
    named = least_ms(lambda: named_parties(text), 3, forget_names)
    extract = least_ms(lambda: find_rows(text, "joined.txt"), 2, forget_names)
    return Row(BENCH, f"named_parties ({len(texts)} press texts joined, {len(text):,} characters)", named, "ms",
               f"find_rows {extract:.0f} ms", ratio(named, extract))


def size_rows(texts: list[Path]) -> list[Row]:
    """Mean and most names offered per text: rows' speakers alone, and with the named parties."""
    from claims.extract.parties import menu, named_parties
    from claims.extract.surface import working_copy
    from claims.extract.table import find_rows
    alone, offered = [], []
    for path in texts:
        text = path.read_text(encoding="utf-8")
        speakers = sorted({r.speaker for r in find_rows(text, path.name)}, key=str.casefold)
        alone.append(len(menu(speakers, [])))
        offered.append(len(menu(speakers, named_parties(working_copy(text)))))
    label = f"{len(texts)} press texts"
    return [Row(BENCH, f"{label}: names offered, mean", statistics.mean(offered), "names",
                f"rows' speakers {statistics.mean(alone):.1f}", ratio(statistics.mean(offered), statistics.mean(alone))),
            Row(BENCH, f"{label}: names offered, most", max(offered), "names", f"rows' speakers {max(alone)}",
                ratio(max(offered), max(alone)))]


def run(smoke: bool = False) -> list[Row]:
    """Time the speaker box on the largest press text and count its names over the press texts."""
    texts = press_texts()
    largest = max(texts, key=lambda p: p.stat().st_size)
    some = texts[:SMOKE_TEXTS] if smoke else texts
    return [*timing_rows(largest, SMOKE_REPEATS if smoke else REPEATS), long_text_row(some[:LONG_TEXTS]),
            *size_rows(some)]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table."""
    args = parser("bench_parties", __doc__.splitlines()[0]).parse_args(argv)
    return finish(run(args.smoke), args)


if __name__ == "__main__":
    sys.exit(main())
