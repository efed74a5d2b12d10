"""The speaker box benchmark runs and reports its figures (smoke size)."""
from benchmarks.bench_parties import BENCH, run


def test_smoke_run_reports_timing_long_text_and_sizes():
    rows = run(smoke=True)
    assert [(r.bench, r.measure.split(" (")[0], r.unit) for r in rows] == [
        (BENCH, "speakers_found", "ms"), (BENCH, "speakers_found / extracting the text", "ms"),
        (BENCH, "named_parties", "ms"), (BENCH, "5 press texts: names offered, mean", "names"),
        (BENCH, "5 press texts: names offered, most", "names")]
    assert [r.passed for r in rows] == [rows[0].value < 50.0, None, None, None, None]
    assert rows[3].value >= float(rows[3].baseline.split()[-1])
