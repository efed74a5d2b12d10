"""The learned speaker re-ranker, kept as an experiment beside the blind tables it is trained on (it did not help
in cross-validation, so the product does not run it): features, the model file, the switch rule, training.

    python -m benchmarks.rerank --oracle [--named]   # wrong speakers whose right one is among the candidates
    python -m benchmarks.rerank --cv [--named]       # train on three blind sets, apply to the fourth
    python -m benchmarks.rerank --train              # train on all four; write benchmarks/press/blind/rerank.json
"""
from __future__ import annotations

from .features import NAMES, Attributed, Candidate, TextView, features
from .model import Model, RerankModelError, choose, in_doubt, parse_model, score, shipped_model
from .switch import rerank

__all__ = ["Attributed", "Candidate", "Model", "NAMES", "RerankModelError", "TextView", "choose", "features",
           "in_doubt", "parse_model", "rerank", "score", "shipped_model"]
