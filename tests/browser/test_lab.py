"""End to end in JupyterLab: board.ipynb run in a real chromium, clicks and keys saved to the verdict CSV.

Selectors are the CSS classes documented in claims/board.py's docstring.
"""
from __future__ import annotations

import re
import time
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import expect

from claims.store import verdicts_path

from . import harness
from .harness import ACTIVE, ANALYST, decisions, shown_claim_id, source_of

pytestmark = pytest.mark.browser

NOTE = '-12% complaints is not in the Ofsted letter: "pace remains slow";\nask the council, p. 2'
"""A note with a formula start, quotes, a semicolon, a comma and a newline: all must reach the CSV intact."""
HOSTILE_TEXT = (
    'The Agency claims that it cut waiting times <img src=x onerror="window.__pwned=1"> by half in 2023.\n\n'
    '"We hired 200 new nurses <script>window.__pwned=2</script> this year," said Jane Doe, the director.\n')
IMG_PAYLOAD = '<img src=x onerror="window.__pwned=1">'
SCRIPT_PAYLOAD = "<script>window.__pwned=2</script>"


def open_and_run(open_notebook, notebook: Path, timings: dict[str, float] | None = None) -> harness.LabNotebook:
    """Open a notebook, run all cells and wait until the board's buttons can be clicked; time it if asked."""
    started = time.perf_counter()
    lab_notebook = open_notebook(notebook)
    if timings is not None:
        timings["lab_open_to_idle_kernel_s"] = time.perf_counter() - started
    started = time.perf_counter()
    lab_notebook.start("notebook:run-all-cells")
    expect(lab_notebook.page.locator(".claims-board .claims-verdict-disputed")).to_be_enabled(timeout=60_000)
    if timings is not None:
        timings["lab_run_all_to_clickable_board_s"] = time.perf_counter() - started
    lab_notebook.wait_done()
    assert lab_notebook.errors_raised() == []
    assert lab_notebook.page_errors == []  # no uncaught exception in the page
    return lab_notebook


def test_click_and_note_are_saved_and_shown_again_after_a_kernel_restart(workspace, open_notebook, timings):
    notebook = workspace / "notebooks" / "board.ipynb"
    csv_path = verdicts_path(source_of(notebook))
    nb = open_and_run(open_notebook, notebook, timings)
    page, board = nb.page, nb.page.locator(".claims-board")
    first_id = shown_claim_id(page)

    started = time.perf_counter()
    board.locator(".claims-verdict-disputed").click()
    harness.wait_for_rows(csv_path, lambda rows: decisions(rows).get(first_id, ("",))[0] == "disputed", "disputed")
    timings["lab_click_to_verdict_on_disk_s"] = time.perf_counter() - started
    expect(board.locator(".claims-verdict-disputed")).to_have_class(ACTIVE)
    expect(board.locator(".claims-status")).to_contain_text("saved verdict 'disputed'")
    expect(board.locator(".claims-status")).to_contain_text(csv_path.name)

    note = board.locator(".claims-note textarea")
    note.click()
    note.press_sequentially(NOTE)  # typed key by key, like an analyst (Enter makes the newline)
    started = time.perf_counter()
    note.press("Tab")  # leave the box: the note is saved when it loses focus
    rows = harness.wait_for_rows(csv_path, lambda rows: decisions(rows).get(first_id, ("", ""))[1] == NOTE, "the note")
    timings["lab_note_blur_to_disk_s"] = time.perf_counter() - started
    assert decisions(rows) == {first_id: ("disputed", NOTE, ANALYST)}
    [row] = [r for r in rows if r["claim_id"] == first_id]
    expect(board.locator(".claims-quote")).to_contain_text(str(row["claim"]))  # the board showed the saved claim
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"'-12%" in raw  # Excel-friendly BOM; the formula neutralised

    page.evaluate("() => document.querySelector('.claims-board').setAttribute('data-before-restart', '')")
    started = time.perf_counter()
    nb.restart_run_all()
    fresh = page.locator(".claims-board:not([data-before-restart])")
    expect(fresh.locator(".claims-verdict-disputed")).to_be_enabled(timeout=60_000)
    timings["lab_restart_run_all_to_clickable_board_s"] = time.perf_counter() - started
    expect(page.locator(".claims-board")).to_have_count(1)  # the old board is gone: this one is the new kernel's
    assert nb.errors_raised() == []
    assert shown_claim_id(page) != first_id  # it opens at the first claim not reviewed yet
    expect(fresh.locator(".claims-counts")).to_contain_text(re.compile(r"^1 of \d+ reviewed .*disputed 1 "))
    fresh.locator(".claims-prev").click()
    expect(fresh.locator(".claims-quote")).to_contain_text(f"id {first_id}")
    expect(fresh.locator(".claims-verdict-disputed")).to_have_class(ACTIVE)
    expect(fresh.locator(".claims-verdict-supported")).not_to_have_class(ACTIVE)
    expect(fresh.locator(".claims-note textarea")).to_have_value(NOTE)
    harness.save_screenshot(fresh)


def test_hostile_source_text_is_shown_as_text_and_runs_no_script(workspace, open_notebook):
    (workspace / "seeds" / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    notebook = workspace / "notebooks" / "board.ipynb"
    first = nbformat.read(notebook, as_version=4).cells[0].source
    harness.set_first_cell(notebook, re.sub(r'^SOURCE\s*=.*$', 'SOURCE = "../seeds/hostile.txt"', first, flags=re.M))
    nb = open_and_run(open_notebook, notebook)
    page, board = nb.page, nb.page.locator(".claims-board")

    quote, seen = board.locator(".claims-quote"), {}
    for _ in range(4):  # walk the board over the claims that carry the payloads
        claim_id = shown_claim_id(page)
        seen[claim_id] = quote.inner_text()
        if all(payload in "".join(seen.values()) for payload in (IMG_PAYLOAD, SCRIPT_PAYLOAD)):
            break
        board.locator(".claims-next").click()
        expect(quote).not_to_contain_text(f"id {claim_id}")
    shown = "\n".join(seen.values())
    assert IMG_PAYLOAD in shown and SCRIPT_PAYLOAD in shown, shown
    table = page.locator(".jp-OutputArea-output table").first  # the styled claims table
    assert IMG_PAYLOAD in table.inner_text() and SCRIPT_PAYLOAD in table.inner_text()
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.locator(".jp-Notebook img[src='x']").count() == 0
    assert page.evaluate("() => [...document.scripts].filter(s => s.text.includes('__pwned')).length") == 0
