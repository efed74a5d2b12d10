"""A learned re-ranker of speakers over the rules' table: candidates, their features, the model and its use."""
from __future__ import annotations

from .candidates import Attributed, Candidate, named_parties, parties
from .features import NAMES, TextView, features
from .model import Model, RerankModelError, choose, in_doubt, parse_model, score, shipped_model
from .apply import rerank

__all__ = ["Attributed", "Candidate", "Model", "NAMES", "RerankModelError", "TextView", "choose", "features",
           "in_doubt", "named_parties", "parse_model", "parties", "rerank", "score", "shipped_model"]
