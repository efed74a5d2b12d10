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
    "sources": 2, "text": 2, "entities": 2, "anchor": 2, "profile": 2,
    "extract": 3, "evidence": 3,
    "store": 4,
    "session": 5, "agreement": 5, "export": 5, "progress": 5, "importers": 5, "adjudication": 5,
    "report": 6, "compare": 6, "cli_import": 6, "views": 6, "live": 6, "keys": 6,
    "board": 7, "report_model": 7, "adjudication_view": 7,
    "report_page": 8,
    "workbench": 9, "cli_share": 9,
    "cli": 10,
    "__main__": 11, "__init__": 11,
}
"""Each module's (or subpackage's) layer: a module imports only modules of lower layers."""
UI_MODULES = {"board", "keys", "workbench", "adjudication_view"}
"""The only modules that may import a widget library: the board, its key pad, the app around it, the adjudication view."""

IMPORT_TO_REQUIREMENT: dict[str, str] = {"sklearn": "scikit-learn", "docx": "python-docx", "fpdf": "fpdf2",
                                         "axe_playwright_python": "axe-playwright-python"}
LOCAL_MODULES = {"claims", "benchmarks", "tests"} | {p.stem for p in (ROOT / "tests").rglob("*.py")}
"""Our own packages, and every module of tests/ (helpers such as samples, verdict_rows and harness)."""


def imports_of(path: Path, level: int = 1) -> set[str]:
    """Return the top-level names a Python file imports (imports of the package, `level` dots up, as `.name`)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level == level:
                names |= {f".{node.module.split('.')[0]}"} if node.module else {f".{a.name}" for a in node.names}
            elif not node.level:
                names.add(node.module.split(".")[0])
    return names


def module_files(module: str) -> list[tuple[Path, int]]:
    """A module's file, or a subpackage's files, each with how many dots reach the package from it."""
    if (PACKAGE / module).is_dir():
        return [(path, 2) for path in sorted((PACKAGE / module).glob("*.py"))]
    return [(PACKAGE / f"{module}.py", 1)]


def module_imports(module: str) -> set[str]:
    """Everything a module or subpackage imports (its own files' imports of each other left out)."""
    return set().union(*(imports_of(path, level) for path, level in module_files(module)))


def test_every_module_has_a_layer():
    modules = {p.stem for p in PACKAGE.glob("*.py")} | {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    assert modules == set(LAYERS)


@pytest.mark.parametrize("module", sorted(set(LAYERS) - {"__init__", "__main__"}))
def test_layers_import_only_downwards(module: str):
    inner = {name[1:] for name in module_imports(module) if name.startswith(".")}
    assert {name for name in inner if LAYERS[name] >= LAYERS[module]} == set()


def test_only_the_ui_modules_import_widget_libraries():
    importers = {module for module in LAYERS if module_imports(module) & {"ipywidgets", "ipyevents", "anywidget"}}
    assert importers == UI_MODULES


def test_the_rules_name_nothing_from_the_seed_texts():
    pattern = re.compile(r"norfolk|ofsted|neet|rosen|roger smith|children.s services", re.IGNORECASE)
    hits = [f"{p.relative_to(PACKAGE)}:{n}" for p in PACKAGE.rglob("*.py")
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
