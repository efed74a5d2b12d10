"""Importing press texts: each format, where the text goes, its provenance, and every kind of bad input."""
from __future__ import annotations

import hashlib
import io
import json
import time
import zipfile
from pathlib import Path
from typing import Iterator

import pytest

from claims import extract_claims, load_source
from claims.importers import ImportFailed, import_bytes, import_file, import_url
from claims.importers import save, web, word
from claims.importers.errors import MAX_BYTES

from importer_files import (ARTICLE_TEXT, BOILERPLATE, HEADLINE, PARAGRAPHS, news_page, pdf_with_text,
                            pdf_without_text, serve, word_file)

PDF_TEXT = "\n".join((HEADLINE,) + PARAGRAPHS) + "\n"
"""A PDF's text layer has line breaks, not paragraph gaps."""


def files_in(folder: Path) -> list[str]:
    """The names in a folder, sorted."""
    return sorted(p.name for p in folder.iterdir())


def sidecar(path: Path) -> dict[str, object]:
    """The provenance sidecar of an imported text."""
    return json.loads(path.with_name(path.name + ".provenance.json").read_text(encoding="utf-8"))


# ------------------------------------------------------------------ each format

def test_html_keeps_the_article_and_drops_the_page_furniture(tmp_path: Path) -> None:
    data = news_page()
    done = import_bytes(data, "waiting-times.html", tmp_path)
    assert done.text_path == tmp_path / "waiting-times.txt"
    assert done.text_path.read_text(encoding="utf-8") == ARTICLE_TEXT
    assert not any(words in ARTICLE_TEXT for words in BOILERPLATE)
    assert files_in(tmp_path) == ["waiting-times.html", "waiting-times.txt", "waiting-times.txt.provenance.json"]
    assert (tmp_path / "waiting-times.html").read_bytes() == data  # the original kept beside the text
    record = sidecar(done.text_path)
    assert record["tool"].startswith("trafilatura ") and record["format"] == "html"
    assert (record["origin"], record["sha256"], record["bytes"]) == ("waiting-times.html",
                                                                     hashlib.sha256(data).hexdigest(), len(data))
    assert record["text_file"] == "waiting-times.txt" and record["original_file"] == "waiting-times.html"
    assert time.strptime(record["imported_at"], "%Y-%m-%dT%H:%M:%SZ")


def test_an_imported_page_is_a_source_text_with_claims(tmp_path: Path) -> None:
    done = import_bytes(news_page("windows-1252"), "page.htm", tmp_path)
    claims = extract_claims(done.text_path)
    assert load_source(done.text_path).encoding == "utf-8"
    assert "Jane Doe" in claims["speaker"].tolist()


def test_pdf_text_layer(tmp_path: Path) -> None:
    done = import_bytes(pdf_with_text(), "report.pdf", tmp_path)
    assert done.text_path.read_text(encoding="utf-8") == PDF_TEXT
    assert sidecar(done.text_path)["tool"].startswith("pypdf ")
    assert files_in(tmp_path) == ["report.pdf", "report.txt", "report.txt.provenance.json"]


def test_docx_paragraphs(tmp_path: Path) -> None:
    done = import_bytes(word_file(), "statement.docx", tmp_path)
    assert done.text_path.read_text(encoding="utf-8") == ARTICLE_TEXT
    assert sidecar(done.text_path)["tool"].startswith("python-docx ")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_txt_in_any_encoding_the_reader_reads_is_saved_as_utf8(tmp_path: Path, encoding: str) -> None:
    original = tmp_path / "in" / "note.txt"
    original.parent.mkdir()
    original.write_bytes("The trust says costs fell by 5% – “a record”.\n".encode(encoding))
    done = import_file(original, tmp_path)
    assert done.text_path.read_bytes() == "The trust says costs fell by 5% – “a record”.\n".encode("utf-8")
    assert files_in(tmp_path) == ["in", "note.txt", "note.txt.provenance.json"]
    assert sidecar(done.text_path)["sha256"] == hashlib.sha256(original.read_bytes()).hexdigest()


