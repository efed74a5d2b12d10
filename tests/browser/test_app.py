"""End to end through Voila: the app (notebooks/workbench.ipynb) picks a text, takes a name, saves a verdict,
imports files."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator

import pytest
from playwright.sync_api import expect

from claims.store import verdicts_path

from . import harness
from .harness import decisions, shown_claim_id

import importer_files  # noqa: E402  (tests/ is on sys.path through tests/conftest.py's rootdir)

pytestmark = pytest.mark.browser

NAME = "Ana Analyst"


@pytest.fixture(scope="module")
def app_server(chromium: Path, run_root: Path, run_env: dict[str, str]) -> Iterator[harness.Server]:
    """Voila serving its own workspace copy's notebooks/workbench.ipynb."""
    root = harness.copy_workspace(run_root / "voila-app")
    server = harness.start_voila(root / "notebooks" / "workbench.ipynb", run_env)
    yield server
    harness.stop_process(server.proc)


def open_app(page, server: harness.Server, query: str = "") -> None:
    """Open the app's page (Voila starts a kernel and runs the notebook) and wait for its picker."""
    page.goto(f"{server.base}/?token={server.token}{query}", timeout=90_000)  # Voila runs the notebook first
    expect(page.locator(".claims-app .claims-picker select")).to_be_visible(timeout=60_000)


def remembered(env: dict[str, str]) -> dict[str, str] | None:
    """The name remembered for the servers' OS user (their $XDG_CONFIG_HOME), or None."""
    path = Path(env["XDG_CONFIG_HOME"]) / "claims-workbench" / "analyst.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def upload_files(app, files: list[dict[str, object]]) -> None:
    """Click the app's upload button and choose files in the browser's file chooser, as a person does."""
    with app.page.expect_file_chooser() as chooser:
        app.locator(".claims-upload").click()
    chooser.value.set_files(files)


def test_pick_the_second_text_give_a_name_and_the_verdict_is_saved_under_it(app_server, page, run_env, timings):
    seeds = app_server.root / "seeds"
    second = sorted(seeds.glob("*.txt"))[1]
    csv_path = verdicts_path(second)
    open_app(page, app_server)
    app = page.locator(".claims-app")
    expect(app.locator(".claims-name-message")).to_contain_text("Type your name")
    expect(app.locator(".claims-board")).to_have_count(0)  # no board under nobody's name

    app.locator(".claims-picker select").select_option(index=1)
    expect(app.locator(".claims-picker select")).to_have_value(re.compile("^" + re.escape(second.name) + ":"))
    name = app.locator(".claims-name-input input")
    name.fill(NAME)
    name.press("Enter")
    disputed = app.locator(".claims-board .claims-verdict-disputed")
    expect(disputed).to_be_enabled(timeout=30_000)
    expect(app.locator(".claims-board .claims-status")).to_contain_text(csv_path.name)
    expect(app.locator(".claims-name-message")).to_contain_text(f"Reviewing as {NAME}")
    claim_id = shown_claim_id(page)

    disputed.click()
    rows = harness.wait_for_rows(csv_path, lambda rows: claim_id in decisions(rows), "the verdict")
    assert decisions(rows) == {claim_id: ("disputed", "", NAME)}
    expect(app.locator(".claims-picker select option").nth(1)).to_have_attribute(  # the text has no-break spaces
        "value", re.compile(rf"^{re.escape(second.name)}: 1 of \d+ reviewed, 1 disputed$"))
    assert not verdicts_path(sorted(seeds.glob("*.txt"))[0]).exists()
    # Voila serves one OS user to many people: the name is not remembered for the next visitor ...
    assert remembered(run_env) != {"analyst": NAME}
    bookmark = app.locator(".claims-name-message a.claims-bookmark")
    assert bookmark.get_attribute("href") == "?analyst=Ana%20Analyst"

    # ... but this visitor's bookmarked address opens the board under their name, with their progress
    open_app(page, app_server, "&analyst=Ana%20Analyst")
    expect(page.locator(".claims-app .claims-name-message")).to_contain_text(f"Reviewing as {NAME}")
    expect(page.locator(".claims-app .claims-board .claims-verdict-disputed")).to_be_enabled(timeout=30_000)
    expect(page.locator(".claims-app .claims-picker select option").nth(1)).to_have_attribute(
        "value", f"{second.name}: 1 reviewed, 1 disputed")  # not opened in this kernel: its claims not counted yet
    harness.save_screenshot(page.locator(".claims-app"))


