"""The app, driven headlessly like a widget frontend would: name, picker, board swap, progress, import, overview."""
from __future__ import annotations

import base64
import datetime
import html
import os
import re
from pathlib import Path

import pytest

import claims
from claims import load_verdicts, verdicts_path
from claims.model import ClaimsError
from claims.profile import ProfileError, saved_analyst
from claims.workbench import Workbench, shown_path, text_label

from conftest import ANNOUNCEMENT, REPORT
from importer_files import ARTICLE_TEXT, news_page, pdf_with_text, serve


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real profile, and none runs as if served by Voila unless it says so."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("QUERY_STRING", raising=False)
    monkeypatch.delenv("SCRIPT_NAME", raising=False)
    monkeypatch.delenv("VOILA_BASE_URL", raising=False)
    return tmp_path / "config"


def labels(app: Workbench) -> list[str]:
    """The picker's entries."""
    return [label for label, _ in app.picker.options]


def upload(name: str, data: bytes) -> dict[str, object]:
    """One file as ipywidgets 8's FileUpload reports it."""
    return {"name": name, "type": "", "size": len(data), "content": memoryview(data),
            "last_modified": datetime.datetime(2026, 11, 30, tzinfo=datetime.timezone.utc)}


def test_first_use_asks_for_a_name_and_shows_no_board(seeds_copy: Path) -> None:
    app = claims.app(seeds_copy)
    assert (app.board, app.analyst, app.name_row.layout.display) == (None, None, None)
    assert labels(app) == [f"{REPORT.name}: 0 reviewed, 0 disputed", f"{ANNOUNCEMENT.name}: 0 reviewed, 0 disputed"]
    assert "Give your name" in app.slot.children[0].value


def test_a_name_opens_the_board_and_is_remembered_outside_voila(seeds_copy: Path) -> None:
    app = claims.app(seeds_copy)
    app.name_input.value = "Ana Analyst"
    assert app.board is not None and app.board.session.analyst == "Ana Analyst"
    assert (app.board.session.source, app.name_row.layout.display) == (seeds_copy / REPORT.name, "none")
    assert saved_analyst() == "Ana Analyst"
    assert claims.app(seeds_copy).analyst == "Ana Analyst"  # the next time, no question


