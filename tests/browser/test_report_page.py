"""The HTML report in Debian's chromium: hostile notes and sources run nothing, everything shows, nothing is fetched."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from claims import extract_claims
from claims.report_model import build_report
from claims.report_page import write_report
from conftest import ANNOUNCEMENT
from samples import HOSTILE
from verdict_rows import HOSTILE_NOTES, hostile_seed

pytestmark = pytest.mark.browser


@pytest.fixture
def offline(browser) -> Iterator[tuple[object, list[str]]]:
    """A page whose every request but the report file itself is recorded and refused."""
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    context.set_default_timeout(30_000)
    requests: list[str] = []

    def refuse(route) -> None:
        if route.request.url.startswith("file://") and route.request.url.endswith(".report.html"):
            route.continue_()
        else:
            requests.append(route.request.url)
            route.abort()

    context.route("**/*", refuse)
    page = context.new_page()
    page.on("request", lambda r: None if r.url.endswith(".report.html") else requests.append(r.url))
    yield page, requests
    context.close()


def test_the_seed_report_with_hostile_notes_runs_nothing_and_shows_everything(offline, tmp_path: Path) -> None:
    page, requests = offline
    source = hostile_seed(tmp_path, ANNOUNCEMENT)
    report = write_report(source, merged=True)
    page.goto(report.as_uri())
    page.wait_for_load_state("load")
    entries = build_report(source, merged=True).entries
    shown = page.inner_text("body")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("article.claim").count() == len(entries) == len(extract_claims(ANNOUNCEMENT))
    assert [e.claim in shown for e in entries] == [True] * len(entries)
    assert [note in shown for note in HOSTILE_NOTES] == [True] * len(HOSTILE_NOTES)
    assert (page.locator("script, img, iframe, link, a, object, embed").count(), requests) == (0, [])


def test_a_hostile_source_text_shows_as_text_and_prints_on_a4(offline, tmp_path: Path) -> None:
    page, requests = offline
    (tmp_path / "h.txt").write_text(HOSTILE, encoding="utf-8")
    page.goto(write_report(tmp_path / "h.txt").as_uri())
    page.wait_for_load_state("load")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert "<script>window.__pwned=2</script>" in page.inner_text(".source")
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 718, "height": 1000})  # A4 less the page margins, in CSS pixels
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    assert page.pdf(format="A4")[:5] == b"%PDF-"
    assert requests == []
