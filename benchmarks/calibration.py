"""Measure and check `speaker_confidence`: how often each kind of attribution names the right speaker.

    python -m benchmarks.calibration --measure --texts p089-p136   # print a new measurement (JSON)
    python -m benchmarks.calibration                                # check it on the held-out texts
    python -m benchmarks.calibration --texts p001-p088              # ... or on any range of texts
    python -m benchmarks.calibration --choose --texts p089-p136     # pick levels and weight by cross-validation
    python -m benchmarks.calibration --blind --choose --texts p089-p472  # ... from the sets' blind tables
    python -m benchmarks.calibration --blind --by-set --texts p089-p856  # each set scored on the others' shares

With `--blind` the rows are read from each set's blind table (`benchmarks/press/blind/<set>.csv`: the rows
the extractor of the set's time wrote, before any rule was tuned to it) instead of running today's
extractor, so every blind set can be measured at once, long after it was promoted.

Measure only on texts the extractor's rules were not tuned to when it runs (a set scored blind, before
it is promoted to development): on development texts the rules are right almost always and the shares
would say nothing. The check prints, per bucket, the share the measurement predicts beside the share
seen, and how many wrong speakers the rows to check hold. It shows buckets, never single texts.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple, Sequence

from benchmarks.blind_tables import SETS
from benchmarks.quality import CORPUS, Gold, GoldError, RangeError as CalibrationError, Row, number_of, text_range, best_row, fold, is_unresolved, load_corpus, speaks_for
from claims.extract.confidence import CHECK_BELOW, confidence_of, describe, measured_table, row_confidence, row_keys, share_of
from claims.extract.table import extract_claims

PRIOR_WEIGHT = 15
"""How many claims' worth of weight the coarser bucket's share has in a finer bucket's estimate."""
LEVELS = 4
"""How many levels of buckets a measurement keeps: 4 is family, kind and nearness; 1 is `all` alone."""
FOLD_TEXTS = 12
"""Texts per fold when choosing levels and weight: each author of p089-p184 wrote twelve in a row."""
WEIGHTS = (2, 5, 15, 30, 60)
"""The prior weights cross-validation tries."""


class BlindTableError(CalibrationError):
    """A text with no blind set, or a blind table that is missing, with the fix."""


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


class Record(NamedTuple):
    """One extracted row, as today's extractor or a blind table gives it."""

    speaker: str
    kind: str
    cue: str
    start: int
    end: int
    quote: str


def extracted(gold: Gold) -> list[Record]:
    """Today's extractor's rows of a gold text."""
    table = extract_claims(gold.name)
    columns = [table[name].tolist() for name in ("speaker", "speaker_kind", "cue", "start", "end", "quote")]
    return [Record(str(s), str(k), str(c), int(a), int(b), str(q)) for s, k, c, a, b, q in zip(*columns)]


def outcomes(gold: Gold, records: Sequence[Record] | None = None) -> list[Outcome]:
    """Every required gold claim a row finds (today's extractor's rows unless given), with its buckets, share and result."""
    records = extracted(gold) if records is None else records
    rows = [Row(r.speaker, fold(r.quote), r.kind) for r in records]
    found = []
    for claim in (c for c in gold.claims if not c.optional):
        row = best_row(rows, claim)
        if row is None or is_unresolved(row):
            continue
        record = records[rows.index(row)]
        span = (record.start, record.end)
        found.append(Outcome(row_keys(gold.text, record.speaker, record.kind, record.cue, span),
                             share_of(row_confidence(gold.text, record.speaker, record.kind, record.cue, span)),
                             "right" if speaks_for(row, claim) else "wrong"))
    return found


def blind_set(gold: Gold) -> str:
    """The blind set a text belongs to (`p089-p136`); BlindTableError when it belongs to none."""
    number = number_of(gold)
    for name in SETS:
        first, last = text_range(name)
        if first <= number <= last:
            return name
    raise BlindTableError(f"{Path(gold.name).name} is in no blind set ({', '.join(SETS)}): leave out --blind, or "
                          "give --texts within those sets")


