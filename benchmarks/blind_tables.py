"""The blind tables: each held-out set of press texts as the extractor of its time saw it, before any rule was
tuned to it (the training data of the speaker re-ranker, `benchmarks.rerank`).

    python -m benchmarks.blind_tables            # write benchmarks/press/blind/<set>.csv for every set
    python -m benchmarks.blind_tables --set p089-p136

For each set the `claims` package of its blind commit is unpacked (`git archive <commit> claims`) into a
temporary folder and run in a child process started from that folder, so that the old package is imported
and not the worktree's. Every extractor of these commits already had `speaker_kind` and `cue`; the
`speaker_confidence` they wrote came from the shares of their time, so it is not kept (the re-ranker works
it out again with the current shares, from the row alone). Needs the git history (run from a clone).
"""
from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO, StringIO
from pathlib import Path

from benchmarks.quality import CORPUS, corpus_order, file_number, text_range

BLIND = CORPUS / "blind"
ROOT = Path(__file__).resolve().parent.parent
SETS: dict[str, str] = {"p089-p136": "539c384", "p137-p184": "b34c82b", "p185-p232": "814d8a0",
                        "p233-p280": "9aa562d", "p281-p328": "9aa562d",
                        "p329-p376": "1f25809", "p377-p424": "9e907ae",
                        "p425-p472": "a80a887", "p473-p520": "6a8ade5", "p521-p568": "ef24203",
                        "p569-p616": "c304260", "p617-p664": "48cdbc9", "p665-p712": "2841f55",
                        "p713-p760": "636d1bc", "p761-p808": "b837aa6",
                        "p809-p856": "9eaeeea", "p857-p904": "8ef1603", "p905-p952": "f21a278", "p953-p1000": "adaa9fc",
                        "p1001-p1048": "5b58bce", "p1049-p1096": "4c5d935",
                        "p1097-p1144": "612bce6", "p1145-p1192": "f4308ab", "p1193-p1240": "a764c6d",
                        "p1241-p1288": "b84d4b9", "p1289-p1336": "6736f58", "p1337-p1384": "5785acd",
                        "p1385-p1432": "1b48067", "p1433-p1480": "1f535a5",
                        "p1481-p1528": "9a68d40", "p1529-p1576": "08b7429",
                        "p1577-p1624": "a58ef2e"}
"""Each blind set and the commit whose extractor scored it before any rule was tuned to it."""
COLUMNS = ("text", "start", "end", "speaker", "speaker_kind", "cue", "quote")
"""The columns of a blind table."""
CHILD = """
import csv, sys
from pathlib import Path
from claims import extract_claims
out = csv.writer(sys.stdout)
for name in sys.argv[1:]:
    table = extract_claims(Path(name))
    for row in table.itertuples():
        out.writerow([Path(name).name, row.start, row.end, row.speaker, row.speaker_kind, row.cue, row.quote])
"""
"""The child's program: extract each named text with whatever `claims` comes first on its path."""


def set_texts(name: str, corpus: Path = CORPUS) -> list[Path]:
    """The .txt files of a set such as p089-p136, in name order."""
    first, last = text_range(name)
    return [p for p in sorted(corpus.glob("p*_*.txt"), key=corpus_order) if first <= file_number(p) <= last]


def unpack(commit: str, into: Path) -> None:
    """Unpack the `claims` package of a commit into a folder."""
    archive = subprocess.run(["git", "archive", commit, "claims"], cwd=ROOT, capture_output=True, check=True)
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")


def blind_rows(commit: str, texts: list[Path]) -> list[list[str]]:
    """Extract texts with the extractor of a commit, in a child process; return the table's rows."""
    with tempfile.TemporaryDirectory() as folder:
        unpack(commit, Path(folder))
        done = subprocess.run([sys.executable, "-c", CHILD, *map(str, texts)], cwd=folder, capture_output=True,
                              text=True, env={"PYTHONPATH": folder, "PATH": "/usr/bin:/bin"}, check=True)
    return list(csv.reader(StringIO(done.stdout, newline="")))


def write_table(path: Path, rows: list[list[str]]) -> None:
    """Write a blind table as UTF-8 CSV with its header."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(COLUMNS)
        out.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    """Write the blind table of every set (or of one)."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--set", choices=sorted(SETS), help="only this set")
    options = args.parse_args(argv)
    for name in [options.set] if options.set else SETS:
        rows = blind_rows(SETS[name], set_texts(name))
        write_table(BLIND / f"{name}.csv", rows)
        print(f"{name}: {len(rows)} rows by {SETS[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
