"""Word files (.docx): paragraphs and table cells, read by python-docx."""
from __future__ import annotations

import io
import zipfile
from importlib.metadata import version

import docx
from docx.opc.exceptions import PackageNotFoundError

from .errors import ImportFailed, check_text

TOOL = f"python-docx {version('python-docx')}"


def text_of(data: bytes, name: str) -> str:
    """The text of a .docx file's bytes, one paragraph per block, or ImportFailed naming the file."""
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = [p.text for p in document.paragraphs]
        blocks += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError):
        raise ImportFailed(f"{name}: is not a readable Word (.docx) file; open it in Word and save it "
                           "as .docx again (old .doc files must be converted)") from None
    return check_text("\n\n".join(b.strip() for b in blocks if b.strip()), name,
                      "the Word file holds no text; nothing to review")