def test_an_html_page_and_a_pdf_are_imported_through_the_upload(app_server, page):
    seeds = app_server.root / "seeds"
    open_app(page, app_server, "&analyst=importer")
    app = page.locator(".claims-app")
    expect(app.locator(".claims-board .claims-verdict-disputed")).to_be_enabled(timeout=30_000)
    upload_files(app, [
        {"name": "council-news.html", "mimeType": "text/html", "buffer": importer_files.news_page()},
        {"name": "annual report.pdf", "mimeType": "application/pdf", "buffer": importer_files.pdf_with_text()}])
    status = app.locator(".claims-import-status")
    expect(status).to_have_text("imported council-news.html as council-news.txt"
                                "imported annual report.pdf as annual_report.txt", timeout=30_000)
    assert (seeds / "council-news.txt").read_text(encoding="utf-8") == importer_files.ARTICLE_TEXT
    assert (seeds / "annual_report.txt").read_text(encoding="utf-8").startswith(importer_files.HEADLINE + "\n")
    assert (seeds / "annual_report.pdf").read_bytes()[:5] == b"%PDF-"
    options = app.locator(".claims-picker select option")
    expect(options).to_have_count(4)
    expect(app.locator(".claims-picker select")).to_have_value(re.compile(r"^annual_report\.txt:"))
    expect(app.locator(".claims-board .claims-status")).to_contain_text("annual_report.verdicts.csv")

    upload_files(app, [
        {"name": "scan.pdf", "mimeType": "application/pdf", "buffer": importer_files.pdf_without_text()}])
    expect(status).to_contain_text("not imported: scan.pdf: the PDF has no text layer", timeout=30_000)
    expect(options).to_have_count(4)


def test_in_jupyterlab_the_name_is_asked_once_and_remembered_for_this_user(workspace, open_notebook, run_env):
    profile = Path(run_env["XDG_CONFIG_HOME"]) / "claims-workbench" / "analyst.json"
    profile.unlink(missing_ok=True)
    notebook = open_notebook(workspace / "notebooks" / "workbench.ipynb")
    notebook.run_all()
    app = notebook.page.locator(".claims-app")
    name = app.locator(".claims-name-input input")
    name.fill("Lab Person")
    name.press("Enter")
    expect(app.locator(".claims-board .claims-verdict-supported")).to_be_enabled(timeout=30_000)
    assert remembered(run_env) == {"analyst": "Lab Person"}

    notebook.page.evaluate("() => document.querySelector('.claims-app').setAttribute('data-before-restart', '')")
    notebook.restart_run_all()
    fresh = notebook.page.locator(".claims-app:not([data-before-restart])")
    expect(fresh.locator(".claims-board .claims-verdict-supported")).to_be_enabled(timeout=60_000)  # no question
    expect(fresh.locator(".claims-name-message")).to_contain_text("Reviewing as Lab Person")
    assert notebook.errors_raised() == [] and notebook.page_errors == []
    profile.unlink()


