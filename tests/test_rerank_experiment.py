"""The speaker re-ranker experiment (benchmarks/rerank): features, the trained model file, the switch rule."""
import json
import math

import pytest

from benchmarks.rerank import (Attributed, Candidate, NAMES, RerankModelError, TextView, choose, features, parse_model,
                               rerank, score, shipped_model)
from benchmarks.rerank.features import first_organisation, row_parties
from benchmarks.rerank.model import DATA
from claims.extract.parties import named_parties, parties
from claims.extract.table import find_rows
from claims.model import ClaimsError

THINK_TANK = ("Marlow Policy Institute said rents rose by 6% in the year to March.\n\n"
              "The research outfit estimated that 40,000 households were behind on rent.\n")
"""A known failure of the rules: a description (`The research outfit`) left unresolved though the text named the body
(it was `The think tank` until wave 21b taught the rules that description)."""
ROWS = [Attributed("Marlow Policy Institute", "organisation", "said", 29, 66, 0.911),
        Attributed("The research outfit", "unresolved", "estimated that", 104, 141, math.nan)]
"""The rules' rows of THINK_TANK."""
INSTITUTE = Candidate("Marlow Policy Institute", "organisation")
TANK = Candidate("The research outfit", "unresolved")


def plain_model(enabled: bool = True, margin: float = 1.0, **weights: float):
    """A model over unscaled features with the given weights (by feature name, others 0)."""
    model = shipped_model()
    return model._replace(weights=tuple(weights.get(name.replace(" ", "_"), 0.0) for name in NAMES), bias=0.0,
                          mean=(0.0,) * len(NAMES), scale=(1.0,) * len(NAMES), margin=margin, enabled=enabled)


def named_features(at: int, candidate: Candidate) -> dict[str, float]:
    """The non-zero features of a row of THINK_TANK and a candidate, rounded to 4 places."""
    view = TextView(THINK_TANK, ROWS)
    first = first_organisation(view, [INSTITUTE, TANK])
    return {n: round(x, 4) for n, x in zip(NAMES, features(view, at, candidate, first)) if x}


def test_rules_leave_the_think_tank_unresolved():
    rows = find_rows(THINK_TANK, "t.txt")
    assert [Attributed(r.speaker, r.speaker_kind, r.cue, r.start, r.end, r.speaker_confidence) for r in rows][:1] == [
        ROWS[0]]
    assert [(r.speaker, r.speaker_kind, r.cue, r.start, r.end) for r in rows][1:] == [tuple(ROWS[1][:5])]


def test_candidates_are_row_speakers_then_named_parties():
    named = named_parties(THINK_TANK)
    assert named == [INSTITUTE]
    assert parties(row_parties(ROWS), named) == [INSTITUTE, TANK]


def test_features_of_the_rules_speaker():
    assert named_features(1, TANK) == {
        "rule": 1.0, "kind unresolved": 1.0, "rule x finding": 1.0, "rule x unresolved": 1.0,
        "near before": round(400 / (400 + 16), 4), "sentence before": 1.0, "paragraph before": 1.0,
        "rows spoken": 0.5, "speaks a row": 1.0, "first mention": round(69 / 143, 4), "mentions": round(math.log1p(1) / 3, 4),
        "row unresolved x unresolved": 1.0}


def test_features_of_another_candidate():
    assert named_features(1, INSTITUTE) == {
        "kind organisation": 1.0, "near before": round(400 / (400 + 81), 4), "spoke previous": 1.0,
        "rows spoken": 0.5, "speaks a row": 1.0, "first organisation": 1.0, "mentions": round(math.log1p(1) / 3, 4),
        "row unresolved x organisation": 1.0, "row finding x organisation": 1.0}


def test_features_tell_a_name_inside_the_rules_speaker():
    rows = [Attributed("Official Jo Roe", "person", "said", 20, 40, 0.955)]
    text = "Official Jo Roe said the road would reopen in May.\n"
    view = TextView(text, rows)
    found = dict(zip(NAMES, features(view, 0, Candidate("Jo Roe", "person"), "")))
    assert (found["inside rule's name"], found["holds rule's name"], found["rule"]) == (1.0, 0.0, 0.0)


