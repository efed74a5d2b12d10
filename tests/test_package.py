"""The package's own rules: layers import downwards, one module imports ipywidgets, no seed names in
the rules, and requirements.txt lists everything imported."""
import ast
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "claims"

LAYERS: dict[str, int] = {
    "model": 1,
    "sources": 2, "text": 2, "entities": 2, "anchor": 2,
    "extract": 3, "evidence": 3,
    "store": 4,
    "session": 5, "agreement": 5, "export": 5,
    "report": 6, "views": 6, "live": 6, "keys": 6,
    "board": 7, "cli": 7,
    "__main__": 8, "__init__": 8,
}
"""Each module's layer: a module imports only modules of lower layers."""

IMPORT_TO_REQUIREMENT: dict[str, str] = {"sklearn": "scikit-learn", "axe_playwright_python": "axe-playwright-python"}
UI_MODULES: set[str] = {"board", "keys"}
"""The only modules that may import a widget library: the board and its browser-side key pad."""
LOCAL_MODULES = {"claims", "benchmarks", "conftest", "samples", "harness", "tests"}


def imports_of(path: Path) -> set[str]:
    """Return the top-level names a Python file imports (relative imports as `.name`)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                names |= {f".{node.module.split('.')[0]}"} if node.module else {f".{a.name}" for a in node.names}
            else:
                names.add(node.module.split(".")[0])
    return names


def test_every_module_has_a_layer():
    assert {p.stem for p in PACKAGE.glob("*.py")} == set(LAYERS)


@pytest.mark.parametrize("module", sorted(set(LAYERS) - {"__init__", "__main__"}))
def test_layers_import_only_downwards(module: str):
    inner = {name[1:] for name in imports_of(PACKAGE / f"{module}.py") if name.startswith(".")}
    assert {name for name in inner if LAYERS[name] >= LAYERS[module]} == set()


def test_only_the_ui_modules_import_widget_libraries():
    importers = {p.stem for p in PACKAGE.glob("*.py") if imports_of(p) & {"ipywidgets", "ipyevents", "anywidget"}}
    assert importers == UI_MODULES


def test_the_rules_name_nothing_from_the_seed_texts():
    pattern = re.compile(r"norfolk|ofsted|neet|rosen|roger smith|children.s services", re.IGNORECASE)
    hits = [f"{p.name}:{n}" for p in PACKAGE.glob("*.py")
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert hits == []


def test_requirements_list_everything_imported():
    listed = {re.split(r"[<>=!\[ ;]", line.strip())[0].lower() for line in
              (ROOT / "requirements.txt").read_text().splitlines() if line.strip() and not line.startswith("#")}
    files = [p for folder in ("claims", "tests", "benchmarks", "scripts") for p in (ROOT / folder).rglob("*.py")]
    imported = {name for p in files for name in imports_of(p) if not name.startswith(".")}
    third_party = imported - set(sys.stdlib_module_names) - LOCAL_MODULES
    missing = {IMPORT_TO_REQUIREMENT.get(name, name).lower() for name in third_party} - listed
    assert missing == set()