def test_the_report_button_writes_the_report_and_its_link_opens_it(app_server, page, tmp_path):
    seeds = app_server.root / "seeds"
    first = sorted(seeds.glob("*.txt"))[0]
    open_app(page, app_server, "&analyst=Rita%20Reporter")
    app = page.locator(".claims-app")
    supported = app.locator(".claims-board .claims-verdict-supported")
    expect(supported).to_be_enabled(timeout=30_000)
    claim_id = shown_claim_id(page)
    supported.click()
    harness.wait_for_rows(verdicts_path(first), lambda rows: claim_id in decisions(rows), "the verdict")

    app.locator(".claims-report-button").click()
    written = seeds / f"{first.stem}.Rita_Reporter.report.html"
    status = app.locator(".claims-report-status")
    expect(status).to_contain_text(f"Report written to ../seeds/{written.name}", timeout=60_000)  # from notebooks/
    link = status.locator("a.claims-report-link")
    with page.expect_download() as download:
        link.click()
    assert download.value.suggested_filename == written.name
    saved = tmp_path / written.name
    download.value.save_as(saved)
    assert saved.read_bytes() == written.read_bytes()

    report = page.context.new_page()
    report.goto(saved.as_uri())
    expect(report.locator("h1")).to_have_text(f"Claims in {first.name}")
    expect(report.locator("header .meta").first).to_have_text("Verdicts: Rita Reporter's verdicts.")
    expect(report.locator("#claims")).to_contain_text("Rita Reporter")
    report.close()


def test_the_report_controls_are_named_by_their_words_alone(app_server, page):
    open_app(page, app_server, "&analyst=Nia%20Named")
    app = page.locator(".claims-app")
    expect(app.locator(".claims-board .claims-verdict-supported")).to_be_enabled(timeout=30_000)
    expect(app.get_by_role("button", name="report for an editor", exact=True)).to_be_visible()
    expect(app.locator(".claims-report-scope label")).to_have_text("whose verdicts")


def test_in_jupyterlab_the_report_link_downloads_the_report(workspace, open_notebook, run_env, tmp_path):
    profile = Path(run_env["XDG_CONFIG_HOME"]) / "claims-workbench" / "analyst.json"
    profile.unlink(missing_ok=True)
    first = sorted((workspace / "seeds").glob("*.txt"))[0]
    notebook = open_notebook(workspace / "notebooks" / "workbench.ipynb")
    notebook.run_all()
    page, app = notebook.page, notebook.page.locator(".claims-app")
    name = app.locator(".claims-name-input input")
    name.fill("Lab Reporter")
    name.press("Enter")
    supported = app.locator(".claims-board .claims-verdict-supported")
    expect(supported).to_be_enabled(timeout=30_000)
    claim_id = shown_claim_id(page)
    supported.click()
    harness.wait_for_rows(verdicts_path(first), lambda rows: claim_id in decisions(rows), "the verdict")

    app.locator(".claims-report-button").click()
    written = first.with_name(f"{first.stem}.Lab_Reporter.report.html")
    status = app.locator(".claims-report-status")
    expect(status).to_contain_text(f"Report written to ../seeds/{written.name}", timeout=60_000)
    with page.expect_download() as download:
        status.locator("a.claims-report-link").click()
    saved = tmp_path / "downloaded.html"
    download.value.save_as(saved)
    assert (download.value.suggested_filename, saved.read_bytes()) == (written.name, written.read_bytes())
    assert notebook.errors_raised() == [] and notebook.page_errors == []
    profile.unlink()


HIDE_JS = "() => Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'hidden'})"
"""Make a page a background tab: the browser says it is hidden, so its board sends no tick."""


def test_a_background_tab_on_the_same_text_never_silently_replaces_the_first_tab_s_work(app_server, page):
    first = sorted((app_server.root / "seeds").glob("*.txt"))[0]
    csv_path, name = verdicts_path(first), "Two Tabs"
    open_app(page, app_server, "&analyst=Two%20Tabs")
    other = page.context.new_page()
    open_app(other, app_server, "&analyst=Two%20Tabs")
    mine, theirs = page.locator(".claims-board"), other.locator(".claims-board")
    claim_id = shown_claim_id(page)
    assert shown_claim_id(other) == claim_id
    other.evaluate(HIDE_JS)

    mine.locator(".claims-verdict-supported").click()
    harness.wait_for_rows(csv_path, lambda rows: claim_id in decisions(rows), "the first tab's verdict")
    theirs.locator(".claims-verdict-disputed").click()  # the second tab still shows the claim as not reviewed
    expect(theirs.locator(".claims-status")).to_contain_text(
        "another window or analyst changed claim 1 just now (it is supported now): your 'disputed' was not saved")
    expect(theirs.locator(".claims-quote")).to_contain_text("· supported ·")
    assert decisions(harness.read_rows(csv_path))[claim_id] == ("supported", "", name)

    note = mine.locator(".claims-note textarea")
    note.fill("checked the inspection report, p. 4 (s, d, 1, 2)")
    mine.locator(".claims-quote").click()  # leaving the box saves the note
    harness.wait_for_rows(csv_path, lambda rows: decisions(rows)[claim_id][1] != "", "the first tab's note")
    theirs.locator(".claims-note textarea").fill("asked the council's press office")
    theirs.locator(".claims-quote").click()
    both = "checked the inspection report, p. 4 (s, d, 1, 2)\n\nasked the council's press office"
    harness.wait_for_rows(csv_path, lambda rows: decisions(rows)[claim_id][1] == both, "both notes")
    expect(theirs.locator(".claims-note textarea")).to_have_value(both)
    expect(theirs.locator(".claims-status")).to_contain_text("saved a note on claim 1 while you typed: both are kept")
    other.close()


