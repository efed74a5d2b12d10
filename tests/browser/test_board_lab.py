"""The board in JupyterLab as an analyst uses it: deliberate keys, typing while the pointer moves, Tab, the
status line, live views, another window, the screen size. Selectors are the classes documented in claims/board.py."""
from __future__ import annotations

import re
import statistics
import time

import pytest
from playwright.sync_api import expect

from claims.session import ReviewSession
from claims.store import conflicts_path, verdicts_path

from . import harness
from .harness import ACTIVE, ANALYST, LIVE, decisions, shown_claim_id, source_of
from .test_lab import open_and_run

pytestmark = pytest.mark.browser

QUIET = 1.0
"""Seconds to wait for something that must NOT happen (a verdict saved, a claim changed) before checking."""


def notebook_of(workspace):
    """The workbench notebook of a test's workspace and its verdict CSV."""
    notebook = workspace / "notebooks" / "board.ipynb"
    return notebook, verdicts_path(source_of(notebook))


def test_keys_act_only_after_a_click_on_the_claim_and_never_reach_jupyterlab(workspace, open_notebook, timings):
    notebook, csv_path = notebook_of(workspace)
    nb = open_and_run(open_notebook, notebook)
    page, board = nb.page, nb.page.locator(".claims-board")
    pane, first = board.locator(".claims-keys"), shown_claim_id(page)

    pane.locator(".claims-head").hover()  # the pointer over the claim is not a deliberate act
    page.keyboard.press("1")  # (this key goes to JupyterLab, which has the focus: the board ignores it)
    page.wait_for_timeout(QUIET * 1000)
    expect(pane).not_to_have_class(LIVE)
    expect(board.locator(".claims-keypad")).to_contain_text("Keys off")
    assert decisions(harness.read_rows(csv_path)) == {} and shown_claim_id(page) == first
    cells, types = harness.cell_count(page), nb.cell_types()

    pane.locator(".claims-head").click()
    expect(pane).to_have_class(LIVE)
    expect(board.locator(".claims-keypad")).to_contain_text("Keys live")
    ids, expected, moves = [], {}, []
    for step, (key, verdict) in enumerate([("1", "supported"), ("2", "disputed"), ("3", "unverified")]):
        if step:
            moves.append(harness.timed(page, ".claims-board .claims-quote", lambda: page.keyboard.press("n")))
        ids.append(shown_claim_id(page))
        page.keyboard.press(key)
        expected[ids[-1]] = (verdict, "", ANALYST)
        harness.wait_for_rows(csv_path, lambda rows: decisions(rows) == expected, f"key {key}")
        expect(board.locator(f".claims-verdict-{verdict}")).to_have_class(ACTIVE)
    for _ in range(6):
        moves.append(harness.timed(page, ".claims-board .claims-quote", lambda: page.keyboard.press("p")))
        moves.append(harness.timed(page, ".claims-board .claims-quote", lambda: page.keyboard.press("n")))
    timings["lab_key_to_redraw_median_s"] = statistics.median(moves)
    page.keyboard.press("x")  # not a claim, then undo it
    expect(board.locator(".claims-dismiss")).to_have_class(re.compile(r"\bmod-active\b"))
    page.keyboard.press("z")
    expect(board.locator(".claims-dismiss")).not_to_have_class(re.compile(r"\bmod-active\b"))
    assert decisions(harness.read_rows(csv_path)) == expected and len(set(ids)) == 3

    board.locator(".claims-next").focus()  # JupyterLab's command keys on a focused board button: b, d d, 1
    for key in ("b", "d", "d", "a", "m", "Shift+Enter"):
        page.keyboard.press(key)
    page.keyboard.press("Escape")
    expect(pane).not_to_have_class(LIVE)
    page.keyboard.press("2")
    page.wait_for_timeout(QUIET * 1000)
    assert harness.cell_count(page) == cells and nb.cell_types() == types
    assert decisions(harness.read_rows(csv_path)) == expected  # Esc turned the keys off

    page.locator(".jp-Notebook .jp-Cell").first.locator(".jp-InputPrompt").click()  # the control: with the
    page.keyboard.press("b")  # notebook focused the same key does reach JupyterLab
    expect(page.locator(".jp-Notebook .jp-Cell")).to_have_count(cells + 1)


