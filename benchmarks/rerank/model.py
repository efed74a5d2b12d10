"""The learned speaker re-ranker (an experiment, not in the product): its trained weights
(`benchmarks/press/blind/rerank.json`) and the switch rule.

A logistic model scores each candidate of a row from its features (`features.NAMES`). A row whose speaker the
measured shares put in doubt (unresolved, or a share below `gate`) takes the best other candidate only when
that candidate's score beats the rule's speaker's by `margin`; otherwise the rule's speaker stays. The weights
are plain numbers, trained by `python -m benchmarks.rerank --train` on the blind tables; nothing here needs
scikit-learn.
"""
from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple, Sequence

from claims.model import ClaimsError

from .features import NAMES

DATA = Path(__file__).resolve().parent.parent / "press" / "blind" / "rerank.json"
"""The trained model's file, beside the blind tables it is trained on."""


class RerankModelError(ClaimsError):
    """A re-ranker model file that cannot be used as written."""


class Model(NamedTuple):
    """Standardised logistic weights over `features.NAMES`, the switch margin, and which rows it may change."""

    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    margin: float
    gate: float
    enabled: bool
    named: bool


def is_number(value: object) -> bool:
    """True for a finite int or float (not a bool)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def numbers(raw: dict[str, Any], field: str, where: str) -> tuple[float, ...]:
    """A list of len(NAMES) finite numbers from a model file, or RerankModelError naming the field."""
    value = raw.get(field)
    if not (isinstance(value, list) and len(value) == len(NAMES) and all(map(is_number, value))):
        raise RerankModelError(f"{where}: \"{field}\" must be a list of {len(NAMES)} numbers, one per feature in "
                               f"\"features\"; train it again with python -m benchmarks.rerank --train")
    return tuple(float(v) for v in value)


def number(raw: dict[str, Any], field: str, where: str) -> float:
    """One finite number from a model file, or RerankModelError naming the field."""
    value = raw.get(field)
    if not isinstance(value, (int, float)) or not is_number(value):
        raise RerankModelError(f"{where}: \"{field}\" must be a number; train it again with "
                               f"python -m benchmarks.rerank --train")
    return float(value)


def check_features(raw: dict[str, Any], where: str) -> None:
    """Raise RerankModelError unless the file's feature names are this package's, in order."""
    if raw.get("features") != list(NAMES):
        raise RerankModelError(f"{where}: its \"features\" are not the ones this version computes; train it again "
                               f"with python -m benchmarks.rerank --train")


def parse_model(text: str, where: str = DATA.name) -> Model:
    """Read a model from its JSON text, or raise RerankModelError saying what to fix."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise RerankModelError(f"{where} line {error.lineno}: not valid JSON ({error.msg}); fix that line or train "
                               f"it again with python -m benchmarks.rerank --train") from None
    if not isinstance(raw, dict):
        raise RerankModelError(f"{where}: must hold one JSON object; train it again with python -m benchmarks.rerank --train")
    check_features(raw, where)
    if any(s == 0 for s in numbers(raw, "scale", where)):
        raise RerankModelError(f"{where}: \"scale\" holds a 0; train it again with python -m benchmarks.rerank --train")
    return Model(numbers(raw, "weights", where), number(raw, "bias", where), numbers(raw, "mean", where),
                 numbers(raw, "scale", where), number(raw, "margin", where), number(raw, "gate", where),
                 bool(raw.get("enabled", False)), bool(raw.get("named", False)))


@cache
def shipped_model() -> Model:
    """The trained model, read once."""
    return parse_model(DATA.read_text(encoding="utf-8"))


def score(model: Model, row: Sequence[float]) -> float:
    """The model's log-odds that a candidate with these features speaks the claim."""
    return model.bias + sum(w * (x - m) / s for w, x, m, s in zip(model.weights, row, model.mean, model.scale))


def in_doubt(model: Model, kind: str, share: float) -> bool:
    """True when a row may change: its speaker is unresolved, unmeasured, or its share is below the gate."""
    return kind == "unresolved" or math.isnan(share) or share < model.gate


def choose(scores: Sequence[float], rule: int, margin: float) -> int:
    """The candidate to keep: the best other one when it beats the rule's (index `rule`) by more than margin."""
    best = max((i for i in range(len(scores)) if i != rule), key=lambda i: scores[i], default=rule)
    return best if best != rule and scores[best] - scores[rule] > margin else rule
