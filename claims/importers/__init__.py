"""Bring any press text in: a .txt, .html, .pdf or .docx file, or a web address, saved as a .txt source text.

Each format has its own module (plain, webpage, pdf, word); `web` fetches a URL; `save` writes the text
beside its original with a provenance sidecar, under a safe, new name, atomically; `core` ties them together.
The readers (trafilatura, pypdf, python-docx) are imported on first use, so the command line starts fast.
"""
import importlib

from .errors import MAX_BYTES, MAX_TEXT_CHARS, SUFFIXES, ImportFailed

__all__ = ["MAX_BYTES", "MAX_TEXT_CHARS", "SUFFIXES", "ImportFailed", "Imported", "import_bytes", "import_file",
           "import_url"]

_LAZY = {"Imported", "import_bytes", "import_file", "import_url", "FORMATS"}


def __getattr__(name: str) -> object:
    """Import the readers only when an import is first asked for."""
    if name in _LAZY:
        return getattr(importlib.import_module(".core", __name__), name)
    raise AttributeError(f"module 'claims.importers' has no attribute {name!r}")
