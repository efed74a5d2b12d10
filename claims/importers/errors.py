"""The one error every importer raises, and the size limits they share."""
from __future__ import annotations

from ..model import ClaimsError

MAX_BYTES = 20 * 1024 * 1024
"""The largest file or download accepted (20 MB)."""
SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm", ".pdf", ".docx")
"""The file suffixes the importers read."""
MAX_TEXT_CHARS = 2_000_000
"""The longest text kept from one import (about 400 pages)."""


class ImportFailed(ClaimsError):
    """A file or web address could not be turned into a source text; the message names it and says why."""


def check_text(text: str, name: str, what: str) -> str:
    """Return the text with tidy line ends, or raise ImportFailed when it is empty or too long."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()
    if not text:
        raise ImportFailed(f"{name}: {what}")
    if len(text) > MAX_TEXT_CHARS:
        raise ImportFailed(f"{name}: holds more than {MAX_TEXT_CHARS:,} characters of text; "
                           "split it into smaller documents and import each")
    return text + "\n"
