"""Measure and check `speaker_confidence`: how often each kind of attribution names the right speaker.

    python -m benchmarks.calibration --measure --texts p089-p136   # print a new measurement (JSON)
    python -m benchmarks.calibration                                # check it on the held-out texts
    python -m benchmarks.calibration --texts p001-p088              # ... or on any range of texts
    python -m benchmarks.calibration --choose --texts p089-p136     # pick levels and weight by cross-validation

Measure only on texts the extractor's rules were not tuned to when it runs (a set scored blind, before
it is promoted to development): on development texts the rules are right almost always and the shares
would say nothing. The check prints, per bucket, the share the measurement predicts beside the share
seen, and how many wrong speakers the rows to check hold. It shows buckets, never single texts.
"""
from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple, Sequence

from benchmarks.quality import CORPUS, Gold, GoldError, RangeError as CalibrationError, number_of, text_range, best_row, is_unresolved, load_corpus, speaks_for, table_rows
from claims.extract.confidence import CHECK_BELOW, confidence_of, describe, row_keys
from claims.extract.table import extract_claims

PRIOR_WEIGHT = 15
"""How many claims' worth of weight the coarser bucket's share has in a finer bucket's estimate."""
LEVELS = 4
"""How many levels of buckets a measurement keeps: 4 is family, kind and nearness; 1 is `all` alone."""
FOLD_TEXTS = 12
"""Texts per fold when choosing levels and weight: each author of p089-p184 wrote twelve in a row."""
WEIGHTS = (2, 5, 15, 30, 60)
"""The prior weights cross-validation tries."""


class Outcome(NamedTuple):
    """One gold claim found by a row: the row's buckets (finest first), its share, and what the speaker was."""

    keys: tuple[str, ...]
    share: float
    result: str  # right, wrong or unresolved


def chosen(golds: Sequence[Gold], texts: str | None) -> list[Gold]:
    """The texts in a range, or the held-out texts when no range is given."""
    if texts is None:
        return [g for g in golds if g.held_out]
    first, last = text_range(texts)
    return [g for g in golds if first <= number_of(g) <= last]


def outcomes(gold: Gold) -> list[Outcome]:
    """Every required gold claim a row finds, with that row's buckets, share and result."""
    table = extract_claims(gold.name)
    text = Path(gold.name).read_text(encoding="utf-8")
    rows = table_rows(table)
    found = []
    for claim in (c for c in gold.claims if not c.optional):
        row = best_row(rows, claim)
        if row is None or is_unresolved(row):
            continue
        at = rows.index(row)
        keys = row_keys(text, row.speaker, str(table["speaker_kind"].iloc[at]), str(table["cue"].iloc[at]),
                        (int(table["start"].iloc[at]), int(table["end"].iloc[at])))
        found.append(Outcome(keys, float(table["speaker_confidence"].iloc[at]),
                             "right" if speaks_for(row, claim) else "wrong"))
    return found


def all_outcomes(golds: Sequence[Gold]) -> list[Outcome]:
    """The outcomes of every text."""
    return [outcome for gold in golds for outcome in outcomes(gold)]


def measurement(found: Sequence[Outcome], measured_on: str, levels: int = LEVELS,
                weight: float = PRIOR_WEIGHT) -> dict[str, object]:
    """Count right speakers of every bucket of the coarsest `levels` levels: the content of `speaker_confidence.json`."""
    right, measured = Counter[str](), Counter[str]()
    for outcome in found:
        for key in outcome.keys[-levels:]:
            measured[key] += 1
            right[key] += outcome.result == "right"
    buckets = {key: {"right": right[key], "measured": measured[key]} for key in sorted(measured)}
    return {"about": "Right speakers per kind of attribution; see claims/extract/confidence.py.",
            "measured_on": measured_on, "extractor": current_commit(), "prior_weight": weight, "levels": levels,
            "buckets": buckets}


def log_loss(found: Sequence[Outcome], table: dict[str, object]) -> float:
    """The mean log loss of a measurement's shares on outcomes (lower is better), shares kept within 1%-99%."""
    total = 0.0
    for outcome in found:
        share = confidence_of(outcome.keys, table)
        p = min(max(share.share if share else 0.5, 0.01), 0.99)
        total -= math.log(p if outcome.result == "right" else 1 - p)
    return total / len(found) if found else 0.0


