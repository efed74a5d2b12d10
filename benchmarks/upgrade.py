"""Upgrades keep analysts' work: verdict files written by an older release, opened with today's package.

    python -m benchmarks.upgrade --old a3c4228                      # the whole press corpus
    python -m benchmarks.upgrade --old b34c82b --texts p001-p856 --every 4

For each press text a copy goes into a temporary folder. The `claims` package of the old commit is unpacked
there (`git archive <commit> claims`, `benchmarks.blind_tables.unpack`) and run in a child process: it extracts
each copy and saves a verdict on every claim through its own public saving API (`claims.record_verdict`, what
the command line and the board of every release call), verdicts in turn supported, disputed, unverified, each
with a note unique to its row. Then today's package opens each copy (`claims.review_table`) and every saved
verdict is classified (`classify`):

- `same speaker`: on one row that holds its quote (its span inside the row's, or overlapping it by 80%), with
  its verdict and its speaker;
- `other speaker beside`: as above, but today's extractor gives the same words, within a wider or narrower claim
  (overlapping by less than 80%), to another speaker: the verdict's row keeps its speaker, the table shows a
  second, unreviewed row of the other speaker over the same words, and the board names it on the verdict's
  claim (`ReviewSession.beside`);
- `orphan`: shown as an orphan (`orphan` True: listed last, with its old speaker and place). The texts do not
  change here, so each is a claim today's extractor gives to another speaker (`placing`: a verdict never moves
  to another speaker's words); the other speaker's claim is listed apart, unreviewed, and the board says
  "The extractor now gives these words to X" (`ReviewSession.new_speaker`);
- `moved speaker`: on a row holding its quote that now names another speaker, nothing flagged (a verdict
  silently re-attributed);
- `lost`: its note on no row; `duplicated`: its note on two rows or more; `wrong row`: its note on a row
  that does not hold its quote; `changed verdict`: on its row with another verdict.

The last five are failures: the command exits 1 when any is found. Held-out texts (their gold file says
`"held_out": true`) are never listed one by one, as `benchmarks.quality` does not list them: their changes are
counted in one line. Needs the git history (run from a clone).
"""
from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from benchmarks.blind_tables import set_texts, unpack
from benchmarks.quality import CORPUS

ANALYST = "upgrade analyst"
"""The analyst whose verdict files the old release writes."""

KINDS: tuple[str, ...] = ("same speaker", "other speaker beside", "orphan", "moved speaker", "lost",
                          "duplicated", "wrong row", "changed verdict")
"""What became of a saved verdict, in the order they are counted."""

FAILURES: tuple[str, ...] = ("moved speaker", "lost", "duplicated", "wrong row", "changed verdict")
"""The kinds that mean an analyst's work was lost, moved or re-attributed without a sign."""

SAME_SPAN: float = 0.8
"""Two spans overlapping by this share of their union hold the same words."""

CHUNK: int = 50
"""How many texts one child process of the old release saves verdicts on."""

CHILD = """
import sys
from pathlib import Path
import claims
VERDICTS = ("supported", "disputed", "unverified")
analyst = sys.argv[1]
for name in sys.argv[2:]:
    table = claims.extract_claims(Path(name))
    for n, row in enumerate(table.itertuples()):
        note = f"{Path(name).stem} row {n + 1} {row.claim_id}"
        try:
            claims.record_verdict(name, row.claim_id, VERDICTS[n % 3], note=note, analyst=analyst)
        except claims.ClaimsError as exc:
            print(f"{Path(name).name}: {row.claim_id} refused: {exc}", file=sys.stderr)
"""
"""The child's program: extract each named text and save a verdict with a unique note on every claim, with
whatever `claims` comes first on its path (the old release's)."""

Row = Mapping[str, object]


def span(row: Row) -> tuple[int, int]:
    """A row's (start, end) as integers."""
    return int(str(row["start"])), int(str(row["end"]))


def holds(row: Row, saved: Row) -> bool:
    """Tell whether a table row holds a saved verdict's words: its span inside the row's, or nearly the same."""
    (r_start, r_end), (s_start, s_end) = span(row), span(saved)
    if r_start <= s_start and s_end <= r_end:
        return True
    union = max(r_end, s_end) - min(r_start, s_start)
    return union > 0 and (min(r_end, s_end) - max(r_start, s_start)) / union >= SAME_SPAN


def classify(saved: Row, rows: Sequence[Row]) -> str:
    """What became of one saved verdict in today's review table (one of KINDS)."""
    mine = [r for r in rows if r["note"] == saved["note"]]
    if not mine:
        return "lost"
    if len(mine) > 1:
        return "duplicated"
    row = mine[0]
    if bool(row["orphan"]):
        return "orphan"
    if not holds(row, saved):
        return "wrong row"
    if row["verdict"] != saved["verdict"]:
        return "changed verdict"
    if row["speaker"] != saved["speaker"]:
        return "moved speaker"
    others = [r for r in rows if r is not row and not bool(r["orphan"]) and r["speaker"] != saved["speaker"]
              and holds(r, saved)]
    return "other speaker beside" if others else "same speaker"


