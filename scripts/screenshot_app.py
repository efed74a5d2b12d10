"""Take the README's picture of the app (docs/app.png) in a real Voila and chromium.

Starts Voila on 127.0.0.1 over a temporary copy of seeds/ and notebooks/ (the repo's seeds/ are never
written) serving notebooks/workbench.ipynb, opens it under an analyst's name (`?analyst=`), picks the
second text in the picker, marks its first claim disputed and waits until the verdict CSV holds it, so
the picker and the status line in the picture show a real save, then clicks "report for an editor" and
waits for the link to the report. Only the app is photographed.

    .venv/bin/python scripts/screenshot_app.py                     # writes docs/app.png
    .venv/bin/python scripts/screenshot_app.py --out /tmp/app.png --width 1200 --scale 2

Needs Debian's chromium (scripts/setup.sh --browser).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # the browser-test harness lives in tests/browser

from playwright.sync_api import expect, sync_playwright  # noqa: E402

from claims.store import verdicts_path  # noqa: E402
from tests.browser import harness  # noqa: E402
from tests.browser.harness import decisions  # noqa: E402

ANALYST = "a.analyst"
NOTEBOOK = "notebooks/workbench.ipynb"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line: where to write the picture, the browser's width and its pixel scale."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "app.png", help="the PNG to write")
    parser.add_argument("--width", type=int, default=1100, help="viewport width in CSS pixels (default 1100)")
    parser.add_argument("--scale", type=float, default=1, help="device pixels per CSS pixel (default 1)")
    return parser.parse_args(argv)


def review_second_text(page, workspace: Path) -> None:
    """Pick the second text, mark its first claim disputed, and wait for the verdict on disk."""
    app = page.locator(".claims-app")
    app.locator(".claims-picker select").select_option(index=1)
    second = sorted((workspace / "seeds").glob("*.txt"))[1]
    expect(app.locator(".claims-board .claims-status")).to_contain_text(verdicts_path(second).name)
    app.locator(".claims-board .claims-verdict-disputed").click()
    harness.wait_for_rows(verdicts_path(second), lambda rows: bool(decisions(rows)), "the verdict")
    expect(app.locator(".claims-board .claims-status")).to_contain_text("saved verdict 'disputed'")


def make_report(page) -> None:
    """Click the report button and wait for the line saying where the report went, with its link."""
    app = page.locator(".claims-app")
    app.locator(".claims-report-button").click()
    expect(app.locator(".claims-report-status a.claims-report-link")).to_be_visible()


def take(out: Path, width: int, scale: float) -> None:
    """Serve the app with Voila over a temporary workspace, review one claim and save the app's picture."""
    with tempfile.TemporaryDirectory(prefix="claims-screenshot-") as tmp:
        root = Path(tmp)
        env = harness.run_env(root)
        workspace = harness.copy_workspace(root / "voila")
        server = harness.start_voila(workspace / NOTEBOOK, env)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(harness.CHROMIUM),
                                                     args=harness.CHROMIUM_ARGS, headless=True, env=env)
                page = browser.new_page(viewport={"width": width, "height": 1600}, device_scale_factor=scale)
                page.set_default_timeout(60_000)
                page.goto(f"{server.base}/?token={server.token}&analyst={ANALYST}")
                expect(page.locator(".claims-app .claims-board .claims-verdict-disputed")).to_be_enabled()
                review_second_text(page, workspace)
                make_report(page)
                out.parent.mkdir(parents=True, exist_ok=True)
                harness.screenshot(page.locator(".claims-app"), out)
                browser.close()
        finally:
            harness.stop_process(server.proc)


def main(argv: list[str] | None = None) -> int:
    """Write the app's picture and say where."""
    args = parse_args(argv)
    take(args.out, args.width, args.scale)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