def folds(golds: Sequence[Gold]) -> list[list[Gold]]:
    """Split texts, in number order, into runs of FOLD_TEXTS: one author's texts a fold in this corpus."""
    ordered = sorted(golds, key=number_of)
    return [ordered[at:at + FOLD_TEXTS] for at in range(0, len(ordered), FOLD_TEXTS)]


def cross_validated(per_fold: Sequence[Sequence[Outcome]], levels: int, weight: float) -> float:
    """The mean log loss on each fold of a measurement made on the other folds."""
    losses = []
    for at, held in enumerate(per_fold):
        rest = [o for other, fold in enumerate(per_fold) if other != at for o in fold]
        losses += [log_loss(held, measurement(rest, "", levels, weight))] * len(held)
    return sum(losses) / len(losses) if losses else 0.0


def choose(golds: Sequence[Gold]) -> str:
    """A line per (levels, weight): its cross-validated log loss, best first."""
    per_fold = [all_outcomes(fold) for fold in folds(golds)]
    scored = sorted((cross_validated(per_fold, levels, weight), levels, weight)
                    for levels in range(1, LEVELS + 1) for weight in WEIGHTS)
    return "\n".join(f"levels {levels}  weight {weight:>3}  log loss {loss:.4f}" for loss, levels, weight in scored)


def current_commit() -> str:
    """The commit the extractor was measured at, or `unknown` outside a git checkout."""
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                          cwd=Path(__file__).parent, check=False)
    return done.stdout.strip() or "unknown"


def used_bucket(outcome: Outcome, table: dict[str, object] | None) -> str:
    """The bucket whose share a row was given."""
    found = confidence_of(outcome.keys, table)
    return found.bucket if found else "unmeasured"


def to_check(outcome: Outcome) -> bool:
    """True when the board asks the analyst to check the row's speaker."""
    return math.isnan(outcome.share) or outcome.share < CHECK_BELOW


def report(found: Sequence[Outcome], table: dict[str, object] | None = None) -> str:
    """Per bucket the share predicted and seen, then the wrong speakers among rows to check and the rest."""
    groups: dict[str, list[Outcome]] = {}
    for outcome in found:
        groups.setdefault(used_bucket(outcome, table), []).append(outcome)
    lines = [f"{'bucket':<62} {'claims':>6} {'predicted':>9} {'seen':>6}"]
    for bucket, members in sorted(groups.items(), key=lambda item: -len(item[1])):
        seen = sum(o.result == "right" for o in members) / len(members)
        predicted = confidence_of(members[0].keys, table)
        lines.append(f"{describe(bucket) if predicted else bucket:<62} {len(members):>6} "
                     f"{predicted.share if predicted else math.nan:>9.1%} {seen:>6.1%}")
    return "\n".join(lines + ["", *summary(found)])


def summary(found: Sequence[Outcome]) -> list[str]:
    """Two lines: rows to check and sure rows, each with its claims and wrong speakers."""
    lines = []
    for name, flagged in (("to check", True), ("sure", False)):
        part = [o for o in found if to_check(o) == flagged]
        wrong = sum(o.result == "wrong" for o in part)
        lines.append(f"{name:<9} {len(part):>5} claims, {wrong:>4} under a wrong speaker"
                     f" ({wrong / len(part) if part else 0:.1%})")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Measure the shares on a range of texts, or check the shipped ones; exit 2 on bad input."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--corpus", type=Path, default=CORPUS, help="folder of .txt and .gold.json files")
    args.add_argument("--texts", help="a range of texts such as p089-p136 (default: the held-out texts)")
    args.add_argument("--measure", action="store_true", help="print a new measurement as JSON")
    args.add_argument("--choose", action="store_true",
                      help="print the cross-validated log loss of each number of levels and prior weight")
    args.add_argument("--levels", type=int, default=LEVELS, help="levels of buckets a measurement keeps (1-4)")
    args.add_argument("--weight", type=float, default=PRIOR_WEIGHT, help="the prior weight a measurement keeps")
    options = args.parse_args(argv)
    try:
        golds = chosen(load_corpus(options.corpus), options.texts)
    except (GoldError, CalibrationError) as error:
        print(error, file=sys.stderr)
        return 2
    if options.choose:
        print(choose(golds))
        return 0
    found = all_outcomes(golds)
    print(json.dumps(measurement(found, options.texts or "held-out texts", options.levels, options.weight), indent=1)
          if options.measure else report(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
