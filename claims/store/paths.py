"""Where the files of a source's verdicts are, and which paths an output must never replace."""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..model import OutputError


SUFFIX: str = ".verdicts.csv"
CONFLICTS_SUFFIX: str = ".conflicts.csv"


JOURNAL_SUFFIX: str = ".journal.jsonl"


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
    """Return why an output path must not be written ("" when it may): a source, a verdict file, an input.

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
    if any(os.path.realpath(path) == os.path.realpath(other) for other in inputs):
        return "is one of the input files"
    return ""


def check_output(output: str | Path, inputs: Iterable[str | Path] = (), *, verdicts: bool = False) -> Path:
    """Return the output path, or raise OutputError when writing it would replace a file the workbench reads."""
    problem = output_problem(output, inputs, verdicts=verdicts)
    if problem:
        raise OutputError(f"{output}: {problem}; it was not changed; write the output to a new file "
                          "(for example with -o merged.csv or -o reviews.json)")
    return Path(output)
