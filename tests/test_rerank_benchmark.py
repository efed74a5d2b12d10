"""The re-ranker's training script and the blind tables: tallies, the ship rule, scoring switched rows, set ranges."""
import math
from pathlib import Path

import numpy as np
import pytest

from benchmarks.blind_tables import COLUMNS, SETS, set_texts
from benchmarks.quality import Gold, GoldClaim
from benchmarks.rerank import NAMES, Attributed, Candidate, Model
from benchmarks.rerank.train import Choice, Tally, Text, apply, claim_results, helps, margin_json

GOLD = Gold("t.txt", "", True, (
    GoldClaim("Marlow Policy Institute", (), "organisation", ("rents rose",), False),
    GoldClaim("Marlow Policy Institute", ("the institute",), "organisation", ("households were behind",), False),
    GoldClaim("Ann Lee", (), "person", ("never found",), False),
    GoldClaim("Ann Lee", (), "person", ("optional one",), True)), ())
ROWS = [Attributed("Marlow Policy Institute", "organisation", "said", 0, 10, 0.82),
        Attributed("The think tank", "unresolved", "estimated that", 20, 30, math.nan)]
QUOTES = ["rents rose by 6%", "40,000 households were behind on rent"]
INSTITUTE = Candidate("Marlow Policy Institute", "organisation")
TANK = Candidate("The think tank", "unresolved")


def tally(before: list[str], after: list[str], changed: int) -> Tally:
    """A tally of one text's results."""
    found = Tally()
    found.add(before, after, changed)
    return found


def test_claim_results_before_and_after_a_switch():
    text = Text(GOLD, ROWS, QUOTES, [INSTITUTE, TANK])
    assert claim_results(text, {}) == ["right", "unresolved", "missed"]
    assert claim_results(text, {1: INSTITUTE}) == ["right", "right", "missed"]
    assert claim_results(text, {0: TANK, 1: Candidate("Ann Lee", "person")}) == ["unresolved", "wrong", "missed"]


def test_tally_counts_and_gain():
    found = tally(["right", "unresolved", "wrong", "right"], ["right", "right", "right", "wrong"], 3)
    assert (found.claims, found.right, found.wrong, found.unresolved, found.changed, found.right_to_wrong,
            found.wrong_to_right, found.gain()) == (4, [2, 3], [1, 1], [1, 0], 3, 1, 2, 1)


@pytest.mark.parametrize("before, after, ships", [
    (["wrong", "right"], ["right", "right"], True),
    (["unresolved", "right"], ["wrong", "right"], False),
    (["unresolved", "unresolved"], ["right", "wrong"], False),
    (["right"], ["right"], False),
    (["wrong", "right", "unresolved"] * 4 + ["right"], ["right", "right", "right"] * 4 + ["wrong"], True),
    (["wrong", "wrong", "right", "wrong"], ["right", "right", "unresolved", "right"], False)])
def test_helps_needs_more_right_no_more_wrong_and_few_right_to_wrong(before, after, ships):
    assert helps(tally(before, after, 1)) is ships


def test_apply_switches_a_row_only_past_the_margin():
    weights = tuple(-5.0 if name == "rule x unresolved" else 0.0 for name in NAMES)
    x = np.array([[0.0] * len(NAMES), [1.0 if n in ("rule", "rule x unresolved") else 0.0 for n in NAMES]])
    text = Text(GOLD, ROWS, QUOTES, [INSTITUTE, TANK], {1: Choice([INSTITUTE, TANK], x, np.array([True, False]), 1)})
    model = Model(weights, 0.0, (0.0,) * len(NAMES), (1.0,) * len(NAMES), 1.0, 0.9, True, False)
    switched, kept = apply(model, [text]), apply(model._replace(margin=6.0), [text])
    assert (switched.right, switched.unresolved, switched.changed) == ([1, 2], [1, 0], 1)
    assert (kept.right, kept.unresolved, kept.changed) == ([1, 1], [1, 1], 0)


def test_margin_json_writes_never_as_a_large_number():
    assert [margin_json(2.5), margin_json(math.inf)] == [2.5, 1e9]


def test_set_texts_take_a_range_of_numbered_texts(tmp_path: Path):
    for name in ("p088_a.txt", "p089_b.txt", "p136_c.txt", "p137_d.txt", "p100_e.gold.json", "notes.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in set_texts("p089-p136", tmp_path)] == ["p089_b.txt", "p136_c.txt"]


def test_set_texts_read_four_digit_numbers_in_number_order(tmp_path: Path):
    for name in ("p1000_z.txt", "p100_a.txt", "p999_y.txt", "p952_x.txt", "p1001_w.txt", "p1000_z.gold.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in set_texts("p953-p1000", tmp_path)] == ["p999_y.txt", "p1000_z.txt"]


def test_every_blind_table_is_committed_with_its_columns():
    folder = Path(__file__).resolve().parent.parent / "benchmarks" / "press" / "blind"
    heads = {name: (folder / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0] for name in SETS}
    assert heads == dict.fromkeys(SETS, ",".join(COLUMNS))
