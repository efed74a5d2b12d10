"""Confirming a flagged speaker in the board in JupyterLab: the warning gives way to a quiet note, the filter of
speakers to check counts down, and the confirmation is still there after a kernel restart. Selectors are the
classes documented in claims/board.py."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from claims.store import verdicts_path

from board_notebook import write_board_notebook

from . import harness
from .harness import ANALYST
from .test_lab import open_and_run

pytestmark = pytest.mark.browser

TEXT = ("Minister Jo Bloggs said the plan \"is working well for every family\".\n\n"
        "Figures published by Brightway plc in its annual report show that costs fell by a tenth.\n\n"
        "Acme Water said that leaks fell by a fifth and bills will stay flat.\n")
"""A person who says (not flagged), then two organisations (flagged: often wrong on unseen texts)."""


def test_a_confirmed_speaker_loses_its_warning_leaves_the_filter_and_stays_confirmed(workspace, open_notebook):
    source = workspace / "seeds" / "confirm.txt"
    source.write_text(TEXT, encoding="utf-8")
    nb = open_and_run(open_notebook, write_board_notebook(workspace / "notebooks", source="../seeds/confirm.txt"))
    page, board = nb.page, nb.page.locator(".claims-board")
    to_check = board.locator(".claims-filter-check")
    expect(to_check).to_contain_text("⚠ speakers to check (2)")
    expect(board.locator(".claims-confirm-speaker")).to_be_hidden()  # the person is not flagged

    board.locator(".claims-next").click()
    expect(board.locator(".claims-quote")).to_contain_text("Speaker: Brightway plc")
    expect(board.locator(".claims-quote .claims-check")).to_contain_text("⚠ check the speaker")
    board.locator(".claims-confirm-speaker").click()
    expect(board.locator(".claims-quote .claims-checked")).to_have_text(f"✓ speaker checked by {ANALYST}")
    expect(board.locator(".claims-quote .claims-check")).to_have_count(0)
    expect(board.locator(".claims-confirm-speaker")).to_be_hidden()
    rows = harness.wait_for_rows(verdicts_path(source), lambda rows: len(rows) == 1, "the confirmation")
    assert [(r["speaker"], r["analyst"], r["verdict"], r["speaker_checked"]) for r in rows] == [
        ("Brightway plc", ANALYST, "", "yes")]

    expect(to_check).to_contain_text("⚠ speakers to check (1)")
    to_check.locator("input").check()
    expect(board.locator(".claims-quote")).to_contain_text("Speaker: Acme Water")
    expect(board.locator(".claims-quote")).to_contain_text("(1 shown by the filters;")
    expect(board.locator(".claims-jump select option")).to_have_count(1)

    page.evaluate("() => document.querySelector('.claims-board').setAttribute('data-before-restart', '')")
    nb.restart_run_all()
    fresh = page.locator(".claims-board:not([data-before-restart])")
    expect(fresh.locator(".claims-verdict-disputed")).to_be_enabled(timeout=60_000)
    assert nb.errors_raised() == []
    expect(fresh.locator(".claims-filter-check")).to_contain_text("⚠ speakers to check (1)")
    fresh.locator(".claims-next").click()
    expect(fresh.locator(".claims-quote")).to_contain_text("Speaker: Brightway plc")
    expect(fresh.locator(".claims-quote .claims-checked")).to_have_text(f"✓ speaker checked by {ANALYST}")
    expect(fresh.locator(".claims-quote .claims-check")).to_have_count(0)
