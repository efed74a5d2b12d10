"""Train and cross-validate the speaker re-ranker on the blind tables (`benchmarks/press/blind/<set>.csv`).

    python -m benchmarks.rerank --oracle   # of the rows in doubt whose speaker is wrong, how many have the gold one among candidates
    python -m benchmarks.rerank --cv       # train on three sets, apply to the fourth's blind table; before/after per set
    python -m benchmarks.rerank --train    # train on all four sets; write benchmarks/press/blind/rerank.json

The blind tables were written by the extractor of each set's time before any rule was tuned to it
(`benchmarks.blind_tables`), so they hold the errors rules make on unseen writers. Rows are featurised from
the text and the table alone (`benchmarks.rerank.features`), with the candidates the product offers an analyst
(`claims.extract.parties`). A claim is scored with the
quality scorer's own matching (`best_row`, `speaks_for`, `is_unresolved`). The margin is chosen inside the
training sets (leave one set out among them), never on the held-out set. Only rows in doubt (unresolved, or a
measured share below the gate) are ever changed or learned from.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np

from benchmarks.blind_tables import BLIND, SETS
from benchmarks.quality import CORPUS, Gold, Row, best_row, fold, holds_all, is_unresolved, load_corpus, speaks_for
from claims import load_source
from claims.extract.confidence import CHECK_BELOW, row_confidence, share_of
from claims.extract.parties import fold_name, named_parties, parties
from claims.extract.surface import working_copy

from .features import NAMES, Attributed, Candidate, TextView, features, first_organisation, row_parties
from .model import DATA, Model, choose, in_doubt
MARGINS = (0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, math.inf)
"""The margins (in log-odds) cross-validation tries; inf never switches."""
C = 1.0
"""The inverse regularisation strength of the logistic model."""


GATE_MODEL = Model((), 0.0, (), (), 0.0, CHECK_BELOW, True, False)
"""Only the gate of a model: which rows are in doubt (the same gate the board flags rows by)."""


@dataclass
class Choice:
    """One row in doubt: its candidates, their features, which of them the gold names, and the rule's index."""

    candidates: list[Candidate]
    x: np.ndarray
    y: np.ndarray
    rule: int


@dataclass
class Text:
    """One blind text: its gold, its blind rows, and the rows in doubt with their candidates."""

    gold: Gold
    rows: list[Attributed]
    quotes: list[str]
    candidates: list[Candidate]
    choices: dict[int, Choice] = field(default_factory=dict)


