"""Hostile text: extraction stays linear on pathological inputs (one huge sentence, thousands of cues
with no speaker, thousands of quotations, endless lists), against ordinary text of the same size.

A press text pasted from a broken export, or written to attack the tool, must not freeze the
workbench: each input below is about 400 KB (a hundred press releases) of one bad shape. Baseline in
the same run: the two seed texts repeated to the same size. Target: every hostile input extracts at
least a tenth as fast as ordinary text, and twice the input costs at most 3x the time (a quadratic
cost would be 4x).
"""
from __future__ import annotations

import sys
import time
from collections.abc import Callable

from benchmarks.common import ROOT, Row, finish, parser, ratio

BENCH = "hostile"
SIZE = 400_000
SMOKE_SIZE = 20_000
MIN_SHARE = 0.1
MAX_DOUBLING = 3.0

SHAPES: dict[str, Callable[[int], str]] = {
    "cue words with no speaker": lambda n: "x says " * (n // 7),
    "determiner + cue nouns": lambda n: "the claims " * (n // 11),
    "according to, no comma": lambda n: "According to nobody " * (n // 20),
    "quotations with unknown speaker": lambda n: "\u201cword word word word word word\u201d he said " * (n // 40),
    "colon cues with no items": lambda n: "The Council claims: " * (n // 20),
    "one list joined by and": lambda n: "The Board claims: " + " and ".join(["costs fell sharply last year"] * (n // 33)),
    "one list joined by and, a verb in each item": lambda n: "The Board claims: "
    + " and ".join(["costs were cut last year"] * (n // 29)),
    "one comma list": lambda n: "The Board claims: " + ", ".join(["costs fell sharply"] * (n // 19)) + " and sales rose",
    "thousands of organisations": lambda n: " ".join(f"Alpha{i} Beta{i} Council" for i in range(n // 27)) + " says x y.",
    "one line, no spaces": lambda n: "x" * n,
    "paragraphs opening unclosed quotations": lambda n: "\n\n".join(["\u201cWe cut leaks by 9% in May"] * (n // 30)),
    "what a meeting heard": lambda n: "Bus fares will rise by 5%, the meeting heard. " * (n // 47),
    "a release's figures beside its cues": lambda n: "PRESS RELEASE\nAcme Water\n\n"
    + "Acme Water said leaks fell by 9%. There were 40 bursts in May. " * (n // 64),
}
"""Each bad shape, as a function of the wanted size in characters."""


def ordinary(size: int) -> str:
    """The seed texts repeated to about `size` characters: the baseline."""
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    return "\n\n".join([seeds] * max(1, size // len(seeds)))


def seconds(text: str) -> float:
    """The least wall time of two extractions of a text."""
    from claims.extract import find_claims
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        find_claims(text, "hostile.txt")
        best = min(best, time.perf_counter() - start)
    return best


def run(smoke: bool = False) -> list[Row]:
    """Time every hostile shape at the size and twice the size, against ordinary text."""
    size = SMOKE_SIZE if smoke else SIZE
    base = ordinary(size)
    base_rate = len(base) / seconds(base) / 1e6
    rows = [Row(BENCH, f"ordinary text, {len(base) // 1000} KB", base_rate, "M chars/s")]
    for name, make in SHAPES.items():
        text, double = make(size), make(2 * size)
        took, took_double = seconds(text), seconds(double)
        rate = len(text) / took / 1e6
        share = ratio(rate, base_rate)
        growth = ratio(took_double, took)
        rows.append(Row(BENCH, f"{name}, {len(text) // 1000} KB", rate, "M chars/s", "ordinary text",
                        share, f">= {MIN_SHARE} of ordinary", share >= MIN_SHARE))
        rows.append(Row(BENCH, f"{name}: 2x input", took_double, "s", f"{took:.3f} s at 1x", growth,
                        f"<= {MAX_DOUBLING}x", growth <= MAX_DOUBLING))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Run the hostile-text benchmark and print its table."""
    args = parser("bench_hostile", __doc__.splitlines()[0]).parse_args(argv)
    return finish(run(args.smoke), args)


if __name__ == "__main__":
    sys.exit(main())
