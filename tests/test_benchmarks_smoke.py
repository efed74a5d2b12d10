"""The benchmarks stay runnable: a smoke run of all of them, a child process, and the corpus generator."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims import extract_claims, load_source
from claims.compiled import is_compiled

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_extract import PYSBD_REFERENCE_MB_S, normalised_speed  # noqa: E402
from benchmarks.common import Row, p95, read_rows, table  # noqa: E402
from benchmarks.corpus import MAX_BYTES, MIN_BYTES, generate_text, write_corpus, write_long_text  # noqa: E402
from benchmarks.run_all import BENCHMARKS  # noqa: E402


def run_module(module: str, args: list[str], work: Path) -> subprocess.CompletedProcess[str]:
    """Run `python -m benchmarks.<module>` from the repo root with its scratch folder in `work`."""
    env = {**os.environ, "CLAIMS_BENCH_WORK": str(work), "PYTHONPATH": str(ROOT)}
    env.pop("CLAIMS_BROWSER_TIMINGS", None)
    return subprocess.run([sys.executable, "-m", f"benchmarks.{module}", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_smoke_run_measures_every_benchmark(tmp_path: Path) -> None:
    done = run_module("run_all", ["--smoke", "--json", str(tmp_path / "rows.json"),
                                  "--markdown", str(tmp_path / "rows.md")], tmp_path / "work")
    assert (done.returncode, done.stderr.count("FAILED TO RUN")) == (0, 0), done.stderr
    rows = read_rows(tmp_path / "rows.json")
    assert sorted({row.bench for row in rows}) == sorted(BENCHMARKS)
    judged = [row for row in rows if row.target]
    assert all(isinstance(row.passed, bool) and row.ratio is not None for row in judged)
    assert {row.bench for row in judged} == {"extract", "hostile", "save", "board", "evidence", "app", "parties"}
    assert table(rows).splitlines()[0].split() == ["benchmark", "measure", "value", "baseline", "(same", "run)",
                                                   "ratio", "target", "result"]
    assert (tmp_path / "rows.md").read_text(encoding="utf-8").count("\n| ") == len(rows) + 1


def test_child_process_reports_its_rows(tmp_path: Path) -> None:
    done = run_module("bench_extract", ["--child", "--count", "3", "--sample", "2", "--json",
                                        str(tmp_path / "rows.json")], tmp_path / "work")
    assert (done.returncode, done.stdout) == (0, ""), done.stderr
    measures = [row["measure"] for row in json.loads((tmp_path / "rows.json").read_text(encoding="utf-8"))]
    assert measures == [f"compiled: {'yes' if is_compiled() else 'no'}", "3 texts: corpus", "3 texts: read+decode", "3 texts: extract_claims",
                        "3 texts: extract_claims CPU time", "3 texts: last chunk's CPU time", "3 texts: peak RSS",
                        "pysbd on 2 texts", "extract_claims on the reference machine"]


def test_unknown_benchmark_is_refused(tmp_path: Path) -> None:
    done = run_module("run_all", ["--smoke", "--only", "extract,speed"], tmp_path / "work")
    assert done.returncode == 2
    assert "unknown benchmark(s) speed; choose from extract, hostile, save, board, evidence, app, parties, browser" in done.stderr


def test_texts_are_deterministic_varied_and_press_release_sized() -> None:
    texts = [generate_text(index) for index in range(60)]
    assert texts == [generate_text(index) for index in range(60)]
    assert len(set(texts)) == 60
    assert all(MIN_BYTES <= len(text.encode("utf-8")) <= MAX_BYTES for text in texts)
    assert generate_text(0, seed=1) != generate_text(0, seed=2)


@pytest.mark.parametrize("shape", ["; and that ", " and that ", "\n- ", "\n\u2022 ", "\n* ", "\n1) ", "\n1. ",
                                   ": 1. ", ": 1) ", "According to the ", ", according to ", " legacy includes ",
                                   "\u2019s achievements include:\n", "said: \u201c", "\u201d he said.",
                                   "\u201d she said.", "Inspectors ", "\nIt ", "There has been ", "?"])
def test_corpus_uses_every_shape_the_extractor_reads(shape: str) -> None:
    assert any(shape in generate_text(index) for index in range(200))


def test_written_files_read_back_as_generated(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, 40)
    encodings = {load_source(path).encoding for path in paths}
    assert [path.name for path in paths] == [f"{index:05d}.txt" for index in range(40)]
    assert [load_source(path).text.replace("\r\n", "\n") for path in paths] == [generate_text(i) for i in range(40)]
    assert encodings == {"utf-8", "utf-8-sig", "cp1252"}


def test_long_text_holds_the_claims_asked_for(tmp_path: Path) -> None:
    found = write_long_text(tmp_path / "long.txt", 150)
    assert (found, len(extract_claims(tmp_path / "long.txt"))) == (150, 150)


@pytest.mark.parametrize(("values", "expected"), [([1.0], 1.0), ([3.0, 1.0, 2.0], 3.0),
                                                  ([float(i) for i in range(1, 101)], 95.0)])
def test_p95_is_the_nearest_rank(values: list[float], expected: float) -> None:
    assert p95(values) == expected


def test_table_marks_targets() -> None:
    rows = [Row("save", "median", 12.5, "ms", "floor 10 ms", 1.25, "<= 2x floor", True),
            Row("save", "p95", 30.0, "ms", "floor 10 ms", 3.0, "<= 2x floor", False),
            Row("extract", "corpus", 4.0, "MB")]
    assert table(rows, markdown=True).splitlines() == [
        "| benchmark | measure | value | baseline (same run) | ratio | target | result |",
        "|---|---|---|---|---|---|---|",
        "| save | median | 12.5 ms | floor 10 ms | 1.25x | <= 2x floor | PASS |",
        "| save | p95 | 30 ms | floor 10 ms | 3x | <= 2x floor | FAIL |",
        "| extract | corpus | 4 MB |  |  |  |  |",
    ]


def test_extraction_speed_is_rescaled_by_how_fast_pysbd_runs_here() -> None:
    half_as_fast = PYSBD_REFERENCE_MB_S / 2
    assert [normalised_speed(0.5, half_as_fast), normalised_speed(1.2, PYSBD_REFERENCE_MB_S),
            normalised_speed(0.9, PYSBD_REFERENCE_MB_S * 3)] == [1.0, 1.2, pytest.approx(0.3)]
    assert normalised_speed(0.5, 0.0) == float("inf")