def read_blind(name: str) -> dict[str, list[dict[str, str]]]:
    """The rows of a set's blind table, grouped by text file name."""
    with (BLIND / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        grouped: dict[str, list[dict[str, str]]] = {}
        for row in csv.DictReader(handle):
            grouped.setdefault(row["text"], []).append(row)
    return grouped


def attributed(text: str, raw: dict[str, str]) -> Attributed:
    """One blind row as the re-ranker reads it, its share worked out with the current measurement."""
    span = (int(raw["start"]), int(raw["end"]))
    share = share_of(row_confidence(text, raw["speaker"], raw["speaker_kind"], raw["cue"], span))
    return Attributed(raw["speaker"], raw["speaker_kind"], raw["cue"], *span, share)


def gold_rows(gold: Gold, quote: str) -> list:
    """The required gold claims whose keys a row's quote holds."""
    return [c for c in gold.claims if not c.optional and holds_all(quote, c.keys)]


def build_text(gold: Gold, raw_rows: list[dict[str, str]], named: bool) -> Text:
    """Read one blind text: its rows, and for each row in doubt that carries a gold claim, its candidates."""
    text = working_copy(load_source(gold.name).text)
    rows = [attributed(text, raw) for raw in raw_rows]
    view = TextView(text, rows)
    candidates = parties(row_parties(rows), named_parties(text) if named else ())
    found = Text(gold, rows, [fold(raw["quote"]) for raw in raw_rows], candidates)
    first_org = first_organisation(view, candidates)
    for at, row in enumerate(rows):
        if in_doubt(GATE_MODEL, row.kind, row.share):
            claims = gold_rows(gold, found.quotes[at])
            x = np.array([features(view, at, c, first_org) for c in candidates])
            y = np.array([any(speaks_for(Row(c.name, "", None), claim) for claim in claims) for c in candidates])
            rule = next(i for i, c in enumerate(candidates) if fold_name(c.name) == fold_name(row.speaker))
            found.choices[at] = Choice(candidates, x, y, rule)
    return found


def load_sets(named: bool) -> dict[str, list[Text]]:
    """Every blind set's texts, read and featurised."""
    golds = {Path(g.name).name: g for g in load_corpus(CORPUS)}
    return {name: [build_text(golds[text], rows, named) for text, rows in read_blind(name).items()]
            for name in SETS}


def claim_results(text: Text, speakers: dict[int, Candidate]) -> list[str]:
    """right / wrong / unresolved / missed for each required claim, with some rows' speakers replaced."""
    rows = [Row(speakers[at].name, quote, speakers[at].kind) if at in speakers else Row(r.speaker, quote, r.kind)
            for at, (r, quote) in enumerate(zip(text.rows, text.quotes))]
    results = []
    for claim in (c for c in text.gold.claims if not c.optional):
        row = best_row(rows, claim)
        results.append("missed" if row is None else "right" if speaks_for(row, claim)
                       else "unresolved" if is_unresolved(row) else "wrong")
    return results


@dataclass
class Tally:
    """Claims right / wrong / unresolved before and after, rows changed, and claims turned from right to wrong."""

    claims: int = 0
    right: list[int] = field(default_factory=lambda: [0, 0])
    wrong: list[int] = field(default_factory=lambda: [0, 0])
    unresolved: list[int] = field(default_factory=lambda: [0, 0])
    changed: int = 0
    right_to_wrong: int = 0
    wrong_to_right: int = 0

    def add(self, before: list[str], after: list[str], changed: int) -> None:
        """Count one text's claims before and after, and its changed rows."""
        self.claims += len(before)
        self.changed += changed
        for at, results in enumerate((before, after)):
            self.right[at] += results.count("right")
            self.wrong[at] += results.count("wrong")
            self.unresolved[at] += results.count("unresolved")
        self.right_to_wrong += sum(b == "right" and a != "right" for b, a in zip(before, after))
        self.wrong_to_right += sum(b != "right" and a == "right" for b, a in zip(before, after))

    def gain(self) -> int:
        """The objective a margin is chosen by: right speakers gained minus wrong speakers added."""
        return (self.right[1] - self.right[0]) - (self.wrong[1] - self.wrong[0])


def pairs(texts: Sequence[Text], mean: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """For every row in doubt that has a right candidate: each right candidate's standardised features minus each
    wrong one's (the pairwise form of the choice among a row's candidates)."""
    found = []
    for choice in (c for t in texts for c in t.choices.values() if c.y.any() and not c.y.all()):
        z = (choice.x - mean) / scale
        found.append((z[choice.y][:, None, :] - z[~choice.y][None, :, :]).reshape(-1, z.shape[1]))
    return np.vstack(found)


def fit(texts: Sequence[Text]) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """Train a pairwise logistic model (a right candidate against a wrong one of the same row, no intercept) on
    the rows in doubt; return weights, bias (0), mean and scale."""
    from sklearn.linear_model import LogisticRegression
    x = np.vstack([c.x for t in texts for c in t.choices.values()])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    diffs = pairs(texts, mean, scale)
    data = np.vstack([diffs, -diffs])
    labels = np.concatenate([np.ones(len(diffs)), np.zeros(len(diffs))])
    model = LogisticRegression(C=C, fit_intercept=False, max_iter=5000).fit(data, labels)
    return model.coef_[0], 0.0, mean, scale


def as_model(trained: tuple[np.ndarray, float, np.ndarray, np.ndarray], margin: float, named: bool) -> Model:
    """A Model from trained arrays and a margin."""
    weights, bias, mean, scale = trained
    return Model(tuple(map(float, weights)), bias, tuple(map(float, mean)), tuple(map(float, scale)), margin,
                 CHECK_BELOW, True, named)


def scores_of(model: Model, choice: Choice) -> list[float]:
    """The model's score of each candidate of a row (the same arithmetic as `claims.extract.rerank.score`)."""
    z = ((choice.x - np.array(model.mean)) / np.array(model.scale)) @ np.array(model.weights) + model.bias
    return list(z)


def apply(model: Model, texts: Sequence[Text]) -> Tally:
    """Re-rank every text's rows in doubt with a model and tally claims before and after."""
    tally = Tally()
    for text in texts:
        speakers = {}
        for at, choice in text.choices.items():
            picked = choose(scores_of(model, choice), choice.rule, model.margin)
            if picked != choice.rule:
                speakers[at] = choice.candidates[picked]
        tally.add(claim_results(text, {}), claim_results(text, speakers), len(speakers))
    return tally


def pick_margin(sets: dict[str, list[Text]], named: bool) -> float:
    """The margin with the best pooled gain when each set is left out in turn and the rest trained on."""
    gains = dict.fromkeys(MARGINS, 0)
    for held in sets:
        trained = fit([t for name, texts in sets.items() if name != held for t in texts])
        for margin in MARGINS:
            gains[margin] += apply(as_model(trained, margin, named), sets[held]).gain()
    return max(MARGINS, key=lambda m: (gains[m], m))


def cross_validate(sets: dict[str, list[Text]], named: bool) -> dict[str, tuple[float, Tally]]:
    """For each set: the margin chosen on the other three, and the tally of the model trained on them."""
    results = {}
    for held in sets:
        rest = {name: texts for name, texts in sets.items() if name != held}
        margin = pick_margin(rest, named)
        trained = fit([t for texts in rest.values() for t in texts])
        results[held] = (margin, apply(as_model(trained, margin, named), sets[held]))
    return results


def pooled(results: dict[str, tuple[float, Tally]]) -> Tally:
    """The sum of the per-set tallies."""
    total = Tally()
    for _, tally in results.values():
        total.claims += tally.claims
        total.changed += tally.changed
        total.right_to_wrong += tally.right_to_wrong
        total.wrong_to_right += tally.wrong_to_right
        for at in (0, 1):
            total.right[at] += tally.right[at]
            total.wrong[at] += tally.wrong[at]
            total.unresolved[at] += tally.unresolved[at]
    return total


def cv_table(results: dict[str, tuple[float, Tally]]) -> str:
    """The cross-validation figures, a line per held-out set and one pooled."""
    lines = [f"{'held out':<10} {'margin':>6} {'claims':>6} {'right before->after':>20} {'wrong':>10} "
             f"{'unresolved':>10} {'changed':>7} {'right->wrong':>12} {'->right':>7}"]
    rows = [(name, f"{margin:.1f}", tally) for name, (margin, tally) in results.items()]
    for name, margin, t in [*rows, ("pooled", "", pooled(results))]:
        lines.append(f"{name:<10} {margin:>6} {t.claims:>6} {t.right[0]:>9} -> {t.right[1]:<7} "
                     f"{t.wrong[0]:>4} -> {t.wrong[1]:<3} {t.unresolved[0]:>4} -> {t.unresolved[1]:<3} "
                     f"{t.changed:>7} {t.right_to_wrong:>12} {t.wrong_to_right:>7}")
    return "\n".join(lines)


def oracle(sets: dict[str, list[Text]]) -> str:
    """Per set: claims not right (wrong or unresolved), how many of their rows are in doubt, and how many have
    the gold speaker among the text's candidates (all rows, and rows in doubt): the bound of any re-ranker."""
    lines = [f"{'set':<10} {'not right':>9} {'gold a candidate':>16} {'row in doubt':>12} {'in doubt, gold a candidate':>26}"]
    totals = [0, 0, 0, 0]
    for name, texts in [*sets.items()]:
        counts = [0, 0, 0, 0]
        for text in texts:
            rows = [Row(r.speaker, q, r.kind) for r, q in zip(text.rows, text.quotes)]
            for claim in (c for c in text.gold.claims if not c.optional):
                row = best_row(rows, claim)
                if row is None or speaks_for(row, claim):
                    continue
                reachable = any(speaks_for(Row(k.name, "", None), claim) for k in text.candidates)
                doubt = rows.index(row) in text.choices
                counts = [a + b for a, b in zip(counts, (1, reachable, doubt, doubt and reachable))]
        totals = [a + b for a, b in zip(totals, counts)]
        lines.append(f"{name:<10} {counts[0]:>9} {counts[1]:>16} {counts[2]:>12} {counts[3]:>26}")
    lines.append(f"{'pooled':<10} {totals[0]:>9} {totals[1]:>16} {totals[2]:>12} {totals[3]:>26}")
    return "\n".join(lines + ["", by_kind(sets)])


def by_kind(sets: dict[str, list[Text]]) -> str:
    """Pooled over the sets, per kind of the rules' speaker: claims on rows in doubt that are right, not right with
    the gold speaker a candidate, and not right without it."""
    counts: dict[str, list[int]] = {}
    for text in (t for texts in sets.values() for t in texts):
        rows = [Row(r.speaker, q, r.kind) for r, q in zip(text.rows, text.quotes)]
        for claim in (c for c in text.gold.claims if not c.optional):
            row = best_row(rows, claim)
            if row is None or rows.index(row) not in text.choices:
                continue
            reachable = any(speaks_for(Row(k.name, "", None), claim) for k in text.candidates)
            column = 0 if speaks_for(row, claim) else 1 if reachable else 2
            counts.setdefault(str(row.kind), [0, 0, 0])[column] += 1
    lines = [f"{'rules kind':<14} {'right':>6} {'not right, gold a candidate':>28} {'not right, not':>15}"]
    return "\n".join(lines + [f"{kind:<14} {c[0]:>6} {c[1]:>28} {c[2]:>15}" for kind, c in sorted(counts.items())])


def helps(total: Tally) -> bool:
    """The rule for shipping the model switched on: pooled over the held-out sets, more right speakers, no more
    wrong ones, and rows turned from right to wrong at most a quarter of those turned right."""
    return total.right[1] > total.right[0] and total.wrong[1] <= total.wrong[0] \
        and 4 * total.right_to_wrong <= total.wrong_to_right


def tally_json(tally: Tally) -> dict[str, object]:
    """A tally as plain JSON."""
    return {"claims": tally.claims, "right": tally.right, "wrong": tally.wrong, "unresolved": tally.unresolved,
            "rows_changed": tally.changed, "right_to_wrong": tally.right_to_wrong, "to_right": tally.wrong_to_right}


def trained_json(sets: dict[str, list[Text]], named: bool, results: dict[str, tuple[float, Tally]]) -> dict:
    """The shipped model: trained on every set, the margin chosen by leaving each set out, the CV in `about`."""
    margin = pick_margin(sets, named)
    model = as_model(fit([t for texts in sets.values() for t in texts]), margin, named)
    total = pooled(results)
    about = {"what": "Speaker re-ranker over the rules' table; see benchmarks/rerank/.",
             "trained_on": {name: f"{SETS[name]} blind table, benchmarks/press/blind/{name}.csv" for name in SETS},
             "cross_validation": {name: {"margin": margin_json(m), **tally_json(t)} for name, (m, t) in results.items()},
             "pooled": tally_json(total),
             "switched_on_because": "it helps in cross-validation" if helps(total) else
             "switched off: in cross-validation it did not give more right speakers without more wrong ones"}
    return {"about": about, "features": list(NAMES), "weights": list(model.weights), "bias": model.bias,
            "mean": list(model.mean), "scale": list(model.scale), "margin": margin_json(margin),
            "gate": CHECK_BELOW, "enabled": helps(total), "named": named}


def margin_json(margin: float) -> float:
    """A margin as JSON can hold it: never switching (inf) is written as 1e9."""
    return margin if math.isfinite(margin) else 1e9


def main(argv: list[str] | None = None) -> int:
    """Print the oracle or the cross-validation, or train and write the shipped model."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--oracle", action="store_true", help="print how many wrong speakers a re-ranker could reach")
    args.add_argument("--cv", action="store_true", help="print the cross-validation by set")
    args.add_argument("--train", action="store_true", help=f"train on every set and write {DATA.name}")
    args.add_argument("--named", action="store_true", help="also take the names the text says as candidates")
    options = args.parse_args(argv)
    sets = load_sets(options.named)
    if options.oracle:
        print(oracle(sets))
    if options.cv or options.train:
        results = cross_validate(sets, options.named)
        print(cv_table(results))
    if options.train:
        DATA.write_text(json.dumps(trained_json(sets, options.named, results), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {DATA}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
