"""PDF files: the text layer, read by pypdf; a scan without a text layer is refused with a clear error."""
from __future__ import annotations

import io
import logging

import pypdf
from pypdf.errors import PyPdfError

from .errors import ImportFailed, check_text

TOOL = f"pypdf {pypdf.__version__}"

logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # warnings on odd files; failures are raised below


def text_of(data: bytes, name: str) -> str:
    """The text layer of a PDF's bytes, page after page, or ImportFailed naming the file."""
    if not data.lstrip().startswith(b"%PDF"):
        raise ImportFailed(f"{name}: is not a PDF (it does not start with %PDF); export the document as PDF again")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportFailed(f"{name}: the PDF is password-protected; save an unprotected copy and import that")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ImportFailed:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError):
        raise ImportFailed(f"{name}: the PDF is damaged and cannot be read; download or export it again") from None
    return check_text("\n\n".join(p.strip() for p in pages), name,
                      "the PDF has no text layer (a scan or pictures of pages?); run it through OCR "
                      "(for example `ocrmypdf`) and import the result")
