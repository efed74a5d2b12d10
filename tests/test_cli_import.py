"""`python -m claims import` and `python -m claims overview`, through main() as a user runs them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.cli import main

from conftest import ANNOUNCEMENT, REPORT
from importer_files import ARTICLE_TEXT, news_page, serve, word_file


def test_import_a_file_into_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "in" / "statement.docx").write_bytes(word_file())
    assert main(["import", str(tmp_path / "in" / "statement.docx"), "--folder", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert out == (f"imported statement.docx as {tmp_path / 'out' / 'statement.txt'} ({len(ARTICLE_TEXT):,} "
                   "characters); provenance in statement.txt.provenance.json\n")
    assert (tmp_path / "out" / "statement.txt").read_text(encoding="utf-8") == ARTICLE_TEXT


def test_import_without_folder_writes_beside_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "page.html").write_bytes(news_page())
    assert main(["import", str(tmp_path / "page.html")]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html", "page.txt", "page.txt.provenance.json"]


def test_import_a_url_into_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    with serve() as base:
        assert main(["import", f"{base}/news/waiting-times"]) == 0
        assert main(["import", f"{base}/gone"]) == 2
    captured = capsys.readouterr()
    assert captured.out.startswith(f"imported {base}/news/waiting-times as waiting-times.txt (")
    assert captured.err == f"error: {base}/gone: the server answered 404 Not Found; check the address\n"
    assert (tmp_path / "waiting-times.txt").read_text(encoding="utf-8") == ARTICLE_TEXT


@pytest.mark.parametrize(("args", "says"), [
    (["import", "missing.pdf"], "error: missing.pdf: no such file; check the path and the file name\n"),
    (["import", "notes.odt"], "error: notes.odt: the workbench reads .docx, .html, .pdf, .txt files; "
                              "save the document as one of these\n"),
    (["import", "ftp://example.org/a.txt"],
     "error: ftp://example.org/a.txt: not a web address; give one starting with http:// or https://\n"),
    (["import", "https://example.org/a", "--folder", "no/such/folder"],
     "error: no/such/folder: no such folder; create it or pass --folder with an existing folder\n")])
def test_import_errors_are_one_line(args: list[str], says: str, capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.odt").write_bytes(b"PK\x03\x04 an OpenDocument file")  # there, in a format not read
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith(says) and captured.err.count("\n") == 1 and captured.out == ""


def test_overview_prints_texts_and_totals(seeds_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["overview", str(seeds_copy)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[:2] for line in lines[1:3]] == [[REPORT.name, "18"], [ANNOUNCEMENT.name, "31"]]
    assert lines[-1] == ("all: 2 texts, 49 claims, 0 reviewed, 0 supported, 0 disputed, 0 unverified, "
                         "0 dismissed, 0 orphans, 0 conflicts")


def test_overview_as_json(seeds_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["overview", str(seeds_copy), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["text"], r["analyst"], r["claims"]) for r in rows] == [(REPORT.name, "", 18),
                                                                      (ANNOUNCEMENT.name, "", 31)]


def test_overview_of_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["overview", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err == (f"error: {tmp_path / 'nowhere'}: no such folder; give the folder that "
                                       "holds the source texts (.txt)\n")


def test_overview_of_an_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["overview", str(tmp_path)]) == 1
    assert capsys.readouterr().err == f"no source texts (*.txt) in {tmp_path}\n"


def test_import_of_an_upper_case_txt_beside_itself_makes_the_source_text(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "NEWS.TXT").write_bytes(ANNOUNCEMENT.read_bytes())
    assert main(["import", str(tmp_path / "NEWS.TXT")]) == 0
    assert (sorted(p.name for p in tmp_path.iterdir()), (tmp_path / "NEWS.txt").read_text(encoding="utf-8")) == (
        ["NEWS.TXT", "NEWS.txt", "NEWS.txt.provenance.json"], ANNOUNCEMENT.read_text(encoding="utf-8") + "\n")


@pytest.mark.parametrize(("name", "make", "problem"), [
    ("press", "folder", "is a folder; name a file inside it"),
    ("press.docx", "folder", "is a folder; name a file inside it"),
    ("statment.xyz", "", "no such file; check the path and the file name"),  # a typo is named before the suffix
])
def test_import_of_a_folder_or_a_missing_file_says_so_before_the_suffix(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, make: str, problem: str) -> None:
    target = tmp_path / name
    if make == "folder":
        target.mkdir()
    assert main(["import", str(target)]) == 2
    assert capsys.readouterr().err == f"error: {target}: {problem}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ([name] if make else [])
