"""Profile one benchmark's workload with pyinstrument and print where the time goes.

    .venv/bin/python -m benchmarks.profile extract     # extract_claims on 500 generated texts
    .venv/bin/python -m benchmarks.profile save        # 10 record_verdict calls on a 10,000-row file
    .venv/bin/python -m benchmarks.profile board       # open a 10,000-claim board, then 10 clicks on next
    .venv/bin/python -m benchmarks.profile evidence    # index 1,000 texts, rank 10,000 claims
"""
from __future__ import annotations

import argparse
import sys
from typing import Callable

from benchmarks.common import WORK


def extract_workload() -> list[tuple[str, Callable[[], object]]]:
    """extract_claims on 500 texts of the corpus."""
    from claims import extract_claims
    from benchmarks.bench_extract import CORPUS
    from benchmarks.corpus import ensure_corpus
    paths = ensure_corpus(CORPUS, 500)
    return [("extract_claims on 500 texts", lambda: [extract_claims(path) for path in paths])]


def save_workload() -> list[tuple[str, Callable[[], object]]]:
    """Ten record_verdict calls on a 10,000-row verdict file."""
    from claims import load_verdicts, record_verdict, verdicts_path
    from benchmarks.bench_save import ANALYST, ROWS, prepare
    source = prepare(WORK / "save", ROWS)
    ids = list(load_verdicts(verdicts_path(source))["claim_id"])

    def record() -> None:
        """Record ten verdicts."""
        for i in range(10):
            record_verdict(source, ids[i * 997], "disputed", note=f"profile {i}", analyst=ANALYST)
    return [("10 x record_verdict on 10,000 rows", record)]


def board_workload() -> list[tuple[str, Callable[[], object]]]:
    """Open a 10,000-claim board, then click next ten times."""
    from claims.board import review
    from benchmarks.corpus import CORPUS_VERSION, write_long_text
    source = WORK / f"board_10000_v{CORPUS_VERSION}" / "source.txt"
    if not source.is_file():
        write_long_text(source, 10_000)
    for stale in source.parent.glob("*.verdicts.csv"):
        stale.unlink()
    boards: list = []

    def clicks() -> None:
        """Click next ten times."""
        for _ in range(10):
            boards[0].next_button.click()
    return [("open a 10,000-claim board", lambda: boards.append(review(source, analyst="benchmark"))),
            ("10 clicks on next", clicks)]


def evidence_workload() -> list[tuple[str, Callable[[], object]]]:
    """Index 1,000 texts and rank 10,000 claims."""
    from claims import load_source
    from claims.evidence import build_index, rank_evidence
    from benchmarks.bench_evidence import CORPUS, claims_of
    from benchmarks.corpus import ensure_corpus
    sources = [load_source(path) for path in ensure_corpus(CORPUS, 1_000)]
    claims = claims_of(sources, 10_000)
    from claims import evidence
    evidence.WORKERS = 1  # pyinstrument sees only the calling thread
    index = []
    return [("build_index on 1,000 texts", lambda: index.append(build_index(sources))),
            ("rank_evidence for 10,000 claims (one worker thread)", lambda: rank_evidence(index[0], claims))]


WORKLOADS = {"extract": extract_workload, "save": save_workload, "board": board_workload,
             "evidence": evidence_workload}


def main(argv: list[str] | None = None) -> int:
    """Profile the chosen workload's steps and print each call tree."""
    from pyinstrument import Profiler
    args_parser = argparse.ArgumentParser(prog="python -m benchmarks.profile", description=__doc__.splitlines()[0])
    args_parser.add_argument("workload", choices=sorted(WORKLOADS))
    args_parser.add_argument("--all", action="store_true", help="show library frames too")
    args = args_parser.parse_args(argv)
    for title, step in WORKLOADS[args.workload]():
        profiler = Profiler()
        profiler.start()
        step()
        profiler.stop()
        print(f"==== {title}")
        print(profiler.output_text(unicode=False, color=False, show_all=args.all))
    return 0


if __name__ == "__main__":
    sys.exit(main())