@pytest.mark.parametrize("scores, rule, margin, kept", [
    ([0.0, 3.0], 0, 1.0, 1), ([0.0, 0.5], 0, 1.0, 0), ([2.0, 3.0, 1.0], 0, 1.0, 0), ([5.0], 0, 0.0, 0),
    ([1.0, 1.0], 1, 0.0, 1), ([4.0, 0.0, 1.0], 2, 2.5, 0)])
def test_choose_switches_only_past_the_margin(scores, rule, margin, kept):
    assert choose(scores, rule, margin) == kept


def test_switch_on_a_known_failure_and_not_on_a_right_row():
    model = plain_model(rule_x_unresolved=-5.0, first_organisation=2.0)
    assert rerank(THINK_TANK, ROWS, model) == [ROWS[0], ROWS[1]._replace(speaker="Marlow Policy Institute",
                                                                         kind="organisation")]


def test_switched_off_model_changes_nothing():
    model = plain_model(enabled=False, rule_x_unresolved=-5.0, first_organisation=2.0)
    assert rerank(THINK_TANK, ROWS, model) == ROWS


def test_rows_not_in_doubt_never_change():
    sure = [row._replace(kind="person", share=0.955) for row in ROWS]
    assert rerank(THINK_TANK, sure, plain_model(rule=-9.0)) == sure


def test_trained_model_file_has_the_right_shape():
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    model = shipped_model()
    assert (raw["features"], len(model.weights), len(model.mean), len(model.scale)) == (
        list(NAMES), len(NAMES), len(NAMES), len(NAMES))
    assert set(raw["about"]) == {"what", "trained_on", "cross_validation", "pooled", "switched_on_because"}
    assert sorted(raw["about"]["cross_validation"]) == ["p089-p136", "p137-p184", "p185-p232", "p233-p280"]
    assert model.enabled is False  # cross-validation did not show that it helps (benchmarks/rerank.py)


def good_raw() -> dict:
    """A valid model file's content."""
    return {"features": list(NAMES), "weights": [0.0] * len(NAMES), "bias": 0.0, "mean": [0.0] * len(NAMES),
            "scale": [1.0] * len(NAMES), "margin": 1.0, "gate": 0.9, "enabled": True, "named": False}


def test_a_good_model_file_parses():
    model = parse_model(json.dumps(good_raw()))
    assert (model.margin, model.gate, model.enabled, model.named, score(model, [1.0] * len(NAMES))) == (
        1.0, 0.9, True, False, 0.0)


@pytest.mark.parametrize("change, message", [
    ({"features": ["rule"]}, 'rerank.json: its "features" are not the ones this version computes'),
    ({"weights": [0.0]}, f'rerank.json: "weights" must be a list of {len(NAMES)} numbers'),
    ({"mean": ["x"] * len(NAMES)}, f'rerank.json: "mean" must be a list of {len(NAMES)} numbers'),
    ({"scale": [0.0] * len(NAMES)}, 'rerank.json: "scale" holds a 0'),
    ({"margin": "big"}, 'rerank.json: "margin" must be a number'),
    ({"bias": True}, 'rerank.json: "bias" must be a number'),
    ({"gate": None}, 'rerank.json: "gate" must be a number')])
def test_bad_model_files_give_a_named_error(change, message):
    with pytest.raises(RerankModelError) as error:
        parse_model(json.dumps({**good_raw(), **change}))
    assert str(error.value).startswith(message)
    assert isinstance(error.value, ClaimsError)


@pytest.mark.parametrize("text, message", [
    ("{", "rerank.json line 1: not valid JSON"), ("[1, 2]", "rerank.json: must hold one JSON object")])
def test_unreadable_model_files_give_a_named_error(text, message):
    with pytest.raises(RerankModelError, match=message.replace("[", r"\[")):
        parse_model(text)


def test_row_parties_once_each_with_the_first_rows_kind():
    rows = [Attributed(s, k, "said", 0, 1, 0.5) for s, k in [("Acme Water", "organisation"), ("Jo  Roe", "person"),
            ("acme water", "unresolved"), (" ", "unresolved"), ("Jo Roe", "organisation")]]
    assert row_parties(rows) == [Candidate("Acme Water", "organisation"), Candidate("Jo  Roe", "person")]
