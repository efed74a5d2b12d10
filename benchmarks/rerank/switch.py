"""Apply the re-ranker to one text's rows: each row in doubt may take the speaker its candidates' scores prefer."""
from __future__ import annotations

from typing import Sequence

from claims.extract.parties import fold_name, named_parties, parties

from .features import Attributed, Candidate, TextView, features, first_organisation, row_parties
from .model import Model, choose, in_doubt, score


def row_choice(model: Model, view: TextView, at: int, candidates: Sequence[Candidate], first_org: str) -> Candidate:
    """The candidate a row keeps: its own speaker, or another one that beats it by the model's margin."""
    row = view.rows[at]
    scores = [score(model, features(view, at, c, first_org)) for c in candidates]
    rule = next(i for i, c in enumerate(candidates) if fold_name(c.name) == fold_name(row.speaker))
    return candidates[choose(scores, rule, model.margin)]


def rerank(text: str, rows: Sequence[Attributed], model: Model) -> list[Attributed]:
    """The rows with a new speaker (and its kind) wherever the model switches; the same rows when it is off."""
    doubtful = [at for at, row in enumerate(rows) if in_doubt(model, row.kind, row.share)]
    if not model.enabled or not doubtful:
        return list(rows)
    view = TextView(text, rows)
    candidates = parties(row_parties(rows), named_parties(text) if model.named else ())
    first_org = first_organisation(view, candidates)
    changed = list(rows)
    for at in doubtful:
        chosen = row_choice(model, view, at, candidates, first_org)
        if fold_name(chosen.name) != fold_name(rows[at].speaker):
            changed[at] = rows[at]._replace(speaker=chosen.name, kind=chosen.kind)
    return changed
