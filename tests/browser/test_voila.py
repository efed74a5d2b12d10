"""End to end through Voila: board.ipynb served as an app, a click saved to the verdict CSV."""
from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import expect

from claims.store import verdicts_path

from . import harness
from .harness import ACTIVE, ANALYST, decisions, shown_claim_id, source_of

pytestmark = pytest.mark.browser


def test_supported_click_in_voila_is_saved(voila, page, timings):
    csv_path = verdicts_path(source_of(voila.root / "notebooks" / "board.ipynb"))
    started = time.perf_counter()
    page.goto(f"{voila.base}/?token={voila.token}")  # Voila runs the whole notebook for this page
    supported = page.locator(".claims-board .claims-verdict-supported")
    expect(supported).to_be_enabled(timeout=60_000)
    timings["voila_open_to_clickable_board_s"] = time.perf_counter() - started
    claim_id = shown_claim_id(page)

    started = time.perf_counter()
    supported.click()
    rows = harness.wait_for_rows(csv_path, lambda rows: claim_id in decisions(rows), "the verdict")
    timings["voila_click_to_verdict_on_disk_s"] = time.perf_counter() - started
    assert decisions(rows)[claim_id] == ("supported", "", ANALYST)  # (other Voila tests share this file)
    expect(supported).to_have_class(ACTIVE)
    expect(page.locator(".claims-board .claims-status")).to_contain_text(re.compile(
        rf"saved verdict 'supported' .* to .*{re.escape(csv_path.name)}"))
    assert page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").all_inner_texts() == []
