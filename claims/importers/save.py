"""Writing an import: safe file names, never overwriting, atomic files, and the provenance sidecar."""
from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
from pathlib import Path

from ..store import verdicts_path
from ..store.paths import PROVENANCE_SUFFIX
from .errors import ImportFailed

MAX_STEM = 80
"""The longest file name stem made from an untrusted name, in characters."""
SIDECAR_SUFFIX = PROVENANCE_SUFFIX
"""X.txt's provenance lives in X.txt.provenance.json."""


WINDOWS_DEVICES = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
                             *(f"LPT{n}" for n in range(1, 10))})
"""Names Windows keeps for devices, whatever their extension: `CON.txt` cannot be opened there."""


def safe_stem(name: str) -> str:
    """A file name stem from an untrusted name: no folders, only letters, digits, marks, '-', '_' and '.', not hidden."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFKC", name))[-1]
    stem = base.rsplit(".", 1)[0] if "." in base.lstrip(".") else base
    stem = "".join(map(_stem_char, stem))
    stem = re.sub(r"_+", "_", stem).strip("._-")[:MAX_STEM].strip("._-")
    stem = unicodedata.normalize("NFC", _without_leading_marks(stem))
    if stem.upper() in WINDOWS_DEVICES:
        return f"{stem}_file"
    return stem or "imported"


def _without_leading_marks(stem: str) -> str:
    """The stem without marks (accents, vowel signs) before its first letter, which would sit on nothing."""
    start = 0
    while start < len(stem) and unicodedata.category(stem[start]).startswith("M"):
        start += 1
    return stem[start:]


def _stem_char(char: str) -> str:
    """One character of a stem: ASCII kept, accents dropped from a Latin letter, other scripts' letters kept, else '_'."""
    if char.isascii():
        return char if char.isalnum() or char in "-._" else "_"
    bare = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if bare.isascii() and bare.isalnum():
        return bare
    if char.isalnum() or unicodedata.category(char) in ("Mn", "Mc"):
        return char
    return "_"


def names_for(stem: str, n: int, suffix: str) -> tuple[str, str, str]:
    """The n-th candidate (text, original, sidecar) names: stem, stem-2, stem-3, ..."""
    base = stem if n == 1 else f"{stem}-{n}"
    return f"{base}.txt", f"{base}{suffix}" if suffix != ".txt" else "", f"{base}.txt{SIDECAR_SUFFIX}"


def free_names(folder: Path, stem: str, suffix: str) -> tuple[Path, Path | None, Path]:
    """The first candidate names none of which exists yet, nor a verdict file a new text would inherit."""
    for n in range(1, 10_000):
        text, original, sidecar = names_for(stem, n, suffix)
        found = (folder / text, folder / original if original else None, folder / sidecar)
        verdicts = verdicts_path(folder / text)
        if not any(p is not None and (p.exists() or p.is_symlink()) for p in (*found, verdicts)):
            return found
    raise ImportFailed(f"{folder}: too many files named {stem}*; rename the file and import it again")


def write_new(path: Path, data: bytes) -> None:
    """Write a file that must not exist yet, all or nothing: a temporary file hard-linked to its name."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".import-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.link(temp, path)  # fails if the name was taken meanwhile: nothing is ever overwritten
    finally:
        os.unlink(temp)


def write_import(folder: Path, stem: str, suffix: str, original: bytes | None, text: str,
                 provenance: dict[str, object]) -> Path:
    """Write original (unless None: already there), sidecar, then the text (the file the app lists); undo on failure."""
    for _ in range(20):
        text_path, original_path, sidecar_path = free_names(folder, stem, suffix if original is not None else ".txt")
        try:
            return _write_three(text_path, original_path, sidecar_path, original, text, provenance)
        except FileExistsError:
            continue  # another import took one of the names meanwhile: try the next ones
    raise ImportFailed(f"{folder}: could not find a free name for {stem}; try again")


def _write_three(text_path: Path, original_path: Path | None, sidecar_path: Path, original: bytes | None, text: str,
                 provenance: dict[str, object]) -> Path:
    """Write the three files in order, removing those written if any step fails."""
    record = dict({"original_file": original_path.name if original_path else ""}, **provenance,
                  text_file=text_path.name)
    steps = ([(original_path, original)] if original_path and original is not None else []) + [
        (sidecar_path, (json.dumps(record, indent=2, ensure_ascii=False) + "\n").encode("utf-8")),
        (text_path, text.encode("utf-8"))]
    written: list[Path] = []
    try:
        for path, data in steps:
            write_new(path, data)
            written.append(path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return text_path


def check_folder(folder: Path) -> Path:
    """The folder to import into, or ImportFailed when it is missing or not writable."""
    if not folder.is_dir():
        raise ImportFailed(f"{folder}: no such folder; create it or pass --folder with an existing folder")
    if not os.access(folder, os.W_OK):
        raise ImportFailed(f"{folder}: the folder is not writable; pick a folder you can save into")
    return folder