def test_typing_a_note_while_the_pointer_sweeps_over_the_claim_records_no_verdict_and_does_not_move(
        workspace, open_notebook):
    notebook, csv_path = notebook_of(workspace)
    nb = open_and_run(open_notebook, notebook)
    page, board = nb.page, nb.page.locator(".claims-board")
    first, note = shown_claim_id(page), board.locator(".claims-note textarea")
    pane = board.locator(".claims-keys").bounding_box()
    text = "n2p check the figure 1 3 u x z n"
    note.click()
    for i, char in enumerate(text):
        page.keyboard.type(char)
        page.mouse.move(pane["x"] + 10 + (i * 37) % int(pane["width"] - 20), pane["y"] + 10 + (i * 23) % int(pane["height"] - 20))
    expect(board.locator(".claims-keys")).not_to_have_class(LIVE)
    note.press("Tab")
    rows = harness.wait_for_rows(csv_path, lambda rows: decisions(rows).get(first, ("", ""))[1] == text, "the note")
    page.wait_for_timeout(QUIET * 1000)
    assert decisions(harness.read_rows(csv_path)) == {first: ("", text, ANALYST)} == decisions(rows)
    assert shown_claim_id(page) == first
    expect(note).to_have_value(text)


def test_tab_reaches_the_key_pad_which_makes_keys_live(workspace, open_notebook):
    notebook, csv_path = notebook_of(workspace)
    nb = open_and_run(open_notebook, notebook)
    page, board = nb.page, nb.page.locator(".claims-board")
    first = shown_claim_id(page)
    board.locator(".claims-jump select").focus()
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('claims-keypad')"):
            break
    else:
        pytest.fail("Tab never reached the key pad")
    expect(board.locator(".claims-keys")).to_have_class(LIVE)
    page.keyboard.press("3")
    harness.wait_for_rows(csv_path, lambda rows: decisions(rows) == {first: ("unverified", "", ANALYST)}, "key 3")
    expect(board.locator(".claims-verdict-unverified")).to_have_attribute("aria-pressed", "true")
    expect(board.locator(".claims-verdict-supported")).to_have_attribute("aria-pressed", "false")


def test_the_status_line_keeps_its_height_so_nothing_below_it_moves(workspace, open_notebook):
    notebook, _ = notebook_of(workspace)
    nb = open_and_run(open_notebook, notebook)
    board = nb.page.locator(".claims-board")

    def top() -> float:
        """Where the claim pane starts, from the board's top."""
        return board.locator(".claims-keys").bounding_box()["y"] - board.bounding_box()["y"]
    tops = [top()]
    board.locator(".claims-add-quote input").fill("a quote that is nowhere in the text " * 8)
    board.locator(".claims-add").click()
    expect(board.locator(".claims-status")).to_contain_text("✖ error")
    tops.append(top())
    board.locator(".claims-verdict-supported").click()
    expect(board.locator(".claims-status")).to_contain_text("✔ success")
    tops.append(top())
    assert len(set(tops)) == 1, tops
    before = board.locator(".claims-status").bounding_box()["y"]
    nb.page.evaluate("() => document.querySelector('.jp-WindowedPanel-outer').scrollBy(0, 500)")  # scroll down
    nb.page.wait_for_timeout(300)
    assert board.bounding_box()["y"] < before - 400  # the board moved up...
    keys, status = board.locator(".claims-keys").bounding_box(), board.locator(".claims-status").bounding_box()
    assert keys["y"] + keys["height"] < status["y"]  # the claim pane is scrolled away above the status line,
    status = board.locator(".claims-status").bounding_box()
    assert 0 <= status["y"] and status["y"] + status["height"] <= nb.page.viewport_size["height"]  # stays in view


def test_clicks_redraw_fast_and_the_status_line_says_what_happened(workspace, open_notebook, timings):
    notebook, csv_path = notebook_of(workspace)
    nb = open_and_run(open_notebook, notebook)
    page, board = nb.page, nb.page.locator(".claims-board")
    status = board.locator(".claims-status")
    clicks = []
    for verdict in ("supported", "disputed", "unverified", "supported", "disputed", "unverified") * 2:
        button = board.locator(f".claims-verdict-{verdict}")
        clicks.append(harness.timed(page, f".claims-board .claims-verdict-{verdict}", button.click, classes=True))
    timings["lab_click_to_redraw_median_s"] = statistics.median(clicks)
    expect(status).to_have_attribute("role", "status")
    expect(status).to_contain_text("✔ success: saved verdict 'unverified'")
    board.locator(".claims-add-quote input").fill("a quote that is nowhere in the text")
    board.locator(".claims-add").click()
    expect(status).to_have_attribute("role", "alert")
    expect(status).to_contain_text("✖ error: not done:")
    board.locator(".claims-verdict-supported").click()
    expect(status).to_have_attribute("role", "status")
    expect(status).to_contain_text("✔ success")  # the old error is gone
    board.locator(".claims-filter-verdict select").select_option("dismissed")
    expect(status).to_contain_text("⚠ warning: no claim matches these filters")
    expect(board.locator(".claims-quote")).to_contain_text("No claim matches these filters")
    colours = {level: status.locator(f".claims-status-{level}").count() for level in ("warning",)}
    assert colours == {"warning": 1}


