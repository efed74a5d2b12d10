"""Take the README's picture of the report (docs/report.png): the seed announcement, two analysts, one settlement.

Copies the announcement and the bundled example verdict files (notebooks/examples/) into a temporary
folder (the repo is never written), settles one of the analysts' disagreements as the reviewer
`editor`, writes the final report with `claims.report_page.write_report`, opens it in Debian's chromium
and photographs the top of the page.

    .venv/bin/python scripts/report_screenshot.py                 # writes docs/report.png
    .venv/bin/python scripts/report_screenshot.py --out /tmp/r.png --height 1600
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from playwright.sync_api import sync_playwright  # noqa: E402

from claims.adjudication import final_path, settle  # noqa: E402
from claims.compare import compare  # noqa: E402
from claims.report_page import write_report  # noqa: E402
from tests.browser.harness import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

SOURCE = "001_171feed66f9bd120.txt"
NOTE = "The 2016 inspection letter still rates the service as requiring improvement; the claim overstates it."


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line: where to write the picture and the viewport's size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "report.png", help="the PNG to write")
    parser.add_argument("--width", type=int, default=1000, help="viewport width in CSS pixels (default 1000)")
    parser.add_argument("--height", type=int, default=1300, help="viewport height in CSS pixels (default 1300)")
    return parser.parse_args(argv)


def sample_report(folder: Path) -> Path:
    """Write the final report of the announcement with the examples' verdicts and one settlement; return it."""
    shutil.copy2(REPO / "seeds" / SOURCE, folder / SOURCE)
    for path in (REPO / "notebooks" / "examples").glob("*.verdicts.csv"):
        shutil.copy2(path, folder / path.name)
    [comparison] = compare(folder)
    first = comparison.disputes[0]
    settle(comparison.verdicts, first.claim_id, "disputed", path=final_path(folder / SOURCE), reviewer="editor",
           note=NOTE)
    return write_report(folder / SOURCE, final=True)


def main(argv: list[str] | None = None) -> int:
    """Write the report in a temporary folder and photograph it."""
    args = parse_args(argv)
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        report = sample_report(Path(folder))
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": args.width, "height": args.height})
        page.goto(report.as_uri())
        args.out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.out))
        browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
