"""Reading source texts: bytes to text with provenance, with errors a person can act on."""
from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path

from .model import Source, SourceError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
FALLBACK_ENCODINGS: tuple[str, ...] = ("utf-8", "cp1252")
"""Tried in order when a file has no byte-order mark: UTF-8, then Windows-1252 (common in UK press texts)."""


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
"""A multi-byte UTF-8 character: a text holding one is UTF-8, so a byte that is not must be a mistake."""


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
        raise SourceError(f"{path}: " + _nul_problem(data))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _UTF8_SEQUENCE.search(data):
            line = data.count(b"\n", 0, exc.start) + 1
            raise SourceError(f"{path}: is UTF-8 except for byte {exc.start} (line {line}), which is not; fix or "
                              "delete that character, or re-save the whole file as UTF-8") from None
    for encoding in FALLBACK_ENCODINGS[1:]:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise SourceError(f"{path}: is neither UTF-8 nor Windows-1252 text; "
                      "re-save it as UTF-8 (for example with your editor's 'Save with encoding')")


def _nul_problem(data: bytes) -> str:
    """Say why a file holding NUL bytes cannot be read: UTF-16 without a byte-order mark, or binary."""
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and all(char.isprintable() or char.isspace() for char in text):
            return ("looks like UTF-16 text without a byte-order mark; re-save it as UTF-8 "
                    "(for example with your editor's 'Save with encoding')")
    return "contains NUL bytes, so it is binary, not text; export the document as plain text (UTF-8) and try again"


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


def is_text_not_path(value: str) -> bool:
    """True for a string that is a text rather than a path: a line break, or a name too long for any disk."""
    if "\n" in value or "\r" in value or any(len(part.encode("utf-8")) > 255 for part in Path(value).parts):
        try:
            return not Path(value).exists()
        except OSError:
            return True
    return False


def load_source(path: str | Path) -> Source:
    """Read a source text: its decoded text, file name, SHA-256 of its bytes and the encoding used."""
    if isinstance(path, str) and is_text_not_path(path):
        raise SourceError(f"{' '.join(path.split()[:5])!r} ... is text, not the path of a file: save it as a .txt "
                          "file and give that file's path, or extract from the text itself with "
                          "claims.extract_text(text)")
    path = Path(path)
    data = read_bytes(path)
    text, encoding = decode_bytes(data, path)
    if not text.strip():
        raise SourceError(f"{path}: holds only white space; save the source text into it and try again")
    return Source(path=str(path), name=path.name, text=text,
                  sha256=hashlib.sha256(data).hexdigest(), encoding=encoding)