def test_a_half_typed_correction_is_not_dropped_silently_by_next_or_another_text(app_server, page):
    texts = sorted((app_server.root / "seeds").glob("*.txt"))
    open_app(page, app_server, "&analyst=Half%20Typed")
    app = page.locator(".claims-app")
    board = app.locator(".claims-board")
    claim_id = shown_claim_id(page)
    board.locator(".claims-edit .jupyter-widget-Collapse-header, .claims-edit .lm-Collapse-header").first.click()
    statement = board.locator(".claims-edit-claim textarea")
    statement.fill("Reworded by hand: s d u 1 2 3 n p")  # review keys typed in a box stay text
    board.locator(".claims-next").click()
    expect(board.locator(".claims-status")).to_contain_text(
        "claim 1 has an unsaved correction (statement): press save correction to keep it, or do that again to drop it")
    assert shown_claim_id(page) == claim_id
    expect(statement).to_have_value("Reworded by hand: s d u 1 2 3 n p")

    picker = app.locator(".claims-picker select")
    picker.select_option(index=1)
    expect(board.locator(".claims-status")).to_contain_text("or pick the other text again to drop it")
    expect(picker).to_have_value(re.compile("^" + re.escape(texts[0].name) + ":"))
    expect(statement).to_have_value("Reworded by hand: s d u 1 2 3 n p")
    picker.select_option(index=1)
    expect(app.locator(".claims-board .claims-status")).to_contain_text(verdicts_path(texts[1]).name)


JUPYTERLAB_KEYS = ("Escape", "d", "d", "b", "a", "m", "1", "n", "Shift+Enter")
"""Keys that change cells in JupyterLab's command mode (d d deletes the cell that holds the app)."""


def test_in_jupyterlab_keys_on_the_app_s_own_controls_never_change_the_notebook(workspace, open_notebook, run_env):
    profile = Path(run_env["XDG_CONFIG_HOME"]) / "claims-workbench" / "analyst.json"
    profile.unlink(missing_ok=True)
    notebook = open_notebook(workspace / "notebooks" / "workbench.ipynb")
    notebook.run_all()
    page, app = notebook.page, notebook.page.locator(".claims-app")
    cells, types = harness.cell_count(page), notebook.cell_types()

    def press_on(selector: str) -> None:
        app.locator(selector).focus()
        for key in JUPYTERLAB_KEYS:
            page.keyboard.press(key)
        assert (harness.cell_count(page), notebook.cell_types()) == (cells, types), selector

    press_on(".claims-name-save")  # before any board exists: the name prompt alone
    name = app.locator(".claims-name-input input")
    name.fill("Key Tester")
    name.press("Enter")
    expect(app.locator(".claims-board .claims-verdict-supported")).to_be_enabled(timeout=30_000)
    for selector in (".claims-picker select", ".claims-name-change", ".claims-report-button",
                     ".claims-url-import", ".claims-overview-button"):
        press_on(selector)
    expect(app).to_have_count(1)
    assert notebook.errors_raised() == [] and notebook.page_errors == []
    profile.unlink()