def test_live_views_follow_decisions_and_another_window_without_conflict(workspace, open_notebook):
    notebook, csv_path = notebook_of(workspace)
    nb = open_and_run(open_notebook, notebook)
    page, board = nb.page, nb.page.locator(".claims-board")
    first = shown_claim_id(page)
    board.locator(".claims-verdict-disputed").click()
    expect(board.locator(".claims-chart")).to_have_attribute("aria-label", re.compile(r"disputed 1,"))
    expect(board.locator(".claims-table-current")).to_contain_text("disputed")

    other = ReviewSession(source_of(notebook), ANALYST)  # a second window of the same analyst
    other.go(other.view()[5])
    other.record("unverified")
    status = board.locator(".claims-status")
    expect(status).to_contain_text("changed by another window or analyst", timeout=10_000)  # the timer noticed
    expect(board.locator(".claims-chart")).to_have_attribute("aria-label", re.compile(r"unverified 1,"))
    board.locator(".claims-next").click()
    board.locator(".claims-verdict-supported").click()
    expect(status).to_contain_text("✔ success: saved verdict 'supported'")
    rows = decisions(harness.read_rows(csv_path))
    assert {c: v for c, (v, _, _) in rows.items()} == {first: "disputed", other.cursor: "unverified",
                                                        shown_claim_id(page): "supported"}
    assert not conflicts_path(csv_path).exists()


def test_seven_rounds_of_verdict_undo_note_and_verdict_record_seven_verdicts_and_no_conflict(
        workspace, open_notebook):
    notebook, csv_path = notebook_of(workspace)
    nb = open_and_run(open_notebook, notebook)
    page, board = nb.page, nb.page.locator(".claims-board")
    expected = {}
    for round_ in range(7):
        claim_id = shown_claim_id(page)
        board.locator(".claims-verdict-supported").click()
        board.locator(".claims-undo").click()
        note = board.locator(".claims-note textarea")
        note.click()
        note.press_sequentially(f"round {round_}")
        board.locator(".claims-verdict-disputed").click()  # straight after typing: the note's save races the click
        expected[claim_id] = ("disputed", f"round {round_}", ANALYST)
        harness.wait_for_rows(csv_path, lambda rows: decisions(rows).get(claim_id) == expected[claim_id], "round")
        expect(board.locator(".claims-status")).not_to_contain_text("another version")
        board.locator(".claims-next").click()
        expect(board.locator(".claims-quote")).not_to_contain_text(f"id {claim_id}", timeout=15_000)
    assert decisions(harness.read_rows(csv_path)) == expected
    assert not conflicts_path(csv_path).exists()


def test_at_1366x768_the_board_is_in_view_after_run_all_and_needs_no_scrolling(workspace, browser, lab):
    notebook, _ = notebook_of(workspace)
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    context.set_default_timeout(30_000)
    try:
        nb = harness.LabNotebook(context.new_page(), lab, notebook.relative_to(lab.root).as_posix())
        nb.open()
        nb.run_all()
        board = nb.page.locator(".claims-board")
        nb.page.wait_for_timeout(2000)  # let JupyterLab finish its own scrolling after Run All
        parts = {"status": board.locator(".claims-status"), "claim": board.locator(".claims-quote .claims-text"),
                 "quote": board.locator(".claims-context"), "note": board.locator(".claims-note textarea"),
                 **{v: board.locator(f".claims-verdict-{v}") for v in ("supported", "disputed", "unverified")},
                 "not a claim": board.locator(".claims-dismiss"), "next": board.locator(".claims-next")}
        assert {name: harness.in_viewport(part) for name, part in parts.items()} == {name: True for name in parts}
    finally:
        context.close()
        harness.shutdown_kernels(lab)