def test_import_file_defaults_to_the_files_own_folder(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_bytes(news_page())
    done = import_file(tmp_path / "page.html")
    assert done.text_path == tmp_path / "page.txt"
    assert files_in(tmp_path) == ["page.html", "page.txt", "page.txt.provenance.json"]
    assert (sidecar(done.text_path)["original_file"], sidecar(done.text_path)["text_file"]) == ("page.html", "page.txt")


# ------------------------------------------------------------------ names and never overwriting

@pytest.mark.parametrize(("name", "stem"), [
    ("../../etc/passwd.html", "passwd"), ("..\\..\\windows\\evil.pdf", "evil"), (".hidden.html", "hidden"),
    ("Annual report (final).docx", "Annual_report_final"), ("???.html", "imported"), ("…….html", "html"),
    ("a" * 300 + ".txt", "a" * 80), ("a" * 79 + "_b.txt", "a" * 79), ("-" + "a" * 100 + ".txt", "a" * 80),
    ("X.pdf", "X"), ("XRAY report_.pdf", "XRAY_report"),
    ("rapport été.pdf", "rapport_ete"), ("x.verdicts.csv.html", "x.verdicts.csv")])
def test_untrusted_names_become_safe_stems(name: str, stem: str) -> None:
    assert save.safe_stem(name) == stem


@pytest.mark.parametrize(("name", "stem"), [
    ("naïve café.docx", "naive_cafe"), ("İstanbul.pdf", "Istanbul"), ("straße.txt", "straße"), ("Ærø.pdf", "Ærø"),
    ("新闻稿.pdf", "新闻稿"), ("Пресс-релиз.docx", "Пресс-релиз"), ("Ελληνικά.pdf", "Ελληνικά"),
    ("बयान.html", "बयान"), ("हिंदी.pdf", "हिंदी"), ("ٹیسٹ.pdf", "ٹیسٹ"), ("ﬁnal.pdf", "final")])
def test_names_in_other_scripts_keep_their_letters(name: str, stem: str) -> None:
    assert save.safe_stem(name) == stem


@pytest.mark.parametrize(("name", "stem"), [
    ("report\u202efdp.exe.pdf", "report_fdp.exe"), ("x\u200by.pdf", "x_y"), ("tab\there.txt", "tab_here"),
    ("\u0301\u0301x.pdf", "x"), ("\u0301ab.pdf", "ab"), ("\u0902ab.pdf", "ab"), ("\u202e.pdf", "imported")])
def test_invisible_and_control_characters_never_reach_a_file_name(name: str, stem: str) -> None:
    assert save.safe_stem(name) == stem


@pytest.mark.parametrize(("name", "stem"), [
    ("CON.html", "CON_file"), ("nul.pdf", "nul_file"), ("Com1.docx", "Com1_file"), ("LPT9.txt", "LPT9_file"),
    ("CONTRACT.pdf", "CONTRACT"), ("com10.pdf", "com10")])
def test_names_windows_reserves_for_devices_are_renamed(name: str, stem: str) -> None:
    assert save.safe_stem(name) == stem


def test_a_path_in_an_uploaded_name_never_leaves_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "texts"
    folder.mkdir()
    done = import_bytes(news_page(), "../../outside.html", folder)
    assert done.text_path == folder / "outside.txt"
    assert files_in(tmp_path) == ["texts"]


def test_nothing_is_overwritten_a_second_import_gets_a_new_name(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text("an analyst's own text\n", encoding="utf-8")
    first = import_bytes(news_page(), "page.html", tmp_path)
    second = import_bytes(news_page(), "page.html", tmp_path)
    assert (first.text_path.name, second.text_path.name) == ("page-2.txt", "page-3.txt")
    assert (tmp_path / "page.txt").read_text(encoding="utf-8") == "an analyst's own text\n"
    assert files_in(tmp_path) == ["page-2.html", "page-2.txt", "page-2.txt.provenance.json", "page-3.html",
                                  "page-3.txt", "page-3.txt.provenance.json", "page.txt"]


def test_a_new_text_never_inherits_the_verdicts_of_a_removed_one(tmp_path: Path) -> None:
    (tmp_path / "page.verdicts.csv").write_text("verdicts of a text deleted since\n", encoding="utf-8")
    assert import_bytes(news_page(), "page.html", tmp_path).text_path.name == "page-2.txt"


def test_a_name_taken_while_writing_is_not_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "taken.txt"
    target.write_text("first\n")
    with pytest.raises(FileExistsError):
        save.write_new(target, b"second\n")
    assert target.read_text() == "first\n" and files_in(tmp_path) == ["taken.txt"]


def test_the_sidecar_is_indented_utf8_json_and_names_no_original_for_a_text(tmp_path: Path) -> None:
    done = import_bytes("Le conseil a dit : « oui ».\n".encode("utf-8"), "déclaration.txt", tmp_path)
    raw = done.text_path.with_name("declaration.txt.provenance.json").read_text(encoding="utf-8")
    assert raw.startswith('{\n  "original_file": "",\n  "origin": "déclaration.txt",\n')
    assert (files_in(tmp_path), sidecar(done.text_path)["text_file"]) == (
        ["declaration.txt", "declaration.txt.provenance.json"], "declaration.txt")


def test_a_name_taken_by_another_import_meanwhile_moves_on_to_the_next(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    real = save.write_new

    def racing(path: Path, data: bytes) -> None:
        if path.name == "page.txt.provenance.json":
            (tmp_path / "page.txt").write_text("another analyst's import\n", encoding="utf-8")
        real(path, data)
    monkeypatch.setattr(save, "write_new", racing)
    done = import_bytes(news_page(), "page.html", tmp_path)
    assert (done.text_path.name, (tmp_path / "page.txt").read_text(encoding="utf-8")) == (
        "page-2.txt", "another analyst's import\n")
    assert files_in(tmp_path) == ["page-2.html", "page-2.txt", "page-2.txt.provenance.json", "page.txt"]


def test_a_failed_write_leaves_no_half_written_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = save.write_new

    def failing(path: Path, data: bytes) -> None:
        if path.suffix == ".txt":
            raise OSError(28, "No space left on device")
        real(path, data)
    monkeypatch.setattr(save, "write_new", failing)
    with pytest.raises(ImportFailed) as caught:
        import_bytes(news_page(), "page.html", tmp_path)
    assert str(caught.value) == (f"page.html: cannot be saved in {tmp_path} (No space left on device); free some "
                                 "space or pick a folder you can write to, then import it again")
    assert files_in(tmp_path) == []


# ------------------------------------------------------------------ bad input

@pytest.mark.parametrize(("name", "data", "says"), [
    ("empty.html", b"", "empty.html: the file is empty"),
    ("blank.txt", b"  \n\t\n", "blank.txt: the file is empty"),
    ("scan.pdf", None, "scan.pdf: the PDF has no text layer"),
    ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage", "broken.pdf: the PDF is damaged"),
    ("fake.pdf", b"<html>not a pdf</html>", "fake.pdf: is not a PDF"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "broken.docx: is not a readable Word (.docx) file"),
    ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old binary Word", "old.docx: is not a readable Word"),
    ("photo.html", b"<html><head><title>x</title></head><body><img src='a.png'></body></html>",
     "photo.html: no article text found"),
    ("binary.txt", b"abc\x00\x01\x02def", "binary.txt: contains NUL bytes"),
    ("sheet.xlsx", b"PK\x03\x04", "sheet.xlsx: the workbench reads .docx, .html, .pdf, .txt files"),
    ("noext", b"text", "noext: the workbench reads"),
])
def test_bad_files_get_an_error_naming_them_and_leave_nothing(tmp_path: Path, name: str, data: bytes | None,
                                                               says: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        import_bytes(pdf_without_text() if data is None else data, name, tmp_path)
    assert str(caught.value).startswith(says)
    assert files_in(tmp_path) == []


def test_an_empty_word_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"^empty\.docx: the Word file holds no text"):
        import_bytes(word_file(()), "empty.docx", tmp_path)


def test_a_word_file_that_unpacks_to_too_much_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("word/document.xml", b"\0" * 3_000_000)
    with pytest.raises(ImportFailed, match=r"^bomb\.docx: unpacks to more than 2 MB"):
        word.check_unpacked(buffer.getvalue(), "bomb.docx", limit=2 * 1024 * 1024)
    word.check_unpacked(word_file(), "fine.docx", limit=2 * 1024 * 1024)  # an ordinary file passes


def test_a_large_file_of_a_kind_the_workbench_cannot_read_names_the_kinds_first(tmp_path: Path) -> None:
    film = tmp_path / "briefing.mp4"
    with film.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(ImportFailed) as failure:
        import_file(film, tmp_path)
    assert str(failure.value) == ("briefing.mp4: the workbench reads .docx, .html, .pdf, .txt files; save the document "
                                  "as one of these")


def test_too_large_files_are_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ImportFailed, match=r"big\.txt: larger than 20 MB"):
        import_file(big, folder)
    with pytest.raises(ImportFailed, match=r"^upload\.txt: larger than 20 MB"):
        import_bytes(b"x" * (MAX_BYTES + 1), "upload.txt", folder)
    assert files_in(folder) == []


def test_a_text_already_in_the_folder_is_not_copied(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("The agency says it hired 10 people.\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"note\.txt: is already a source text in .*; open it in the app as it is"):
        import_file(tmp_path / "note.txt")
    assert files_in(tmp_path) == ["note.txt"]


def test_missing_file_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"nothing\.pdf: no such file"):
        import_file(tmp_path / "nothing.pdf", tmp_path)
    with pytest.raises(ImportFailed, match=r"nowhere: no such folder"):
        import_bytes(news_page(), "page.html", tmp_path / "nowhere")


# ------------------------------------------------------------------ web addresses, against a real local server

@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 serving the test pages, in a thread; yields its base URL."""
    with serve() as base:
        yield base


def test_a_news_url_is_imported_with_its_address_as_origin(server: str, tmp_path: Path) -> None:
    done = import_url(f"{server}/news/waiting-times", tmp_path)
    assert done.text_path.read_text(encoding="utf-8") == ARTICLE_TEXT
    assert files_in(tmp_path) == ["waiting-times.html", "waiting-times.txt", "waiting-times.txt.provenance.json"]
    assert sidecar(done.text_path)["origin"] == f"{server}/news/waiting-times"


@pytest.mark.parametrize(("path", "text"), [("/files/report", PDF_TEXT), ("/files/statement", ARTICLE_TEXT),
                                            ("/plain", "Plain words.\n")])
def test_the_format_comes_from_the_content_type_or_the_first_bytes(server: str, tmp_path: Path, path: str,
                                                                   text: str) -> None:
    done = import_url(server + path, tmp_path)
    assert done.text_path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(("path", "says"), [
    ("/gone", "the server answered 404"), ("/image.png", "is image/png, not a web page"),
    ("/to-file", "302 Found - Redirection to url 'file:///etc/passwd' is not allowed"),
    ("/to-ftp", "redirects to ftp://127.0.0.1/a.txt, which is not a web address"),
    ("/empty", "the file is empty")])
def test_failing_urls_get_an_error_naming_them(server: str, tmp_path: Path, path: str, says: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        import_url(server + path, tmp_path)
    assert says in str(caught.value) and (server + path in str(caught.value) or path.strip("/") in str(caught.value))
    assert files_in(tmp_path) == []


def test_a_slow_server_times_out(server: str, tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"/slow: cannot be fetched \(.*timed out"):
        import_url(f"{server}/slow", tmp_path, timeout=0.5)


def test_a_download_over_the_cap_is_refused(server: str) -> None:
    with pytest.raises(ImportFailed, match=r"/files/report: larger than 0 MB"):
        web.fetch(f"{server}/files/report", limit=100)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a.txt", "javascript:alert(1)",
                                 "http://", "example.org/page"])
def test_only_http_and_https_addresses(tmp_path: Path, url: str) -> None:
    with pytest.raises(ImportFailed, match="not a web address; give one starting with http:// or https://"):
        import_url(url, tmp_path)


def test_an_unreachable_host_is_named(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"^http://127\.0\.0\.1:9/x: cannot be fetched"):
        import_url("http://127.0.0.1:9/x", tmp_path, timeout=2)
