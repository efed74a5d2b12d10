"""Reading source texts: encodings decode right, offsets are untouched, bad files get clear errors."""
import hashlib
from pathlib import Path

import pytest

from claims import SourceError, load_source
from claims.model import Source
from conftest import ANNOUNCEMENT

TEXT = "The Council\u2019s \u201cclaim\u201d: caf\u00e9 costs fell \u2013 by 5%.\r\nSecond line."


@pytest.mark.parametrize(("data", "encoding"), [
    (TEXT.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("cp1252"), "cp1252"),
    (TEXT.encode("utf-16"), "utf-16"),
], ids=["utf-8", "utf-8-bom", "windows-1252", "utf-16-bom"])
def test_encodings_decode_to_the_same_text(tmp_path: Path, data: bytes, encoding: str):
    path = tmp_path / "press.txt"
    path.write_bytes(data)
    assert load_source(path) == Source(path=str(path), name="press.txt", text=TEXT,
                                       sha256=hashlib.sha256(data).hexdigest(), encoding=encoding)


def test_seed_reads_as_utf8_with_no_change_to_offsets():
    source = load_source(ANNOUNCEMENT)
    assert (source.encoding, source.name, len(source.text)) == ("utf-8", ANNOUNCEMENT.name, 4317)
    assert source.text == ANNOUNCEMENT.read_bytes().decode("utf-8")


@pytest.mark.parametrize(("data", "message"), [
    (None, "no such file; check the path"),
    (b"", "the file is empty"),
    (b"  \n\t\n", "the file is empty"),
    (b"PK\x03\x04\x00\x00binary", "contains NUL bytes, so it is binary"),
    (b"caf\x81 \x8d", "is neither UTF-8 nor Windows-1252"),
    (b"\xef\xbb\xbf   \n", "holds only white space"),
    (b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8", "byte-order mark but byte"),
], ids=["missing", "empty", "blank", "binary", "undecodable", "bom-only", "bad-utf16"])
def test_bad_files_raise_source_error_naming_the_file(tmp_path: Path, data: bytes | None, message: str):
    path = tmp_path / "bad.txt"
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(SourceError) as error:
        load_source(path)
    assert str(error.value).startswith(f"{path}: ")
    assert message in str(error.value)


def test_folder_is_not_a_source(tmp_path: Path):
    with pytest.raises(SourceError, match="is a folder"):
        load_source(tmp_path)


@pytest.mark.parametrize("text", [
    "Acme Water said profits rose by 5% this year. " * 10,          # too long for a file name
    "Acme Water said profits rose\nby a fifth, the firm said.",     # a line break: never a path typed by hand
])
def test_text_passed_where_a_path_belongs_says_so_without_echoing_it(text: str) -> None:
    with pytest.raises(SourceError) as error:
        load_source(text)
    assert str(error.value) == (
        "'Acme Water said profits rose' ... is text, not the path of a file: save it as a .txt file and give "
        "that file's path, or extract from the text itself with claims.extract_text(text)")


def test_a_short_missing_path_still_says_check_the_path(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as error:
        load_source(tmp_path / "missing report.txt")
    assert str(error.value) == f"{tmp_path / 'missing report.txt'}: no such file; check the path and the file name"
