"""Start JupyterLab and Voila on loopback, drive them with Playwright, and poll the verdict CSV.

Plain functions and two small classes, no pytest here: `conftest.py` turns them into fixtures.
The recipe and its traps are in ../shared/notes/browser-testing.md (numbered "trap N" below).
"""
from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import nbformat
from playwright.sync_api import Page

from claims.store import load_verdicts
from tests.board_notebook import write_board_notebook

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CHROMIUM = Path(os.environ.get("CLAIMS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ANALYST = "e2e-tester"
"""The analyst name the servers' kernels get in $CLAIMS_ANALYST (the board notebook's ANALYST = None picks it up)."""
ACTIVE = re.compile(r"\bclaims-verdict-active\b")
"""The class of the verdict button of the claim's current verdict."""
LAB_SETTINGS = {  # trap 7: no news toast; every cell attached to the DOM
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
    # JupyterLab 3 to 4.0 turned any selected cell into a heading on 1-3 in command mode; 4.6 does it only
    # for markdown cells. Bind the board's keys back to cell-changing commands on any focused element, so
    # that a key the board lets through to JupyterLab visibly changes the notebook.
    "@jupyterlab/shortcuts-extension/shortcuts": {"shortcuts": [
        {"command": f"notebook:change-cell-to-heading-{n}", "keys": [str(n)],
         "selector": ".jp-Notebook.jp-mod-commandMode:not(.jp-mod-readWrite) :focus"} for n in (1, 2, 3)] + [
        {"command": "notebook:insert-cell-below", "keys": [key],
         "selector": ".jp-Notebook.jp-mod-commandMode:not(.jp-mod-readWrite) :focus"} for key in "npu"]},
}
KERNEL_IDLE_JS = """() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
  return !!k && k.connectionStatus === 'connected' && k.status === 'idle'; }"""
CELL_TYPES_JS = """() => { const m = window.jupyterapp.shell.currentWidget.content.model;
  return Array.from({length: m.cells.length}, (_, i) => m.cells.get(i).type); }"""
ERRORS_JS = """() => { const m = window.jupyterapp.shell.currentWidget.content.model; const found = [];
  for (let i = 0; i < m.cells.length; i++) { const c = m.cells.get(i);
    if (c.type === 'code') for (const o of c.outputs.toJSON())
      if (o.output_type === 'error') found.push(`cell ${i}: ${o.ename}: ${o.evalue}`); }
  return found; }"""
COMMAND_JS = """(command) => { window.__commandDone = false;
  window.jupyterapp.commands.execute(command)
    .then(() => { window.__commandDone = true; }, (e) => { window.__commandDone = String(e); }); }"""


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_open(port: int) -> bool:
    """Tell whether something accepts connections on 127.0.0.1:port."""
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def wait_until(check: Callable[[], object], timeout: float, what: str, step: float = 0.02) -> object:
    """Call `check` until it returns something truthy and return that; fail naming `what` after `timeout` s."""
    deadline = time.perf_counter() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.perf_counter() > deadline:
            raise TimeoutError(f"gave up after {timeout:.0f} s waiting for {what}")
        time.sleep(step)


def run_env(root: Path) -> dict[str, str]:
    """Environment for servers, kernels and chromium that keeps every config, cache and runtime file in `root`."""
    dirs = {"JUPYTER_CONFIG_DIR": ".jupyter", "JUPYTER_DATA_DIR": ".data", "JUPYTER_RUNTIME_DIR": ".runtime",
            "IPYTHONDIR": ".ipython", "JUPYTERLAB_SETTINGS_DIR": ".jl-settings",
            "JUPYTERLAB_WORKSPACES_DIR": ".jl-workspaces", "XDG_CONFIG_HOME": ".xdg-config",
            "XDG_CACHE_HOME": ".xdg-cache", "MPLCONFIGDIR": ".mpl"}  # trap 9
    env = dict(os.environ, CLAIMS_ANALYST=ANALYST, PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}",
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH", "")])))
    for name, sub in dirs.items():
        (root / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(root / sub)
    return env


def write_lab_settings(settings_dir: Path) -> None:
    """Write the per-run JupyterLab user settings (no news toast, no cell windowing)."""
    for name, data in LAB_SETTINGS.items():
        path = settings_dir / f"{name}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data), encoding="utf-8")


def copy_workspace(dest: Path) -> Path:
    """Copy the repo's seeds/ and notebooks/ into `dest` (so ../seeds/... resolves from the notebook) and return it.

    The copy of notebooks/ also gets the tests' one-text board notebook (`board_notebook.NAME`).
    """
    for folder in ("seeds", "notebooks"):
        shutil.copytree(REPO / folder, dest / folder, ignore=shutil.ignore_patterns(
            "*.verdicts.csv", "*.conflicts.csv", "*.lock", ".ipynb_checkpoints"))
    for path in (dest / "seeds").iterdir():
        path.chmod(0o644)  # the repo's seeds are read-only; the copies are the tests' to write next to
    write_board_notebook(dest / "notebooks")
    return dest


def set_first_cell(notebook: Path, source: str) -> None:
    """Replace the first cell (the parameters) of `notebook` with `source`."""
    nb = nbformat.read(notebook, as_version=4)
    nb.cells[0].source = source
    nbformat.write(nb, notebook)


def read_rows(csv_path: Path) -> list[dict[str, object]]:
    """Read a verdict CSV through the verdict store as a list of row dicts; [] while it does not exist."""
    if not csv_path.exists():
        return []
    return load_verdicts(csv_path).to_dict("records")


def wait_for_rows(csv_path: Path, check: Callable[[list[dict[str, object]]], bool], what: str,
                  timeout: float = 15) -> list[dict[str, object]]:
    """Poll `csv_path` until its rows satisfy `check`; return them, or fail with the last rows seen."""
    seen: list[list[dict[str, object]]] = [[]]

    def ready() -> bool:
        seen[0] = read_rows(csv_path)
        return bool(seen[0]) and check(seen[0])
    try:
        wait_until(ready, timeout, f"{what} in {csv_path}")
    except TimeoutError as error:
        raise AssertionError(f"{error}; last rows: {seen[0]}") from None
    return seen[0]


def screenshot(locator, target: str | Path) -> None:
    """Save a picture of `locator` alone to `target`: no focus ring, no hover, scrolled into view."""
    locator.page.evaluate("() => document.activeElement && document.activeElement.blur()")
    locator.page.mouse.move(0, 0)
    locator.scroll_into_view_if_needed()
    locator.screenshot(path=str(target), animations="disabled")


def save_screenshot(locator) -> None:
    """Save a picture of `locator` (the board) to $CLAIMS_SCREENSHOT when it is set."""
    target = os.environ.get("CLAIMS_SCREENSHOT")
    if target:
        screenshot(locator, target)


def source_of(notebook: Path) -> Path:
    """The source text named by `SOURCE = "..."` in the notebook's first cell, resolved from the notebook's folder."""
    first = nbformat.read(notebook, as_version=4).cells[0].source
    found = re.search(r'^SOURCE\s*=\s*"([^"]+)"', first, re.M)
    assert found, f"{notebook}: the first cell does not set SOURCE = \"...\":\n{first}"
    return (notebook.parent / found.group(1)).resolve()


def shown_claim_id(page: Page) -> str:
    """The id of the claim the board shows now (its header says `id c...`)."""
    found = re.search(r"\bid (c[0-9a-f]+)", page.locator(".claims-board .claims-quote").inner_text())
    assert found, page.locator(".claims-board .claims-quote").inner_text()
    return found.group(1)


def decisions(rows: list[dict[str, object]]) -> dict[str, tuple[str, str, str]]:
    """claim_id -> (verdict, note, analyst) for every row that holds a verdict or a note."""
    return {str(r["claim_id"]): (str(r["verdict"]), str(r["note"]), str(r["analyst"]))
            for r in rows if r["verdict"] or r["note"]}


@dataclass
class Server:
    """A JupyterLab or Voila server process on 127.0.0.1 and where to reach it."""

    proc: subprocess.Popen
    port: int
    token: str
    root: Path
    log: Path

    @property
    def base(self) -> str:
        """The server's base URL."""
        return f"http://127.0.0.1:{self.port}"

    def log_tail(self, chars: int = 3000) -> str:
        """The end of the server's log, for failure messages."""
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""


def start_lab(root: Path, env: dict[str, str], timeout: float = 60) -> Server:
    """Start JupyterLab serving `root` on a free loopback port with a fresh token; return once /api/status answers."""
    port, token = free_port(), secrets.token_hex(16)
    cmd = [str(BIN / "jupyter"), "lab", "--no-browser", f"--port={port}", f"--IdentityProvider.token={token}",
           "--ServerApp.ip=127.0.0.1", "--ServerApp.port_retries=0", f"--ServerApp.root_dir={root}",
           "--LabApp.expose_app_in_browser=True", "--LabApp.news_url=None",
           "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
    cmd += ["--allow-root"] * (os.geteuid() == 0)  # trap 1
    log = root.parent / f"lab-{port}.log"
    proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    server = Server(proc, port, token, root, log)

    def up() -> bool:
        if proc.poll() is not None:
            raise RuntimeError(f"jupyter lab exited with {proc.returncode}:\n{server.log_tail()}")
        try:
            urllib.request.urlopen(f"{server.base}/api/status?token={token}", timeout=1)
            return True
        except OSError:
            return False
    wait_until(up, timeout, "JupyterLab to answer /api/status", step=0.1)
    return server


def stop_lab(server: Server) -> None:
    """Shut JupyterLab down through its API (which stops its kernels too), or terminate it."""
    try:  # trap 10
        request = urllib.request.Request(f"{server.base}/api/shutdown?token={server.token}", method="POST")
        urllib.request.urlopen(request, timeout=5)
        server.proc.wait(timeout=15)
    except Exception:
        stop_process(server.proc)


def shutdown_kernels(server: Server) -> None:
    """End every session (and so every kernel) of a JupyterLab server, so idle kernels do not pile up."""
    headers = {"Authorization": f"token {server.token}"}
    with urllib.request.urlopen(urllib.request.Request(f"{server.base}/api/sessions", headers=headers), timeout=5) as r:
        sessions = json.load(r)
    for session in sessions:
        request = urllib.request.Request(f"{server.base}/api/sessions/{session['id']}", method="DELETE", headers=headers)
        urllib.request.urlopen(request, timeout=10).close()


def start_voila(notebook: Path, env: dict[str, str], timeout: float = 60) -> Server:
    """Start Voila on `notebook` (cwd = its workspace) on a free loopback port; return once the port accepts."""
    port, token = free_port(), secrets.token_hex(16)
    root = notebook.parent.parent
    cmd = [str(BIN / "voila"), str(notebook.relative_to(root)), "--no-browser", f"--port={port}",
           "--Voila.ip=127.0.0.1", f"--token={token}", "--show_tracebacks=True",
           f"--Voila.connection_dir_root={env['JUPYTER_RUNTIME_DIR']}"]
    log = root.parent / f"voila-{port}.log"
    proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    server = Server(proc, port, token, root, log)

    def up() -> bool:  # trap 11: poll the port; every GET / starts a kernel and runs the notebook
        if proc.poll() is not None:
            raise RuntimeError(f"voila exited with {proc.returncode}:\n{server.log_tail()}")
        return port_open(port)
    wait_until(up, timeout, "Voila to accept connections", step=0.1)
    return server


def stop_process(proc: subprocess.Popen) -> None:
    """Stop a server process we started: SIGTERM (Voila then stops its kernels), SIGKILL if it hangs."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


@dataclass
class LabNotebook:
    """One notebook open in JupyterLab in a Playwright page, with the few actions the tests need."""

    page: Page
    server: Server
    path: str
    page_errors: list[str] = field(default_factory=list)

    def open(self, timeout: float = 60) -> None:
        """Open the notebook in a fresh workspace and wait for its kernel to be connected and idle (traps 3, 4, 8)."""
        self.page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        self.page.goto(f"{self.server.base}/lab/tree/{self.path}?reset&token={self.server.token}")
        self.page.wait_for_function(KERNEL_IDLE_JS, timeout=timeout * 1000)

    def start(self, command: str) -> None:
        """Start a JupyterLab command without waiting for it (its end is awaited by `wait_done`)."""
        self.page.evaluate(COMMAND_JS, command)

    def wait_done(self, timeout: float = 60) -> None:
        """Wait for the command started last to finish; fail if it was rejected."""
        self.page.wait_for_function("() => window.__commandDone !== false", timeout=timeout * 1000)
        outcome = self.page.evaluate("() => window.__commandDone")
        assert outcome is True, f"JupyterLab command failed: {outcome}"

    def run_all(self, timeout: float = 60) -> None:
        """Run all cells and return when the last one has finished (trap 5: the command resolves then)."""
        self.start("notebook:run-all-cells")
        self.wait_done(timeout)

    def restart_run_all(self, timeout: float = 60) -> None:
        """Restart the kernel and run all cells, accepting JupyterLab's confirmation dialog like a user."""
        self.start("notebook:restart-run-all")
        self.page.locator(".jp-Dialog button.jp-mod-accept").click(timeout=timeout * 1000)
        self.wait_done(timeout)

    def cell_types(self) -> list[str]:
        """The type of every cell of the notebook model, in order."""
        return self.page.evaluate(CELL_TYPES_JS)

    def errors_raised(self) -> list[str]:
        """Every error output of the notebook's cells, as 'cell N: Name: message'."""
        return self.page.evaluate(ERRORS_JS)


LIVE = re.compile(r"\bclaims-keys-live\b")
"""The class of the claim pane while review keys are live."""
TIMER_JS = """() => { if (window.__timing) return; window.__timing = true;
  for (const name of ['keydown', 'pointerdown']) window.addEventListener(name, () => { window.__t0 = performance.now(); }, true);
  window.__watch = (selector, classes) => { const el = document.querySelector(selector);
    window.__redraw = new Promise((resolve) => { const seen = new MutationObserver(() => { seen.disconnect();
      resolve(performance.now() - window.__t0); });
      seen.observe(el, classes ? {attributes: true, attributeFilter: ['class']}
                               : {subtree: true, childList: true, characterData: true}); }); }; }"""
"""Installs `__watch(selector, classes)`: the next change of that element resolves `__redraw` with the ms since the
last keydown or pointerdown (a new claim's HTML, or with `classes` a new class such as claims-verdict-active)."""


def timed(page: Page, selector: str, act: Callable[[], None], classes: bool = False) -> float:
    """Seconds from the key or click `act` makes to the next redraw of `selector` in the page."""
    page.evaluate(TIMER_JS)
    page.evaluate("([s, c]) => window.__watch(s, c)", [selector, classes])
    act()
    return page.evaluate("() => window.__redraw") / 1000


def cell_count(page: Page) -> int:
    """How many cells the open notebook has."""
    return page.evaluate("() => window.jupyterapp.shell.currentWidget.content.model.cells.length")


def in_viewport(locator) -> bool:
    """True when the element's whole box lies inside the page's viewport (nothing to scroll to see it)."""
    box, size = locator.bounding_box(), locator.page.viewport_size
    return bool(box) and box["y"] >= 0 and box["x"] >= 0 and box["y"] + box["height"] <= size["height"] \
        and box["x"] + box["width"] <= size["width"]