def classify_text(saved: Iterable[Row], rows: Sequence[Row]) -> Counter[str]:
    """Count the kinds of every saved verdict of one text."""
    return Counter(classify(verdict, rows) for verdict in saved)


def saved_verdicts(path: Path) -> list[dict[str, str]]:
    """The verdicts of a verdict file as written (read with the csv module, cells unescaped)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    cells = [{k: v[1:] if v.startswith("'") else v for k, v in row.items()} for row in rows]
    return [row for row in cells if row["verdict"]]


def save_with(commit: str, copies: Sequence[Path]) -> list[str]:
    """Have the old commit's package save a verdict on every claim of each copy; return what it refused."""
    refused: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        unpack(commit, Path(folder))
        for at in range(0, len(copies), CHUNK):
            chunk = [str(p) for p in copies[at:at + CHUNK]]
            done = subprocess.run([sys.executable, "-c", CHILD, ANALYST, *chunk], cwd=folder, capture_output=True,
                                  text=True, env={"PYTHONPATH": folder, "PATH": "/usr/bin:/bin"}, check=True)
            refused += done.stderr.splitlines()
            print(f"  saved with {commit}: {min(at + CHUNK, len(copies))} of {len(copies)} texts", file=sys.stderr)
    return refused


def review_rows(copy: Path) -> list[dict[str, object]]:
    """Today's review table of a copy, as the analyst would see it."""
    import claims  # today's package: imported here so that `--help` starts fast

    records = claims.review_table(copy, ANALYST).to_dict("records")
    return [{str(key): value for key, value in row.items()} for row in records]


def measure(commit: str, texts: Sequence[Path], folder: Path) -> tuple[dict[str, Counter[str]], list[str]]:
    """Save verdicts with the old commit on copies of texts in folder, open them today; the kinds per text."""
    copies = []
    for text in texts:
        copies.append(folder / text.name)
        shutil.copy2(text, copies[-1])
    refused = save_with(commit, copies)
    found: dict[str, Counter[str]] = {}
    for copy in copies:
        verdicts = copy.with_name(copy.name.removesuffix(".txt") + ".verdicts.csv")
        saved = saved_verdicts(verdicts) if verdicts.exists() else []
        found[copy.name] = classify_text(saved, review_rows(copy)) if saved else Counter()
    return found, refused


def show(counts: Counter[str]) -> str:
    """One line of counts in KINDS order, kinds never found left out."""
    return ", ".join(f"{counts[kind]} {kind}" for kind in KINDS if counts[kind])


def report(commit: str, found: Mapping[str, Counter[str]], refused: Sequence[str],
           held_out: frozenset[str] = frozenset()) -> list[str]:
    """The lines printed: development texts with anything but `same speaker`, the held-out texts in one line, then
    the totals."""
    lines = [f"{name}: {show(counts)}" for name, counts in found.items()
             if name not in held_out and set(counts) - {"same speaker"}]
    hidden = [counts for name, counts in found.items() if name in held_out]
    if hidden:
        changed = sum(1 for counts in hidden if set(counts) - {"same speaker"})
        lines.append(f"held-out texts ({len(hidden)}, never listed one by one): {changed} with a change; "
                     f"{show(sum(hidden, Counter())) or 'no verdicts'}")
    total: Counter[str] = sum(found.values(), Counter())
    lines += [f"refused by {commit}: {line}" for line in refused]
    lines.append(f"{commit} -> today: {len(found)} texts, {sum(total.values())} verdicts: {show(total) or 'none'}")
    failed = sum(total[kind] for kind in FAILURES)
    lines.append(f"failures ({', '.join(FAILURES)}): {failed}")
    return lines


def held_out_names(texts: Sequence[Path]) -> frozenset[str]:
    """The names of the texts whose gold file beside them says `"held_out": true`."""
    def held(text: Path) -> bool:
        gold = text.with_name(text.name.removesuffix(".txt") + ".gold.json")
        return gold.exists() and json.loads(gold.read_text(encoding="utf-8")).get("held_out") is True
    return frozenset(text.name for text in texts if held(text))


def pick(texts: Sequence[Path], every: int) -> list[Path]:
    """Every n-th text, the first included."""
    return list(texts[::every])


def main(argv: list[str] | None = None) -> int:
    """Measure one old commit against today; exit 1 when a verdict was lost, duplicated, misplaced or moved."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--old", required=True, help="the commit whose package writes the verdict files")
    args.add_argument("--texts", default="p001-p9999",
                      help="a range of corpus texts such as p001-p100 (default: every text, p1000 included)")
    args.add_argument("--every", type=int, default=1, help="only every n-th text of the range")
    args.add_argument("--corpus", type=Path, default=CORPUS, help="the folder of pNNN_slug.txt texts")
    options = args.parse_args(argv)
    texts = pick(set_texts(options.texts, options.corpus), options.every)
    began = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        found, refused = measure(options.old, texts, Path(folder))
    lines = report(options.old, found, refused, held_out_names(texts))
    print("\n".join(lines))
    print(f"{time.monotonic() - began:.0f} s")
    total: Counter[str] = sum(found.values(), Counter())
    return 1 if any(total[kind] for kind in FAILURES) else 0


if __name__ == "__main__":
    sys.exit(main())
