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
    "sources": 2, "anchor": 2,
    "extract.vocabulary": 2.1, "extract.text": 2.2, "extract.entities": 2.2, "extract.items": 2.3,
    "extract.speakers": 2.3, "extract.release": 2.3, "extract.attribution": 2.4, "extract.table": 2.5, "extract.__init__": 2.6,
    "extract": 2.6, "evidence": 3,
    "store": 4,
    "session": 5, "agreement": 5, "export": 5,
    "report": 6,
    "board": 7, "cli": 7,
    "__main__": 8, "__init__": 8,
}
"""Each module's layer (dotted inside subpackages; a subpackage's name is its `__init__`'s layer): a module
imports only modules of lower layers."""

IMPORT_TO_REQUIREMENT: dict[str, str] = {"sklearn": "scikit-learn", "ipyevents": "ipyevents"}
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


MODULES: dict[str, Path] = {".".join(p.relative_to(PACKAGE).with_suffix("").parts): p
                             for p in PACKAGE.rglob("*.py")}
"""Every module of the package, subpackages included, by dotted name (`extract.items`)."""


def inner_imports(module: str) -> set[str]:
    """Return the package modules a module imports, as dotted names (`.items` in extract -> extract.items)."""
    package = module.rsplit(".", 1)[0] if "." in module else ""
    names = set()
    for node in ast.walk(ast.parse(MODULES[module].read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.split(".")[:len(package.split(".")) - (node.level - 1)] if package else []
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            names |= {target} if node.module else {".".join([*base, a.name]) for a in node.names}
    return {name if name in LAYERS else name + ".__init__" if name + ".__init__" in LAYERS else name
            for name in names}


def test_every_module_has_a_layer():
    assert set(MODULES) == set(LAYERS) - {"extract"}


@pytest.mark.parametrize("module", sorted(set(MODULES) - {"__init__", "__main__"}))
def test_layers_import_only_downwards(module: str):
    assert {name for name in inner_imports(module) if LAYERS[name] >= LAYERS[module]} == set()


def test_only_the_board_imports_ipywidgets():
    importers = {name for name, p in MODULES.items() if imports_of(p) & {"ipywidgets", "ipyevents"}}
    assert importers == {"board"}


def test_the_word_lists_ship_inside_the_package():
    data = PACKAGE / "extract" / "data"
    assert sorted(p.name for p in data.glob("*.txt")) and "claims.extract" in (ROOT / "pyproject.toml").read_text()


def test_the_rules_name_nothing_from_the_seed_texts():
    pattern = re.compile(r"norfolk|ofsted|neet|rosen|roger smith|children.s services", re.IGNORECASE)
    hits = [f"{p.name}:{n}" for p in [*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.txt")]
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
