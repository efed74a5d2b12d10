"""The calibration benchmark: ranges of texts, outcomes per bucket, the measurement and the check."""
import json
from pathlib import Path

import pytest

from benchmarks import calibration
from benchmarks.calibration import CalibrationError, Outcome, measurement, report, summary, text_range

TEXT = ("Harrowdale Police said burglaries fell by 12% and arrests rose by 40 over the year.\n\n"
        "The force's figures show that response times were slower than a year before.\n")


def gold(number: str, held_out: bool, speaker: str = "Harrowdale Police") -> dict:
    """A gold annotation of TEXT for text pNNN, its claims given to a speaker."""
    return {"text": f"p{number}_t.txt", "genre": "news report", "org_type": "police", "phenomena": [],
            "held_out": held_out, "not_claims": [],
            "claims": [{"speaker": speaker, "kind": "organisation", "keys": [k], "optional": False}
                       for k in ("burglaries fell by 12%", "arrests rose by 40", "response times were slower")]}


def corpus(folder: Path) -> Path:
    """Three texts: p001 (development), p002 (held out, right speaker) and p003 (held out, another speaker)."""
    for number, held_out, speaker in (("001", False, "Harrowdale Police"), ("002", True, "Harrowdale Police"),
                                      ("003", True, "Vale Police")):
        (folder / f"p{number}_t.txt").write_text(TEXT, encoding="utf-8")
        (folder / f"p{number}_t.gold.json").write_text(json.dumps(gold(number, held_out, speaker)), encoding="utf-8")
    return folder


@pytest.mark.parametrize(("value", "numbers"), [("p089-p136", (89, 136)), (" p001-p001 ", (1, 1))])
def test_text_range(value: str, numbers: tuple[int, int]) -> None:
    assert text_range(value) == numbers


@pytest.mark.parametrize("value", ["89-136", "p89-p136", "p089", "p089-p136x"])
def test_a_bad_range_says_how_to_write_one(value: str) -> None:
    with pytest.raises(CalibrationError) as raised:
        text_range(value)
    assert str(raised.value) == f"--texts {value!r}: give a range such as p089-p136"


def test_measure_counts_every_level_of_the_chosen_texts(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert calibration.main(["--corpus", str(corpus(tmp_path)), "--measure", "--texts", "p002-p003"]) == 0
    measured = json.loads(capsys.readouterr().out)
    assert (measured["measured_on"], measured["prior_weight"]) == ("p002-p003", calibration.PRIOR_WEIGHT)
    assert measured["buckets"] == {
        "all": {"right": 3, "measured": 6}, "organisation": {"right": 3, "measured": 6},
        "speech organisation": {"right": 2, "measured": 4}, "speech organisation near": {"right": 2, "measured": 4},
        "finding organisation": {"right": 1, "measured": 2}, "finding organisation near": {"right": 1, "measured": 2}}


def test_the_check_defaults_to_the_held_out_texts(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert calibration.main(["--corpus", str(corpus(tmp_path)), "--measure"]) == 0
    assert json.loads(capsys.readouterr().out)["buckets"]["all"] == {"right": 3, "measured": 6}


def test_a_bad_range_or_corpus_exits_2_with_the_fix(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert calibration.main(["--corpus", str(corpus(tmp_path)), "--texts", "p2-p3"]) == 2
    assert capsys.readouterr().err == "--texts 'p2-p3': give a range such as p089-p136\n"
    assert calibration.main(["--corpus", str(tmp_path / "none")]) == 2
    assert "holds no *.gold.json files" in capsys.readouterr().err


FOUND = [Outcome(("speech person near", "speech person", "person", "all"), 0.95, "right"),
         Outcome(("speech person near", "speech person", "person", "all"), 0.95, "wrong"),
         Outcome(("release organisation far", "release organisation", "organisation", "all"), 0.5, "wrong"),
         Outcome(("release organisation far", "release organisation", "organisation", "all"), float("nan"), "right")]


def test_summary_splits_wrong_speakers_between_rows_to_check_and_sure_rows() -> None:
    assert summary(FOUND) == ["to check      2 claims,    1 under a wrong speaker (50.0%)",
                              "sure          2 claims,    1 under a wrong speaker (50.0%)"]
    assert summary([]) == ["to check      0 claims,    0 under a wrong speaker (0.0%)",
                           "sure          0 claims,    0 under a wrong speaker (0.0%)"]


def test_report_gives_each_bucket_its_predicted_and_seen_share() -> None:
    table = {"prior_weight": 0, "buckets": {"all": {"right": 1, "measured": 2},
                                            "speech person near": {"right": 9, "measured": 10}}}
    lines = report(FOUND, table).splitlines()
    assert [line.split() for line in lines[:3]] == [
        ["bucket", "claims", "predicted", "seen"],
        ["person", "speakers", "through", "a", "reporting", "verb", "(said,", "added),", "named", "near", "the",
         "claim", "2", "90.0%", "50.0%"],
        ["all", "attributions", "2", "50.0%", "50.0%"]]
    assert report(FOUND[:1], {"prior_weight": 0, "buckets": {}}).splitlines()[1].split() == [
        "unmeasured", "1", "nan%", "100.0%"]
    assert lines[3:] == ["", *summary(FOUND)]


def test_measurement_names_the_commit_and_the_texts() -> None:
    measured = measurement(FOUND[:1], "p001-p002")
    assert (measured["measured_on"], measured["extractor"] != "", measured["buckets"]) == (
        "p001-p002", True, {k: {"right": 1, "measured": 1} for k in sorted(FOUND[0].keys)})
