"""Plain text files: decoded exactly as `claims.load_source` decodes them (byte-order mark, UTF-8, Windows-1252)."""
from __future__ import annotations

from pathlib import Path

from ..model import SourceError
from ..sources import decode_bytes
from .errors import ImportFailed, check_text

TOOL = "claims.sources"


def text_of(data: bytes, name: str) -> str:
    """The text of a plain text file's bytes, or ImportFailed naming the file."""
    try:
        text, _ = decode_bytes(data, Path(name))
    except SourceError as exc:
        raise ImportFailed(str(exc)) from None
    return check_text(text, name, "the file is empty; nothing to review")
