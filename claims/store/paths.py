"""Where the files of a source's verdicts are, and which paths an output must never replace."""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..model import OutputError


SUFFIX: str = ".verdicts.csv"
CONFLICTS_SUFFIX: str = ".conflicts.csv"


JOURNAL_SUFFIX: str = ".journal.jsonl"
FINAL_SUFFIX: str = ".final.csv"
"""A source's settled verdicts: seeds/X.txt -> seeds/X.final.csv (written by claims.adjudication)."""
PROVENANCE_SUFFIX: str = ".provenance.json"
"""An imported text's sidecar: X.txt -> X.txt.provenance.json (written by claims.importers)."""


def verdicts_path(source_path: str | Path) -> Path:
    """Return where a source's verdicts live: seeds/X.txt -> seeds/X.verdicts.csv."""
    path = Path(source_path)
    return path.with_name(path.stem + SUFFIX)


def conflicts_path(path: str | Path) -> Path:
    """Return where superseded versions are kept: X.verdicts.csv -> X.verdicts.conflicts.csv."""
    path = Path(path)
    return path.with_name(path.name.removesuffix(".csv") + CONFLICTS_SUFFIX)


def real_path(path: str | Path) -> Path:
    """Return the file a verdict path names: a symbolic link's target (so it is replaced, not the link)."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def journal_path(path: str | Path) -> Path:
    """Return the history of a verdict file: X.verdicts.csv -> X.verdicts.journal.jsonl."""
    path = Path(path)
    return path.with_name(path.name.removesuffix(".csv") + JOURNAL_SUFFIX)


def lock_path(path: str | Path) -> Path:
    """Return the lock file of a verdict file: X.verdicts.csv -> X.verdicts.csv.lock."""
    path = Path(path)
    return path.with_name(path.name + ".lock")


def output_problem(output: str | Path, inputs: Iterable[str | Path] = (), *, verdicts: bool = False) -> str:
    """Return why an output path must not be written ("" when it may): a source, a verdict file or its
    conflicts, journal or lock, final verdicts, an import's provenance or original, an input.

    `verdicts` True allows a verdict-format output (a merged file) that no source text owns.
    """
    path = Path(output)
    name = path.name
    if name.endswith(".txt"):
        return "is a source text"
    if name.endswith(CONFLICTS_SUFFIX):
        return "is a conflicts file"
    if name.endswith(JOURNAL_SUFFIX) or name.endswith(".lock"):
        return "is a verdict file's history or lock"
    if name.endswith(SUFFIX) and (not verdicts or path.with_name(name.removesuffix(SUFFIX) + ".txt").exists()):
        return "is a verdict file"
    return _kept_problem(path) or _input_problem(path, inputs)


def _kept_problem(path: Path) -> str:
    """Why a path holds something else the workbench keeps: final verdicts, an import's provenance or original."""
    if path.name.endswith(FINAL_SUFFIX):
        return "is a file of final verdicts"
    if path.name.endswith(PROVENANCE_SUFFIX):
        return "is an imported text's provenance"
    if path.suffix and path.with_name(path.stem + ".txt" + PROVENANCE_SUFFIX).exists():
        return "is the original of an imported text"
    return ""


def _input_problem(path: Path, inputs: Iterable[str | Path]) -> str:
    """Say "is one of the input files" when the path is one of them (links followed), else ""."""
    if any(os.path.realpath(path) == os.path.realpath(other) for other in inputs):
        return "is one of the input files"
    return ""


def check_output(output: str | Path, inputs: Iterable[str | Path] = (), *, verdicts: bool = False,
                 example: str = "-o merged.csv or -o reviews.json") -> Path:
    """Return the output path, or raise OutputError when writing it would replace a file the workbench reads.

    `example` is the option the message suggests instead (`-o report.html` for a report).
    """
    problem = output_problem(output, inputs, verdicts=verdicts)
    if problem:
        raise OutputError(f"{output}: {problem}; it was not changed; write the output to a new file "
                          f"(for example with {example})")
    return Path(output)