def read_blind_table(path: Path) -> dict[str, list[Record]]:
    """A blind table's rows grouped by text file name; BlindTableError when the file is missing."""
    if not path.is_file():
        raise BlindTableError(f"{path}: no such blind table; write it with python -m benchmarks.blind_tables")
    grouped: dict[str, list[Record]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            grouped.setdefault(row["text"], []).append(Record(row["speaker"], row["speaker_kind"], row["cue"],
                                                              int(row["start"]), int(row["end"]), row["quote"]))
    return grouped


def blind_outcomes(golds: Sequence[Gold], folder: Path) -> list[Outcome]:
    """The outcomes of every text from its set's blind table in a folder (a text without rows finds nothing)."""
    tables: dict[str, dict[str, list[Record]]] = {}
    found = []
    for gold in golds:
        name = blind_set(gold)
        if name not in tables:
            tables[name] = read_blind_table(folder / f"{name}.csv")
        found += outcomes(gold, tables[name].get(Path(gold.name).name, []))
    return found


def blind_commits(golds: Sequence[Gold]) -> str:
    """The blind sets' commits of some texts, joined by `+` in set order: the extractors a blind measurement read."""
    names = {blind_set(gold) for gold in golds}
    return "+".join(SETS[name] for name in SETS if name in names)


def all_outcomes(golds: Sequence[Gold], blind: Path | None = None) -> list[Outcome]:
    """The outcomes of every text: from the blind tables in a folder when given, else from today's extractor."""
    if blind is not None:
        return blind_outcomes(golds, blind)
    return [outcome for gold in golds for outcome in outcomes(gold)]


def measurement(found: Sequence[Outcome], measured_on: str, levels: int = LEVELS,
                weight: float = PRIOR_WEIGHT, extractor: str | None = None) -> dict[str, object]:
    """Count right speakers of every bucket of the coarsest `levels` levels: the content of `speaker_confidence.json`."""
    right, measured = Counter[str](), Counter[str]()
    for outcome in found:
        for key in outcome.keys[-levels:]:
            measured[key] += 1
            right[key] += outcome.result == "right"
    buckets = {key: {"right": right[key], "measured": measured[key]} for key in sorted(measured)}
    return {"about": "Right speakers per kind of attribution; see claims/extract/confidence.py.",
            "measured_on": measured_on, "extractor": extractor or current_commit(), "prior_weight": weight, "levels": levels,
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


def choose(golds: Sequence[Gold], blind: Path | None = None) -> str:
    """A line per (levels, weight): its cross-validated log loss, best first (rows from blind tables when given)."""
    per_fold = [all_outcomes(fold, blind) for fold in folds(golds)]
    scored = sorted((cross_validated(per_fold, levels, weight), levels, weight)
                    for levels in range(1, LEVELS + 1) for weight in WEIGHTS)
    return "\n".join(f"levels {levels}  weight {weight:>3}  log loss {loss:.4f}" for loss, levels, weight in scored)


def flagged_by(outcome: Outcome, table: dict[str, object]) -> bool:
    """True when a measurement's share for a row is below the check line, or the row's buckets are unmeasured."""
    found = confidence_of(outcome.keys, table)
    return found is None or found.share < CHECK_BELOW


def part_words(label: str, results: Sequence[str]) -> str:
    """Say some rows' results: `sure   200   14 wrong ( 7.0%)`."""
    wrong = sum(result == "wrong" for result in results)
    return f"{label} {len(results):>5} {wrong:>4} wrong ({wrong / len(results) if results else 0:>5.1%})"


def by_set(per_set: dict[str, list[Outcome]], levels: int, weight: float) -> str:
    """Each set scored on a measurement of the other sets, then the pooled rows, the worst set and the share flagged."""
    lines: list[str] = []
    sure: list[str] = []
    flagged: list[str] = []
    shares: list[tuple[float, str]] = []
    for name, held in per_set.items():
        table = measurement([o for other, rows in per_set.items() if other != name for o in rows], "", levels, weight, "-")
        mine = [o.result for o in held if not flagged_by(o, table)]
        others = [o.result for o in held if flagged_by(o, table)]
        lines.append(f"{name:<10} {part_words('sure', mine)}   {part_words('to check', others)}")
        shares.append((mine.count("wrong") / len(mine) if mine else 0.0, name))
        sure, flagged = sure + mine, flagged + others
    worst = max(shares, key=lambda pair: pair[0], default=(0.0, "none"))
    share_flagged = len(flagged) / (len(sure) + len(flagged)) if sure or flagged else 0.0
    return "\n".join([*lines, f"{'pooled':<10} {part_words('sure', sure)}   {part_words('to check', flagged)}",
                      f"worst set {worst[1]}: sure rows {worst[0]:.1%} wrong; flagged {share_flagged:.1%} of rows"])


def per_blind_set(golds: Sequence[Gold], blind: Path) -> dict[str, list[Outcome]]:
    """The outcomes of some texts from the blind tables, grouped by blind set in set order."""
    grouped: dict[str, list[Gold]] = {}
    for gold in sorted(golds, key=number_of):
        grouped.setdefault(blind_set(gold), []).append(gold)
    return {name: blind_outcomes(members, blind) for name, members in grouped.items()}


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
    args.add_argument("--levels", type=int, help="levels of buckets a measurement keeps (1-4; default 4, with "
                                                 "--by-set the shipped measurement's)")
    args.add_argument("--weight", type=float, help=f"the prior weight a measurement keeps (default {PRIOR_WEIGHT}, "
                                                   "with --by-set the shipped measurement's)")
    args.add_argument("--blind", action="store_true",
                      help="read the rows from each set's blind table (<corpus>/blind/<set>.csv), not today's extractor")
    args.add_argument("--by-set", action="store_true",
                      help="with --blind: score each set on a measurement of the other sets (leave one set out)")
    options = args.parse_args(argv)
    blind = options.corpus / "blind" if options.blind else None
    try:
        golds = chosen(load_corpus(options.corpus), options.texts)
        if options.choose:
            print(choose(golds, blind))
            return 0
        if options.by_set:
            if blind is None:
                raise BlindTableError("--by-set reads the blind tables: add --blind")
            shipped = measured_table()
            levels = options.levels or int(shipped["levels"])  # type: ignore[call-overload]
            print(by_set(per_blind_set(golds, blind), levels, options.weight or float(shipped["prior_weight"])))  # type: ignore[arg-type]
            return 0
        found = all_outcomes(golds, blind)
    except (GoldError, CalibrationError) as error:
        print(error, file=sys.stderr)
        return 2
    extractor = blind_commits(golds) if blind else None
    levels, weight = options.levels or LEVELS, options.weight or PRIOR_WEIGHT
    print(json.dumps(measurement(found, options.texts or "held-out texts", levels, weight, extractor),
                     indent=1)
          if options.measure else report(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
