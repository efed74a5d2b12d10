"""One entry point per kind of input: bytes with a name, a file on disk, a web address."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType

from . import pdf, plain, web, webpage, word
from .errors import MAX_BYTES, ImportFailed
from .save import check_folder, safe_stem, write_import

FORMATS: dict[str, ModuleType] = {".txt": plain, ".html": webpage, ".htm": webpage, ".pdf": pdf, ".docx": word}
"""File suffix -> the module that reads it (each has `TOOL` and `text_of(data, name)`); the keys are SUFFIXES."""

@dataclass(frozen=True)
class Imported:
    """Where an import went: the new source text, its sidecar, and what it came from."""

    text_path: Path
    sidecar_path: Path
    origin: str
    chars: int


def suffix_of(name: str) -> str:
    """The known suffix of a file name, or ImportFailed listing the ones the workbench reads."""
    suffix = Path(name.replace("\\", "/")).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(sorted(set(FORMATS) - {".htm"}))
        raise ImportFailed(f"{name}: the workbench reads {known} files; save the document as one of these")
    return suffix


def import_bytes(data: bytes, name: str, folder: str | Path, *, origin: str | None = None,
                 suffix: str | None = None, original_beside: str = "") -> Imported:
    """Turn a file's bytes (named `name`, e.g. an upload) into a new source text in `folder`.

    The original is saved beside the text, unless `original_beside` names it as already in the folder.
    """
    folder = check_folder(Path(folder))
    suffix = suffix or suffix_of(name)
    if len(data) > MAX_BYTES:
        raise ImportFailed(f"{name}: larger than {MAX_BYTES // (1024 * 1024)} MB; split it or import a smaller file")
    if not data.strip():
        raise ImportFailed(f"{name}: the file is empty; nothing to import")
    reader = FORMATS[suffix]
    text = reader.text_of(data, name)
    provenance = {"origin": origin or name, "imported_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                  "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data), "format": suffix.lstrip("."),
                  "tool": reader.TOOL, **({"original_file": original_beside} if original_beside else {})}
    keep = None if original_beside else data
    try:
        text_path = write_import(folder, safe_stem(name), ".html" if suffix == ".htm" else suffix, keep, text,
                                 provenance)
    except OSError as exc:
        raise ImportFailed(f"{name}: cannot be saved in {folder} ({exc.strerror}); free some space or pick "
                           "a folder you can write to, then import it again") from None
    return Imported(text_path, text_path.with_name(text_path.name + ".provenance.json"), origin or name, len(text))


def read_file(path: Path) -> bytes:
    """A file's bytes, or ImportFailed naming it and the fix: missing, a folder, an unread kind, too big, unreadable."""
    try:
        if path.is_dir():
            raise IsADirectoryError
        size = path.stat().st_size
        suffix_of(path.name)
        if size > MAX_BYTES:
            raise ImportFailed(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB; import a smaller file")
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFailed(f"{path}: no such file; check the path and the file name") from None
    except IsADirectoryError:
        raise ImportFailed(f"{path}: is a folder; name a file inside it") from None
    except OSError as exc:
        raise ImportFailed(f"{path}: cannot be read ({exc.strerror}); check its permissions") from None


def import_file(path: str | Path, folder: str | Path | None = None) -> Imported:
    """Import a file from disk into `folder` (default: the file's own folder)."""
    path = Path(path)
    data = read_file(path)
    suffix = suffix_of(path.name)
    folder = Path(folder) if folder is not None else path.parent
    beside = path.name if folder.resolve() == path.parent.resolve() else ""
    if beside and path.name.endswith(".txt"):  # NEWS.TXT is no source text (the folder lists *.txt): import it
        raise ImportFailed(f"{path}: is already a source text in {folder}; open it in the app as it is")
    return import_bytes(data, path.name, folder, suffix=suffix, original_beside=beside)


def import_url(url: str, folder: str | Path, *, timeout: float = web.TIMEOUT_S) -> Imported:
    """Fetch a web address (http or https) and import what it serves into `folder`."""
    check_folder(Path(folder))
    data, kind = web.fetch(url, timeout=timeout)
    suffix = web.suffix_for(kind, data, url)
    return import_bytes(data, web.name_of(url), folder, origin=url.strip(), suffix=suffix)
