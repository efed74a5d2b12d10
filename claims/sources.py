"""Reading source texts: bytes to text with provenance, with errors a person can act on."""
from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

from .model import Source, SourceError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
FALLBACK_ENCODINGS: tuple[str, ...] = ("utf-8", "cp1252")
"""Tried in order when a file has no byte-order mark: UTF-8, then Windows-1252 (common in UK press texts)."""


def read_bytes(path: Path) -> bytes:
    """Return the file's bytes, or raise SourceError saying why it cannot be read."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{path}: no such file; check the path and the file name") from None
    except IsADirectoryError:
        raise SourceError(f"{path}: is a folder, not a text file; name a .txt file inside it") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot be read ({exc.strerror}); check its permissions") from None
    if not data.strip():
        raise SourceError(f"{path}: the file is empty; save the source text into it and try again")
    return data


def decode_bytes(data: bytes, path: Path) -> tuple[str, str]:
    """Return (text, encoding): a byte-order mark decides, else UTF-8, else Windows-1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, encoding, path), encoding
    if b"\x00" in data:
        raise SourceError(f"{path}: contains NUL bytes, so it is binary, not text; "
                          "export the document as plain text (UTF-8) and try again")
    for encoding in FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise SourceError(f"{path}: is neither UTF-8 nor Windows-1252 text; "
                      "re-save it as UTF-8 (for example with your editor's 'Save with encoding')")


def _decode_as(data: bytes, encoding: str, path: Path) -> str:
    """Decode with the encoding its byte-order mark announces, or raise SourceError."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path}: starts with a {encoding} byte-order mark but byte {exc.start} "
                          "is not valid; re-save it as UTF-8") from None
    if "\x00" in text:
        raise SourceError(f"{path}: contains NUL characters; export it as plain text and try again")
    return text.removeprefix("\ufeff")


def load_source(path: str | Path) -> Source:
    """Read a source text: its decoded text, file name, SHA-256 of its bytes and the encoding used."""
    path = Path(path)
    data = read_bytes(path)
    text, encoding = decode_bytes(data, path)
    if not text.strip():
        raise SourceError(f"{path}: holds only white space; save the source text into it and try again")
    return Source(path=str(path), name=path.name, text=text,
                  sha256=hashlib.sha256(data).hexdigest(), encoding=encoding)
