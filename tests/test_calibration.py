"""The calibration benchmark: ranges of texts, outcomes per bucket, the measurement and the check."""
import json
import math
from pathlib import Path

import pytest

from benchmarks import calibration
from benchmarks.calibration import CalibrationError, Outcome, log_loss, measurement, report, summary, text_range
from benchmarks.quality import Gold

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


@pytest.mark.parametrize(("value", "numbers"), [("p089-p136", (89, 136)), (" p001-p001 ", (1, 1)),
                                                    ("p953-p1000", (953, 1000))])
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
        "speech organisation": {"right": 2, "measured": 4}, "speech organisation near name": {"right": 2, "measured": 4},
        "finding organisation": {"right": 1, "measured": 2}, "finding organisation near name": {"right": 1, "measured": 2}}


def test_the_check_defaults_to_the_held_out_texts(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert calibration.main(["--corpus", str(corpus(tmp_path)), "--measure"]) == 0
    assert json.loads(capsys.readouterr().out)["buckets"]["all"] == {"right": 3, "measured": 6}


def test_a_bad_range_or_corpus_exits_2_with_the_fix(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert calibration.main(["--corpus", str(corpus(tmp_path)), "--texts", "p2-p3"]) == 2
    assert capsys.readouterr().err == "--texts 'p2-p3': give a range such as p089-p136\n"
    assert calibration.main(["--corpus", str(tmp_path / "none")]) == 2
    assert "holds no *.gold.json files" in capsys.readouterr().err


FOUND = [Outcome(("speech person near", "speech person", "person", "all"), calibration.CHECK_BELOW, "right"),
         Outcome(("speech person near", "speech person", "person", "all"), calibration.CHECK_BELOW, "wrong"),
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


def test_log_loss_keeps_shares_within_one_and_ninety_nine_percent() -> None:
    table = {"prior_weight": 0, "buckets": {"all": {"right": 4, "measured": 5}}}
    right, wrong = Outcome(("all",), 0.8, "right"), Outcome(("all",), 0.8, "wrong")
    assert log_loss([right, wrong], table) == pytest.approx(-(math.log(0.8) + math.log(0.2)) / 2)
    sure = {"prior_weight": 0, "buckets": {"all": {"right": 5, "measured": 5}}}
    assert log_loss([wrong], sure) == pytest.approx(-math.log(0.01))
    assert log_loss([right], {"prior_weight": 0, "buckets": {}}) == pytest.approx(-math.log(0.5))
    assert log_loss([], table) == 0.0


def test_folds_are_runs_of_twelve_texts_in_number_order(tmp_path: Path) -> None:
    golds = [Gold(str(tmp_path / f"p{n:03d}_t.txt"), "", True, (), ()) for n in range(130, 100, -1)]
    assert [[calibration.number_of(g) for g in fold] for fold in calibration.folds(golds)] == [
        list(range(101, 113)), list(range(113, 125)), list(range(125, 131))]


def test_cross_validation_measures_on_the_other_folds() -> None:
    right = Outcome(("organisation", "all"), 0.0, "right")
    wrong = Outcome(("organisation", "all"), 0.0, "wrong")
    # each fold is predicted from the other alone: 1 of 2 right there, so every share is 0.5
    assert calibration.cross_validated([[right, wrong], [right, wrong]], 1, 0) == pytest.approx(math.log(2))
    # fold 1 is all right, fold 2 all wrong: each is predicted at 1% (clipped) from the other
    assert calibration.cross_validated([[right], [wrong]], 2, 0) == pytest.approx(-math.log(0.01))


def test_choose_lists_every_level_and_weight_best_first(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert calibration.main(["--corpus", str(corpus(tmp_path)), "--choose", "--texts", "p001-p003"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == calibration.LEVELS * len(calibration.WEIGHTS)
    losses = [float(line.split()[-1]) for line in lines]
    assert losses == sorted(losses) and {line.split()[1] for line in lines} == {"1", "2", "3", "4"}


def test_measure_keeps_the_levels_and_weight_asked_for(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert calibration.main(["--corpus", str(corpus(tmp_path)), "--measure", "--levels", "2", "--weight", "3"]) == 0
    measured = json.loads(capsys.readouterr().out)
    assert (measured["levels"], measured["prior_weight"], sorted(measured["buckets"])) == (
        2, 3.0, ["all", "organisation"])


def blind_corpus(folder: Path, tables: dict[str, list[list[str]]] | None) -> Path:
    """Texts p089 and p136 (the first blind set's first and last) and p137 (the next set's first), with blind tables."""
    for number, speaker in (("089", "Harrowdale Police"), ("136", "Harrowdale Police"), ("137", "Vale Police")):
        (folder / f"p{number}_t.txt").write_text(TEXT, encoding="utf-8")
        (folder / f"p{number}_t.gold.json").write_text(json.dumps(gold(number, False, speaker)), encoding="utf-8")
    for name, rows in (tables or {}).items():
        (folder / "blind").mkdir(exist_ok=True)
        lines = ["text,start,end,speaker,speaker_kind,cue,quote", *(",".join(row) for row in rows)]
        (folder / "blind" / f"{name}.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def blind_row(text: str, kind: str, cue: str, quote: str, speaker: str = "Harrowdale Police") -> list[str]:
    """A blind table's row of TEXT (offsets where the quote stands)."""
    start = TEXT.index(quote)
    return [text, str(start), str(start + len(quote)), speaker, kind, cue, quote]


TABLES = {"p089-p136": [blind_row("p089_t.txt", "organisation", "said", "burglaries fell by 12%"),
                        blind_row("p089_t.txt", "unresolved", "said", "arrests rose by 40", "The force"),
                        blind_row("p089_t.txt", "organisation", "show that", "response times were slower than a year before")],
          "p137-p184": [blind_row("p137_t.txt", "organisation", "said", "burglaries fell by 12%")]}
"""p089: one claim under its right speaker, one unresolved, one through a finding verb; p136: no rows at all;
p137 (the next set): a claim under a wrong speaker (its gold gives the claims to Vale Police)."""


def test_blind_outcomes_come_from_each_sets_table_with_todays_shares(tmp_path: Path) -> None:
    folder = blind_corpus(tmp_path, TABLES)
    golds = calibration.chosen(calibration.load_corpus(folder), "p089-p137")
    speech = calibration.row_confidence(TEXT, "Harrowdale Police", "organisation", "said", (23, 45))
    finding = calibration.row_confidence(TEXT, "Harrowdale Police", "organisation", "show that", (110, 156))
    assert calibration.blind_outcomes(golds, folder / "blind") == [
        Outcome(("speech organisation near name", "speech organisation", "organisation", "all"), round(speech.share, 3),
                "right"),
        Outcome(("finding organisation near name", "finding organisation", "organisation", "all"), round(finding.share, 3),
                "right"),
        Outcome(("speech organisation near name", "speech organisation", "organisation", "all"), round(speech.share, 3),
                "wrong")]


def test_blind_measurement_names_each_sets_extractor(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = blind_corpus(tmp_path, TABLES)
    assert calibration.main(["--corpus", str(folder), "--blind", "--measure", "--texts", "p089-p137", "--levels", "3"]) == 0
    measured = json.loads(capsys.readouterr().out)
    assert (measured["extractor"], measured["levels"], measured["buckets"]) == ("539c384+b34c82b", 3, {
        "all": {"right": 2, "measured": 3}, "organisation": {"right": 2, "measured": 3},
        "speech organisation": {"right": 1, "measured": 2}, "finding organisation": {"right": 1, "measured": 1}})


def test_the_blind_check_reports_the_rows_to_check(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = blind_corpus(tmp_path, TABLES)
    assert calibration.main(["--corpus", str(folder), "--blind", "--texts", "p089-p137"]) == 0
    found = calibration.blind_outcomes(calibration.chosen(calibration.load_corpus(folder), "p089-p137"), folder / "blind")
    assert capsys.readouterr().out == report(found) + "\n"
    # with the shipped shares every organisation row here is below the check line
    assert summary(found) == ["to check      3 claims,    1 under a wrong speaker (33.3%)",
                              "sure          0 claims,    0 under a wrong speaker (0.0%)"]


def test_blind_choose_reads_the_blind_tables_too(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = blind_corpus(tmp_path, TABLES)
    assert calibration.main(["--corpus", str(folder), "--blind", "--choose", "--texts", "p089-p137"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == calibration.LEVELS * len(calibration.WEIGHTS)
    # one fold: every measurement is made on no outcomes, so each share is the unmeasured 0.5
    assert {line.split()[-1] for line in lines} == {f"{math.log(2):.4f}"}


@pytest.mark.parametrize(("texts", "tables", "message"), [
    ("p089-p136", None, "blind/p089-p136.csv: no such blind table; write it with python -m benchmarks.blind_tables\n"),
    ("p001-p003", TABLES, "p001_t.txt is in no blind set (p089-p136, p137-p184, p185-p232, p233-p280, p281-p328, "
                          "p329-p376, p377-p424, p425-p472, p473-p520, p521-p568, p569-p616, p617-p664, p665-p712, "
                          "p713-p760, p761-p808, p809-p856, p857-p904, p905-p952, p953-p1000, p1001-p1048, "
                          "p1049-p1096, p1097-p1144, p1145-p1192, p1193-p1240, p1241-p1288, p1289-p1336, p1337-p1384, p1385-p1432, "
                          "p1433-p1480, p1481-p1528, p1529-p1576, p1577-p1624): "
                          "leave out --blind, or give --texts within those sets\n"),
])
def test_blind_without_a_table_or_a_set_exits_2_with_the_fix(tmp_path: Path, capsys: pytest.CaptureFixture,
                                                              texts: str, tables: dict | None, message: str) -> None:
    folder = blind_corpus(tmp_path, tables)
    corpus(folder)
    assert calibration.main(["--corpus", str(folder), "--blind", "--texts", texts]) == 2
    assert capsys.readouterr().err.endswith(message)


def test_by_set_scores_each_set_on_a_measurement_of_the_others(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = blind_corpus(tmp_path, TABLES)
    assert calibration.main(["--corpus", str(folder), "--blind", "--by-set", "--texts", "p089-p137"]) == 0
    # p089-p136 is scored on p137's one wrong row (every share 0: flagged); p137-p184 on p089's two right rows (sure)
    assert capsys.readouterr().out.splitlines() == [
        "p089-p136  sure     0    0 wrong ( 0.0%)   to check     2    0 wrong ( 0.0%)",
        "p137-p184  sure     1    1 wrong (100.0%)   to check     0    0 wrong ( 0.0%)",
        "pooled     sure     1    1 wrong (100.0%)   to check     2    0 wrong ( 0.0%)",
        "worst set p137-p184: sure rows 100.0% wrong; flagged 66.7% of rows"]


def test_by_set_keeps_the_shipped_levels_and_weight_unless_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = []
    def record(per_set: dict, levels: int, weight: float) -> str:
        seen.append((sorted(per_set), levels, weight))
        return ""
    monkeypatch.setattr(calibration, "by_set", record)
    folder = blind_corpus(tmp_path, TABLES)
    shipped = calibration.measured_table()
    assert calibration.main(["--corpus", str(folder), "--blind", "--by-set", "--texts", "p089-p137"]) == 0
    assert calibration.main(["--corpus", str(folder), "--blind", "--by-set", "--texts", "p089-p136", "--levels", "2",
                             "--weight", "5"]) == 0
    assert seen == [(["p089-p136", "p137-p184"], shipped["levels"], shipped["prior_weight"]), (["p089-p136"], 2, 5.0)]


def test_by_set_without_blind_exits_2_with_the_fix(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = blind_corpus(tmp_path, TABLES)
    assert calibration.main(["--corpus", str(folder), "--by-set", "--texts", "p089-p137"]) == 2
    assert capsys.readouterr().err == "--by-set reads the blind tables: add --blind\n"


def test_a_set_with_no_sure_rows_is_no_worse_than_none() -> None:
    wrong = Outcome(("organisation", "all"), 0.0, "wrong")
    assert calibration.by_set({"p089-p136": [wrong], "p137-p184": [wrong]}, 2, 0).splitlines() == [
        "p089-p136  sure     0    0 wrong ( 0.0%)   to check     1    1 wrong (100.0%)",
        "p137-p184  sure     0    0 wrong ( 0.0%)   to check     1    1 wrong (100.0%)",
        "pooled     sure     0    0 wrong ( 0.0%)   to check     2    2 wrong (100.0%)",
        "worst set p089-p136: sure rows 0.0% wrong; flagged 100.0% of rows"]
