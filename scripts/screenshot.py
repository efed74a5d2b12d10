"""Take the README's picture of the review board (docs/board.png) in a real JupyterLab and chromium.

Starts JupyterLab on 127.0.0.1 over a temporary copy of seeds/ and notebooks/ (the repo's seeds/ are
never written), runs the one-text board notebook the harness writes there (tests/board_notebook.py; the
repository's own notebook is the app), and then does what an analyst would on one of the
council's own listed claims: picks it in the board's claim dropdown, clicks `disputed`, types a note
and ticks the cite box of the Ofsted passage. Each step waits until the verdict CSV holds it, so the
status line in the picture shows a real save. Only the board is photographed.

    .venv/bin/python scripts/screenshot.py                       # writes docs/board.png
    .venv/bin/python scripts/screenshot.py --out /tmp/board.png --width 1200 --scale 2

Needs Debian's chromium (scripts/setup.sh --browser). Exit status 1, naming what was missing, when the
claim or the passage to cite is not on the board (the extractor or the ranking changed).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # the browser-test harness lives in tests/browser

from playwright.sync_api import Locator, expect, sync_playwright  # noqa: E402

from claims.store import verdicts_path  # noqa: E402
from tests.browser import harness  # noqa: E402
from tests.browser.harness import decisions, source_of  # noqa: E402

ANALYST = "a.analyst"
CLAIM = "Norfolk County Council: Michael’s legacy includes improvements"
"""The start of the claim's entry in the board's claim dropdown (speaker: claim)."""
PASSAGE = "the overall pace of improvement remains slow"
"""Words of the evidence passage to cite (the Ofsted letter as the other source reports it)."""
NOTE = ("Overstated: the Ofsted letter in 000 finds only signs of improvement in social care, at a slow pace; on "
        "education 000 only reports school support found 'ineffective' in 2013. Ask the council for the Ofsted data.")
NOTEBOOK = "notebooks/board.ipynb"
"""Written into the temporary copy by harness.copy_workspace."""


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line: where to write the picture, the browser's width and its pixel scale."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "board.png", help="the PNG to write")
    parser.add_argument("--width", type=int, default=1100, help="viewport width in CSS pixels (default 1100)")
    parser.add_argument("--scale", type=float, default=1, help="device pixels per CSS pixel (default 1)")
    return parser.parse_args(argv)


def pick_claim(board: Locator, start: str) -> None:
    """Choose the claim whose dropdown entry contains `start` in the board's claim dropdown."""
    select = board.locator(".claims-jump select")
    labels = [label for label in select.evaluate("s => [...s.options].map(o => o.value)") if start in label]
    if not labels:
        raise SystemExit(f"no claim in the board's dropdown contains {start!r}: change CLAIM in {__file__}")
    select.select_option(value=labels[0])  # the option's text has &nbsp; for spaces; its value has plain ones
    expect(board.locator(".claims-quote")).to_contain_text(start.split(": ", 1)[1])


def cite_passage(board: Locator, words: str) -> None:
    """Tick the cite box of the shown evidence passage that contains `words`."""
    rows = board.locator("[class*='claims-passage-']").filter(has_text=words)
    if rows.count() == 0:
        raise SystemExit(f"no evidence passage on the board contains {words!r}: change PASSAGE in {__file__}")
    rows.first.locator(".claims-cite input[type=checkbox]").check()


def review_claim(board: Locator, csv_path: Path) -> None:
    """Pick the claim, mark it disputed, write the note and cite the passage, waiting for each save on disk."""
    pick_claim(board, CLAIM)
    board.locator(".claims-verdict-disputed").click()
    harness.wait_for_rows(csv_path, lambda rows: "disputed" in {v for v, _, _ in decisions(rows).values()},
                          "the verdict")
    note = board.locator(".claims-note textarea")
    note.click()
    note.press_sequentially(NOTE)  # typed key by key: ipywidgets syncs a typed note on blur, not a filled one
    note.press("Tab")  # the note is saved when the box loses focus
    harness.wait_for_rows(csv_path, lambda rows: NOTE in {n for _, n, _ in decisions(rows).values()}, "the note")
    cite_passage(board, PASSAGE)
    harness.wait_for_rows(csv_path, lambda rows: any(r["evidence"] for r in rows), "the citation")
    expect(board.locator(".claims-status")).to_contain_text("saved citation")


def take(out: Path, width: int, scale: float) -> None:
    """Run the notebook in JupyterLab over a temporary workspace, review one claim and save the board's picture."""
    with tempfile.TemporaryDirectory(prefix="claims-screenshot-") as tmp:
        root = Path(tmp)
        env = dict(harness.run_env(root), CLAIMS_ANALYST=ANALYST)
        harness.write_lab_settings(Path(env["JUPYTERLAB_SETTINGS_DIR"]))
        workspace = harness.copy_workspace(root / "lab")
        server = harness.start_lab(workspace, env)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(harness.CHROMIUM),
                                                     args=harness.CHROMIUM_ARGS, headless=True, env=env)
                page = browser.new_page(viewport={"width": width, "height": 1600}, device_scale_factor=scale)
                page.set_default_timeout(60_000)
                notebook = harness.LabNotebook(page, server, NOTEBOOK)
                notebook.open()
                page.evaluate("() => window.jupyterapp.commands.execute('application:toggle-left-area')")
                notebook.run_all()
                board = page.locator(".claims-board")
                expect(board.locator(".claims-verdict-disputed")).to_be_enabled()
                review_claim(board, verdicts_path(source_of(workspace / NOTEBOOK)))
                out.parent.mkdir(parents=True, exist_ok=True)
                harness.screenshot(board, out)
                browser.close()
        finally:
            harness.stop_lab(server)


def main(argv: list[str] | None = None) -> int:
    """Write the board's picture and say where."""
    args = parse_args(argv)
    take(args.out, args.width, args.scale)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
