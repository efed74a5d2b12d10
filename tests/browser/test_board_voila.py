"""Accessibility of the board in Voila (where axe-core can see colour contrast): axe with each verdict active,
focus outlines, accessible names and states. Selectors are the classes documented in claims/board.py."""
from __future__ import annotations

import re
from pathlib import Path

import axe_playwright_python
import pytest
from playwright.sync_api import expect

from .harness import ACTIVE

pytestmark = pytest.mark.browser

AXE = Path(axe_playwright_python.__file__).parent / "axe.min.js"
"""axe-core as shipped by the pip package axe-playwright-python (no download at test time)."""
AXE_RUN = """async () => { const r = await axe.run(document.querySelector('.claims-board'),
  {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], resultTypes: ['violations']});
  return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)})); }"""
OUTLINE_JS = """() => { const s = getComputedStyle(document.activeElement);
  return [s.outlineStyle, s.outlineWidth, s.outlineColor, document.activeElement.className]; }"""


def rgb(text: str) -> tuple[float, ...]:
    """The red, green and blue of a CSS rgb()/rgba() colour, 0 to 255."""
    return tuple(float(x) for x in re.findall(r"[\d.]+", text)[:3])


def contrast(first: tuple[float, ...], second: tuple[float, ...]) -> float:
    """WCAG 2.1 contrast ratio of two colours."""
    def luminance(colour: tuple[float, ...]) -> float:
        linear = [c / 255 / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in colour]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def open_board(voila, page):
    """Open the app in Voila and return the board once its buttons can be clicked."""
    page.goto(f"{voila.base}/?token={voila.token}")
    board = page.locator(".claims-board")
    expect(board.locator(".claims-verdict-supported")).to_be_enabled(timeout=60_000)
    expect(board.locator(".claims-status")).to_have_attribute("role", re.compile("status|alert"))
    return board


def serious(page) -> list[str]:
    """axe-core's serious and critical violations on the board, one line each."""
    return [f"{v['id']} ({v['impact']}): {v['help']}: {v['nodes'][:3]}" for v in page.evaluate(AXE_RUN)
            if v["impact"] in ("serious", "critical")]


def test_axe_finds_no_serious_or_critical_violation_with_each_verdict_active(voila, page):
    board = open_board(voila, page)
    page.add_script_tag(path=str(AXE))
    found = {"no verdict": serious(page)}
    for verdict in ("supported", "disputed", "unverified"):
        board.locator(f".claims-verdict-{verdict}").click()
        expect(board.locator(f".claims-verdict-{verdict}")).to_have_class(ACTIVE)
        expect(board.locator(f".claims-verdict-{verdict}")).to_have_attribute("aria-pressed", "true")
        found[verdict] = serious(page)
    board.locator(".claims-dismiss").click()
    expect(board.locator(".claims-dismiss")).to_have_attribute("aria-pressed", "true")
    found["not a claim"] = serious(page)
    board.locator(".claims-head").click()  # keys live: the pane's highlight must pass too
    found["keys live"] = serious(page)
    for _ in range(4):  # leave the shared Voila workspace's verdict file as it was
        board.locator(".claims-undo").click()
    expect(board.locator(".claims-undo")).to_be_disabled()
    assert found == {state: [] for state in found}


def test_focus_outlines_are_2px_at_3_to_1(voila, page):
    board = open_board(voila, page)
    board.locator(".claims-filter-verdict select").focus()
    seen = {}
    for _ in range(14):
        page.keyboard.press("Tab")
        style, width, colour, name = page.evaluate(OUTLINE_JS)
        seen[name.split()[-1] if name else "?"] = (style, float(width.rstrip("px")), contrast(rgb(colour), (255, 255, 255)))
    assert {n: v for n, v in seen.items() if v[0] == "none" or v[1] < 2 or v[2] < 3} == {}
    assert "claims-keypad" in seen  # the key pad is on the Tab path


def test_boxes_and_cite_boxes_have_their_own_names(voila, page):
    board = open_board(voila, page)
    expect(board.locator(".claims-note textarea")).to_have_attribute("aria-label", "note on this claim")
    expect(board.locator(".claims-evidence textarea")).to_have_attribute("aria-label", "evidence for this claim")
    expect(board.locator(".claims-add-quote input")).to_have_attribute("aria-label", "quote the extractor missed")
    expect(board.locator(".claims-evidence-search input")).to_have_attribute("aria-label", "search the folder's texts")
    rows = board.locator("[class*='claims-passage-']:visible")
    names = [rows.nth(i).locator(".claims-cite input").get_attribute("aria-label") for i in range(rows.count())]
    texts = [" ".join(rows.nth(i).locator(".claims-passage").inner_text().split()) for i in range(rows.count())]
    assert len(names) >= 2 and len(set(names)) == len(names)
    assert all(name.startswith("cite: ") and name[6:46] in text for name, text in zip(names, texts))
