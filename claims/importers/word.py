"""Word files (.docx): paragraphs and table cells, read by python-docx."""
from __future__ import annotations

import io
import zipfile
from importlib.metadata import version

import docx
from docx.opc.exceptions import PackageNotFoundError

from .errors import ImportFailed, check_text

TOOL = f"python-docx {version('python-docx')}"
MAX_UNPACKED = 200 * 1024 * 1024
"""The most a .docx may unpack to (a zip bomb is refused before it is read)."""


def check_unpacked(data: bytes, name: str, limit: int = MAX_UNPACKED) -> None:
    """Raise ImportFailed when the .docx (a zip) would unpack to more than `limit` bytes."""
    try:
        size = sum(info.file_size for info in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # python-docx reports the damage below
    if size > limit:
        raise ImportFailed(f"{name}: unpacks to more than {limit // (1024 * 1024)} MB; "
                           "this is not an ordinary Word file, so it is not imported")


def text_of(data: bytes, name: str) -> str:
    """The text of a .docx file's bytes, one paragraph per block, or ImportFailed naming the file."""
    check_unpacked(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = [p.text for p in document.paragraphs]
        blocks += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError):
        raise ImportFailed(f"{name}: is not a readable Word (.docx) file; open it in Word and save it "
                           "as .docx again (old .doc files must be converted)") from None
    return check_text("\n\n".join(b.strip() for b in blocks if b.strip()), name,
                      "the Word file holds no text; nothing to review")
