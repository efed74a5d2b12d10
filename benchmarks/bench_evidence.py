"""Evidence: the top-5 passages for 10,000 claims against 1,000 texts, against a plain Python loop.

`claims.evidence` vectorises the passages once (`build_index`) and ranks every claim with sparse
matrix products (`rank_evidence`). The baseline, in the same run, scores the same TF-IDF vectors
with a plain Python loop (an inverted index of dicts and `heapq.nlargest`), on a sample of the
claims and scaled to all of them (each claim costs the loop the same work whatever the others);
the loop's top-5 is also compared with the vectorised one. Target (issue 5): under 5 s.
"""
from __future__ import annotations

import heapq
import sys
from collections import defaultdict

from benchmarks.common import WORK, Row, child_rows, finish, parser, peak_rss_mb, ratio, timed
from benchmarks.corpus import ensure_corpus

BENCH = "evidence"
TEXTS, CLAIMS, LOOP_SAMPLE = 1_000, 10_000, 300
SMOKE_TEXTS, SMOKE_CLAIMS, SMOKE_SAMPLE = 20, 100, 20
MAX_SECONDS = 5.0
CORPUS = WORK / "corpus"


def claims_of(sources: list, count: int):
    """The first `count` claims of the sources, in corpus order, as one table."""
    import pandas as pd
    from claims import extract_claims
    tables, found = [], 0
    for source in sources:
        tables.append(extract_claims(source))
        found += len(tables[-1])
        if found >= count:
            break
    return pd.concat(tables, ignore_index=True).head(count)


def loop_top_k(index, claims, k: int = 5) -> list[list[tuple[int, float]]]:
    """The plain-Python baseline: each claim's k best passages (row, score), own span excluded."""
    from claims.evidence import claim_queries, own_span_bounds
    postings: dict[int, list[tuple[int, float]]] = defaultdict(list)
    matrix = index.matrix.tocsr()
    for row in range(matrix.shape[0]):
        for term, weight in zip(matrix.indices[matrix.indptr[row]:matrix.indptr[row + 1]],
                                matrix.data[matrix.indptr[row]:matrix.indptr[row + 1]]):
            postings[int(term)].append((row, float(weight)))
    queries = index.vectorizer.transform(claim_queries(claims)).tocsr()
    lo, hi = own_span_bounds(index.passages, claims)
    best = []
    for number in range(queries.shape[0]):
        scores: dict[int, float] = defaultdict(float)
        for term, weight in zip(queries.indices[queries.indptr[number]:queries.indptr[number + 1]],
                                queries.data[queries.indptr[number]:queries.indptr[number + 1]]):
            for row, passage_weight in postings[int(term)]:
                scores[row] += float(weight) * passage_weight
        own = range(int(lo[number]), int(hi[number]))
        kept = ((score, -row) for row, score in scores.items() if score > 0 and row not in own)
        best.append([(-row, score) for score, row in heapq.nlargest(k, kept)])
    return best


def agreement(ranked, claims, loop: list[list[tuple[int, float]]]) -> float:
    """The share of sampled claims whose vectorised top-k scores equal the loop's (within 1e-4, best first)."""
    same = 0
    for number, claim_id in enumerate(claims["claim_id"]):
        vectorised = list(ranked.loc[ranked["claim_id"] == claim_id, "score"])
        looped = [score for _, score in loop[number]]
        same += len(vectorised) == len(looped) and all(abs(a - b) < 1e-4 for a, b in zip(vectorised, looped))
    return same / max(1, len(claims))


def measure(texts: int, count: int, sample: int) -> list[Row]:
    """Index `texts` texts, rank `count` claims against them, and time the loop on `sample` claims."""
    from claims import load_source
    from claims.evidence import build_index, rank_evidence
    sources = [load_source(path) for path in ensure_corpus(CORPUS, texts)]
    claims = claims_of(sources, count)
    build, index = timed(lambda: build_index(sources))
    rank, ranked = timed(lambda: rank_evidence(index, claims, k=5))
    loop, looped = timed(lambda: loop_top_k(index, claims.head(sample), k=5))
    loop_all = loop.wall * len(claims) / sample
    total = build.wall + rank.wall
    label = f"{len(claims):,} claims x {len(index.passages):,} passages ({texts:,} texts)"
    return [
        Row(BENCH, f"{label}: build_index", build.wall, "s", f"{build.cpu:.3g} s CPU"),
        Row(BENCH, f"{label}: rank_evidence top-5", rank.wall, "s",
            f"plain loop {loop_all:.3g} s (from {sample} claims)", ratio(loop_all, rank.wall),
            f"< {MAX_SECONDS:g} s", rank.wall < MAX_SECONDS),
        Row(BENCH, f"{label}: build_index + rank_evidence", total, "s",
            f"plain loop {loop_all:.3g} s + build", ratio(loop_all + build.wall, total),
            f"< {MAX_SECONDS:g} s", total < MAX_SECONDS),
        Row(BENCH, f"same top-5 scores as the loop ({sample} claims)",
            100 * agreement(ranked, claims.head(sample), looped), "%"),
        Row(BENCH, f"{label}: peak RSS", peak_rss_mb(), "MB"),
    ]


def run(smoke: bool = False) -> list[Row]:
    """Measure in a child process (in this one for smoke runs)."""
    texts, count, sample = (SMOKE_TEXTS, SMOKE_CLAIMS, SMOKE_SAMPLE) if smoke else (TEXTS, CLAIMS, LOOP_SAMPLE)
    return child_rows("bench_evidence", ["--texts", str(texts), "--claims", str(count), "--sample", str(sample)],
                      in_process=smoke)


def main(argv: list[str] | None = None) -> int:
    """Run the evidence benchmark and print its table."""
    args_parser = parser("bench_evidence", __doc__.splitlines()[0])
    args_parser.add_argument("--texts", type=int, help="measure only this many texts, in this process")
    args_parser.add_argument("--claims", type=int, default=CLAIMS)
    args_parser.add_argument("--sample", type=int, default=LOOP_SAMPLE)
    args = args_parser.parse_args(argv)
    rows = measure(args.texts, args.claims, args.sample) if args.texts else run(args.smoke)
    return finish(rows, args)


if __name__ == "__main__":
    sys.exit(main())
