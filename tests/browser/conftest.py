"""Fixtures for the end-to-end tests: one JupyterLab, one Voila and one chromium per session, on loopback.

Every server, kernel and the browser keep their settings, workspaces and runtime files in one
temporary folder; each test works on its own copy of seeds/ and notebooks/ so that verdict files
never leak from one test into another (and never into the repo's seeds/).
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Callable, Iterator

import pytest

from . import harness

TIMINGS: dict[str, float] = {}
"""Seconds measured by the tests (for issue 5's benchmarks), printed at the end and saved as JSON."""


def pytest_terminal_summary(terminalreporter) -> None:
    """Print the browser timings measured in this run, if any."""
    if TIMINGS:
        terminalreporter.write_sep("-", "browser timings (s)")
        for name, seconds in sorted(TIMINGS.items()):
            terminalreporter.write_line(f"{name:40} {seconds:7.3f}")


def ci_requested() -> bool:
    """Tell whether the environment variable CI asks for a CI run (CI=true, CI=1, ...)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's chromium; skip without it, except under CI where a missing browser is a failure."""
    if harness.CHROMIUM.is_file():
        return harness.CHROMIUM
    reason = f"{harness.CHROMIUM} is missing: apt-get install -y chromium (never `playwright install`)"
    if ci_requested():
        pytest.fail(f"{reason}; CI is set, so the browser tests must run")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def run_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's temporary folder holding servers' roots, settings, runtime files and logs."""
    root = tmp_path_factory.mktemp("browser")
    harness.write_lab_settings(root / ".jl-settings")
    return root


@pytest.fixture(scope="session")
def run_env(run_root: Path) -> dict[str, str]:
    """Environment for the servers, their kernels and chromium, confined to `run_root`."""
    return harness.run_env(run_root)


@pytest.fixture(scope="session")
def timings() -> Iterator[dict[str, float]]:
    """Record named durations; at the end, write them as JSON to $CLAIMS_BROWSER_TIMINGS if it is set."""
    yield TIMINGS
    target = os.environ.get("CLAIMS_BROWSER_TIMINGS")
    if target and TIMINGS:
        Path(target).write_text(json.dumps({k: round(v, 4) for k, v in sorted(TIMINGS.items())}, indent=2) + "\n",
                                encoding="utf-8")


@pytest.fixture(scope="session")
def lab(chromium: Path, run_root: Path, run_env: dict[str, str]) -> Iterator[harness.Server]:
    """A JupyterLab server whose root holds one workspace folder per test."""
    root = run_root / "lab"
    root.mkdir()
    server = harness.start_lab(root, run_env)
    yield server
    harness.stop_lab(server)


@pytest.fixture(scope="session")
def browser(chromium: Path, run_env: dict[str, str]):
    """A headless Debian chromium driven by Playwright."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(chromium), args=harness.CHROMIUM_ARGS,
                                              headless=True, env=run_env)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    """A fresh browser page (own context, so no state is shared between tests)."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    context.set_default_timeout(30_000)
    yield context.new_page()
    context.close()


@pytest.fixture
def workspace(lab: harness.Server, request: pytest.FixtureRequest) -> Path:
    """This test's own copy of seeds/ and notebooks/ inside the JupyterLab root."""
    name = re.sub(r"[^A-Za-z0-9_]+", "_", request.node.name)
    return harness.copy_workspace(lab.root / name)


@pytest.fixture
def open_notebook(page, lab: harness.Server) -> Iterator[Callable[[Path], harness.LabNotebook]]:
    """Open a notebook (a path inside the JupyterLab root) and wait for its idle kernel; end its kernel after."""
    def open_(path: Path) -> harness.LabNotebook:
        notebook = harness.LabNotebook(page, lab, path.relative_to(lab.root).as_posix())
        notebook.open()
        return notebook
    yield open_
    harness.shutdown_kernels(lab)


@pytest.fixture(scope="session")
def voila(chromium: Path, run_root: Path, run_env: dict[str, str]) -> Iterator[harness.Server]:
    """Voila serving its own workspace copy's notebooks/board.ipynb as an app."""
    root = harness.copy_workspace(run_root / "voila")
    server = harness.start_voila(root / "notebooks" / "board.ipynb", run_env)
    yield server
    harness.stop_process(server.proc)
