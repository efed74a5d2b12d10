"""The opt-in compiled extractor's stale guard: a mypyc build of claims/extract must match its sources.

`bash scripts/compile.sh` compiles claims/extract in place and writes claims/extract/COMPILED.json, whose
`sources_sha256` is `sources_sha256(folder)` of the sources it compiled. Python imports an extension module before
the .py beside it, so after a source is edited a build would go on running the old rules unseen: `guard`,
called by claims/__init__ before claims.extract is imported, refuses such a build. This module is never compiled.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Sequence

from .model import ClaimsError

EXTRACT = Path(__file__).resolve().parent / "extract"
"""The folder that a build compiles."""
STAMP = "COMPILED.json"
"""The stamp's name inside that folder."""
EXTENSIONS = ("*.so", "*.pyd")
"""Compiled extension modules (Linux and macOS; Windows)."""
LIBRARY = "claims_extract__mypyc"
"""The build's shared library, which holds every compiled module's code; the shim beside each .py imports it by this
name. mypyc places it above the package tree, beside claims/, and derives each module's __file__ from its folder."""
FIX = "run bash scripts/compile.sh again, or bash scripts/compile.sh --clean for pure Python"


class StaleBuildError(ClaimsError):
    """The compiled extractor was built from other sources than those beside it, or has no stamp."""


def extensions(folder: Path = EXTRACT) -> list[Path]:
    """Every compiled extension module in `folder` and its subfolders, sorted."""
    return sorted(path for pattern in EXTENSIONS for path in folder.rglob(pattern))


def is_compiled(folder: Path = EXTRACT) -> bool:
    """Tell whether `folder` holds a compiled build (any extension module), which Python imports before the .py."""
    return bool(extensions(folder))


def library_path(folder: Path = EXTRACT) -> Path:
    """Where the build's shared library for this Python sits: beside the package that holds `folder`."""
    return folder.parent.parent / f"{LIBRARY}{EXTENSION_SUFFIXES[0]}"


def sources_sha256(folder: Path = EXTRACT) -> str:
    """The sha256 of every .py under `folder`, each as its relative path, a NUL, its bytes and a NUL, in path order."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.py"), key=lambda p: p.relative_to(folder).as_posix()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def read_stamp(folder: Path = EXTRACT) -> dict[str, str] | None:
    """The build's stamp, or None when it is missing or unreadable."""
    try:
        stamp = json.loads((folder / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stamp if isinstance(stamp, dict) else None


def stale_reason(folder: Path = EXTRACT) -> str | None:
    """Why the build in `folder` cannot be used, or None when there is no build or it matches its sources."""
    if not is_compiled(folder):
        return None
    if not library_path(folder).is_file():
        return f"its shared library {library_path(folder).name} is missing (built for another Python?)"
    stamp = read_stamp(folder)
    if stamp is None:
        return f"it has no readable {STAMP}"
    if stamp.get("sources_sha256") != sources_sha256(folder):
        return f"its sources changed since it was built ({stamp.get('built', 'at an unknown time')})"
    return None


def check_build(folder: Path = EXTRACT) -> None:
    """Raise StaleBuildError when `folder` holds a compiled build that does not match its sources."""
    reason = stale_reason(folder)
    if reason is not None:
        raise StaleBuildError(f"{folder} holds a compiled extractor (mypyc) that is stale: {reason}; {FIX}")


def load_library(folder: Path = EXTRACT) -> None:
    """Load a compiled build's shared library by its path, so that its modules import from any working folder.

    The shims import it by name, which finds it only where the folder above claims/ is on sys.path (not in a notebook
    started elsewhere with the package installed in editable mode); loaded once here, it is found in sys.modules."""
    if not is_compiled(folder) or LIBRARY in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(LIBRARY, library_path(folder))
    if spec is None or spec.loader is None:
        raise StaleBuildError(f"{library_path(folder)} cannot be loaded; {FIX}")
    library = importlib.util.module_from_spec(spec)
    sys.modules[LIBRARY] = library
    spec.loader.exec_module(library)


def is_command_line(argv: Sequence[str]) -> bool:
    """Whether this process is the command line: `python -m claims` (argv[0] is '-m' while the package is being
    imported) or the installed `claims` script."""
    return bool(argv) and (argv[0] == "-m" or Path(argv[0]).stem == "claims")


def guard(folder: Path = EXTRACT, argv: Sequence[str] | None = None) -> None:
    """Refuse a stale build and load a good one: on the command line a stale build exits 2 with one line on stderr
    (the CLI's convention for bad input), anywhere else it raises StaleBuildError."""
    try:
        check_build(folder)
        load_library(folder)
    except StaleBuildError as exc:
        if not is_command_line(sys.argv if argv is None else argv):
            raise
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