def test_in_voila_the_name_comes_from_the_address_and_is_not_remembered(seeds_copy: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCRIPT_NAME", "/")
    monkeypatch.setenv("QUERY_STRING", "token=t")
    app = claims.app(seeds_copy)
    app.set_name("Bo")
    assert (app.analyst, saved_analyst()) == ("Bo", None)
    assert "href='?analyst=Bo'" in app.name_message.value
    monkeypatch.setenv("QUERY_STRING", "token=t&analyst=Cy")
    assert claims.app(seeds_copy).board.session.analyst == "Cy"


def test_changing_the_name_reopens_the_board_under_the_new_one(seeds_copy: Path) -> None:
    app = claims.app(seeds_copy, analyst="Ana")
    first = app.board
    app.name_change.click()
    assert app.name_row.layout.display is None
    app.name_input.value = "Ana"  # the same name: the board stays, the row hides again
    assert (app.board, app.name_row.layout.display) == (first, "none")
    app.name_change.click()
    app.name_input.value = "Bo"
    assert app.board is not first and app.board.session.analyst == "Bo"
    assert (app.name_row.layout.display, saved_analyst()) == ("none", "Bo")


def test_a_bad_name_is_refused_with_a_message(seeds_copy: Path) -> None:
    app = claims.app(seeds_copy)
    app.set_name("a\nb")
    assert (app.board, app.analyst) == (None, None)
    assert "contains a control character" in app.name_message.value
    with pytest.raises(ProfileError):
        Workbench(seeds_copy, analyst="a\tb")
    assert "your name &#x27;a\\tb&#x27; contains a control character" in claims.app(seeds_copy, analyst="a\tb").value


def test_picking_a_text_swaps_the_board_and_verdicts_go_beside_that_text(seeds_copy: Path) -> None:
    app = claims.app(seeds_copy, analyst="Ana")
    app.picker.value = str(seeds_copy / ANNOUNCEMENT.name)
    board = app.board
    assert app.slot.children == (board,) and board.session.source == seeds_copy / ANNOUNCEMENT.name
    claim_id = board.session.cursor
    board.verdict_buttons["disputed"].click()
    rows = load_verdicts(verdicts_path(seeds_copy / ANNOUNCEMENT.name))
    assert rows[["claim_id", "verdict", "analyst"]].to_dict("records") == [
        {"claim_id": claim_id, "verdict": "disputed", "analyst": "Ana"}]
    assert labels(app) == [f"{REPORT.name}: 0 of 18 reviewed, 0 disputed",
                           f"{ANNOUNCEMENT.name}: 1 of 31 reviewed, 1 disputed"]
    assert app.picker.value == str(seeds_copy / ANNOUNCEMENT.name) and app.board is board


def test_picking_another_text_with_an_unsaved_correction_asks_once_then_drops_it(seeds_copy: Path) -> None:
    app = claims.app(seeds_copy, analyst="Ana")
    board, first = app.board, app.picker.value
    board.edit_claim.value = "Reworded by hand."
    board.next_button.click()  # warned about the draft on a move to the next claim, not yet on another text
    app.picker.value = str(seeds_copy / ANNOUNCEMENT.name)
    assert (app.board, app.picker.value, board.edit_claim.value) == (board, first, "Reworded by hand.")
    assert board.notice is not None and board.notice.text == (
        "claim 1 has an unsaved correction (statement): press save correction to keep it, or pick the other text "
        "again to drop it")
    app.picker.value = str(seeds_copy / ANNOUNCEMENT.name)
    assert app.board is not board and app.board.session.source == seeds_copy / ANNOUNCEMENT.name


def test_progress_shown_is_the_analysts_own(seeds_copy: Path) -> None:
    claims.app(seeds_copy, analyst="Ana").board.verdict_buttons["supported"].click()
    assert labels(claims.app(seeds_copy, analyst="Bo"))[0] == f"{REPORT.name}: 0 of 18 reviewed, 0 disputed"
    assert labels(claims.app(seeds_copy, analyst="Ana"))[0] == f"{REPORT.name}: 1 of 18 reviewed, 0 disputed"


def test_uploads_are_imported_and_the_last_one_opened(seeds_copy: Path) -> None:
    app = claims.app(seeds_copy, analyst="Ana")
    app.upload.value = (upload("news.html", news_page()), upload("scan.pdf", b"%PDF-1.4 broken"),
                        upload("../report.pdf", pdf_with_text()))
    assert app.import_status.value == (
        "imported news.html as news.txt<br><span class='claims-error'>not imported: scan.pdf: the PDF is damaged "
        "and cannot be read; download or export it again</span><br>imported ../report.pdf as report.txt")
    assert app.board.session.source == seeds_copy / "report.txt"
    assert (seeds_copy / "news.txt").read_text(encoding="utf-8") == ARTICLE_TEXT
    assert [label.split(":")[0] for label in labels(app)] == [REPORT.name, ANNOUNCEMENT.name, "news.txt", "report.txt"]
    assert app.upload.value == ()


def test_a_web_address_is_imported_and_opened(seeds_copy: Path) -> None:
    app = claims.app(seeds_copy, analyst="Ana")
    with serve() as base:
        app.url.value = f"{base}/news/waiting-times"
        app.url_import.click()
    assert app.import_status.value == f"imported {base}/news/waiting-times as waiting-times.txt"
    assert (app.board.session.source, app.url.value) == (seeds_copy / "waiting-times.txt", "")
    assert (seeds_copy / "waiting-times.txt").read_text(encoding="utf-8") == ARTICLE_TEXT


def test_a_bad_address_is_reported_not_raised(seeds_copy: Path) -> None:
    app = claims.app(seeds_copy, analyst="Ana")
    app.url.value = "file:///etc/passwd"
    app.url_import.click()
    assert app.import_status.value == ("<span class='claims-error'>not imported: file:///etc/passwd: not a web "
                                       "address; give one starting with http:// or https://</span>")


def test_a_text_that_cannot_be_read_is_said_in_place_of_the_board(seeds_copy: Path) -> None:
    (seeds_copy / "0000_empty.txt").write_text("", encoding="utf-8")
    app = claims.app(seeds_copy, analyst="Ana")
    assert app.board is None
    assert app.slot.children[0].value.startswith("<p>Cannot open 0000_empty.txt: ")
    app.picker.value = str(seeds_copy / REPORT.name)
    assert app.board.session.source == seeds_copy / REPORT.name


def test_an_empty_folder_says_to_import(tmp_path: Path) -> None:
    app = claims.app(tmp_path, analyst="Ana")
    assert (app.board, labels(app)) == (None, [])
    assert "No source texts (.txt) in" in app.slot.children[0].value


def test_the_overview_with_a_binary_text_in_the_folder_says_which_file_not_nothing(seeds_copy: Path) -> None:
    (seeds_copy / "scan.txt").write_bytes(bytes(range(256)) * 4)
    app = claims.app(seeds_copy, analyst="Ana")
    app.overview_button.click()
    assert app.overview.value == (f"<p class='claims-error'>No overview: {seeds_copy / 'scan.txt'}: contains NUL "
                                  "bytes, so it is binary, not text; export the document as plain text (UTF-8) and "
                                  "try again</p>")


def test_the_address_box_has_a_name_besides_its_placeholder(seeds_copy: Path) -> None:
    app = claims.app(seeds_copy, analyst="Ana")
    assert (app.url.description, app.url.placeholder) == ("web address", "https://... a press release or article")


def test_a_missing_folder_is_one_line_in_place_of_the_app(tmp_path: Path) -> None:
    shown = claims.app(tmp_path / "nowhere")
    assert shown.value == (f"<p class='claims-error'>The workbench cannot open: {tmp_path / 'nowhere'}: no such "
                           "folder; give the folder that holds the source texts (.txt)</p>")
    assert "claims-app-error" in shown._dom_classes
    with pytest.raises(ClaimsError, match=r"nowhere: no such folder; give the folder that holds the source texts"):
        Workbench(tmp_path / "nowhere")


def test_overview_is_escaped_html(seeds_copy: Path) -> None:
    app = claims.app(seeds_copy, analyst="<b>Ana</b>")
    app.board.verdict_buttons["supported"].click()
    app.overview_button.click()
    assert "&lt;b&gt;Ana&lt;/b&gt;" in app.overview.value and "<b>Ana</b>" not in app.overview.value
    assert labels(app) == [f"{REPORT.name}: 1 of 18 reviewed, 0 disputed",
                           f"{ANNOUNCEMENT.name}: 0 of 31 reviewed, 0 disputed"]  # every text counted now


def test_text_label() -> None:
    assert text_label({"text": "a.txt", "claims": None, "reviewed": 2, "disputed": 1}) == \
        "a.txt: 2 reviewed, 1 disputed"
    assert text_label({"text": "a.txt", "claims": 9, "reviewed": 2, "disputed": 0, "problem": "x"}) == \
        "a.txt: 2 of 9 reviewed, 0 disputed (verdict file damaged)"


# ---------------------------------------------------------------- the report for an editor

def report_link(app: Workbench) -> tuple[str, bytes]:
    """The download name and the bytes the status's link carries (a data: address)."""
    found = re.search(r"download='([^']*)' href='data:text/html;base64,([A-Za-z0-9+/=]*)'", app.report_status.value)
    assert found, app.report_status.value
    return found.group(1), base64.b64decode(found.group(2))


def test_the_report_button_writes_the_analysts_report_and_links_to_it(seeds_copy: Path) -> None:
    app = claims.app(seeds_copy, analyst="Ana <b>")
    app.board.verdict_buttons["disputed"].click()
    app.report_button.click()
    out = seeds_copy / f"{REPORT.stem}.Ana_b_.report.html"
    assert (app.report_scope.layout.display, [p.name for p in seeds_copy.glob("*.report.html")]) == (
        "none", [out.name])
    assert app.report_status.value.startswith(f"Report written to <code>{html.escape(str(out.resolve()))}</code>. ")
    assert report_link(app) == (out.name, out.read_bytes())
    assert "Ana &lt;b&gt;&#x27;s verdicts" in out.read_text(encoding="utf-8")


def test_the_report_offers_merged_and_final_when_there_are_several_analysts(seeds_copy: Path) -> None:
    claims.app(seeds_copy, analyst="Bo").board.verdict_buttons["supported"].click()
    app = claims.app(seeds_copy, analyst="Ana")
    assert (app.report_scope.layout.display, app.report_scope.options) == (
        None, (("your verdicts (Ana)", "mine"), ("every analyst, merged", "merged")))
    app.report_scope.value = "merged"
    app.report_button.click()
    assert report_link(app)[0] == f"{REPORT.stem}.merged.report.html"
    (seeds_copy / f"{REPORT.stem}.final.csv").write_text("", encoding="utf-8")
    app.picker.value = str(seeds_copy / ANNOUNCEMENT.name)
    app.picker.value = str(seeds_copy / REPORT.name)
    assert [scope for _, scope in app.report_scope.options] == ["mine", "merged", "final"]
    assert app.report_status.value == ""


def test_a_report_that_cannot_be_made_is_said_not_raised(seeds_copy: Path) -> None:
    app = claims.app(seeds_copy, analyst="Ana")
    app.report_button.click()
    assert (app.report_status.value, list(seeds_copy.glob("*.report.html"))) == (
        f"<span class='claims-error'>No report: {html.escape(str(seeds_copy / REPORT.name), quote=True)}: no verdicts "
        "by analyst &#x27;Ana&#x27;; the analysts are: nobody yet</span>", [])


def test_without_a_board_the_report_button_is_disabled(seeds_copy: Path) -> None:
    app = claims.app(seeds_copy)
    assert (app.report_button.disabled, app.make_report(), app.report_scope.layout.display) == (True, None, "none")


def test_a_report_near_the_notebook_is_shown_from_its_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "notebooks" / "deep").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "notebooks")
    report = tmp_path / "seeds" / "a.report.html"
    assert (shown_path(report), shown_path(Path("x.html"))) == (os.path.join("..", "seeds", "a.report.html"), "x.html")
    monkeypatch.chdir(tmp_path / "notebooks" / "deep")
    assert shown_path(report) == str(report)


def test_a_damaged_file_of_another_analyst_leaves_the_own_report(seeds_copy: Path) -> None:
    (seeds_copy / f"{REPORT.stem}.bo.verdicts.csv").write_text("not,a,verdict,file\n", encoding="utf-8")
    app = claims.app(seeds_copy, analyst="Ana")
    assert (app.board is not None, app.report_scope.options, app.report_scope.layout.display) == (
        True, (("your verdicts", "mine"),), "none")
