"""The package's own rules: layers import downwards, one module imports ipywidgets, no seed names in
the rules, and requirements.txt lists everything imported."""
import ast
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "claims"

LAYERS: dict[str, float] = {
    "model": 1, "states": 1.5,
    "sources": 2, "text": 2, "entities": 2, "anchor": 2,
    "extract": 3, "evidence": 3,
    "store.paths": 4.0, "store.csvformat": 4.1, "store.analysts": 4.2, "store.cache": 4.2, "store.files": 4.2,
    "store.journal": 4.3, "store.merge": 4.4, "store.table": 4.5, "store": 4.9,
    "placing": 5, "verdicts": 5.5,
    "claimlist": 5.6, "saving": 5.7,
    "session": 6, "agreement": 6, "export": 6,
    "report": 7,
    "board": 8, "cli": 8,
    "__main__": 9, "__init__": 9,
}
"""Each module's layer (a subpackage's modules by dotted name, its `__init__` by the package's name): a module
imports only modules of lower layers."""


def module_name(path: Path) -> str:
    """Return a module's dotted name inside the package: store/merge.py -> store.merge, store/__init__.py -> store."""
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {module_name(p): p for p in PACKAGE.rglob("*.py")}
"""Every module of the package by dotted name."""


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


def package_imports(module: str) -> set[str]:
    """Return the package's modules (dotted names) that a module imports, relative or absolute."""
    path = MODULES[module]
    here = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[:len(here) - (node.level - 1)] + (node.module.split(".") if node.module else [])
            elif node.module and node.module.split(".")[0] == "claims":
                base = node.module.split(".")[1:]
            else:
                continue
            for alias in node.names:
                sub = ".".join(base + [alias.name])
                found.add(sub if sub in MODULES else ".".join(base))
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("claims.") for a in node.names if a.name.startswith("claims.")}
    return {name for name in found if name}


def test_every_module_has_a_layer():
    assert set(MODULES) == set(LAYERS)


@pytest.mark.parametrize("module", sorted(set(LAYERS) - {"__init__", "__main__"}))
def test_layers_import_only_downwards(module: str):
    imported = package_imports(module)
    assert imported <= set(MODULES), f"{module} imports an unknown module: {imported - set(MODULES)}"
    assert {name for name in imported if LAYERS[name] >= LAYERS[module]} == set()


def test_the_store_never_reads_sources_nor_runs_the_extractor():
    store = [name for name in MODULES if name == "store" or name.startswith("store.")]
    below = {"model"}
    assert {name for module in store for name in package_imports(module)
            if not (name in below or name == "store" or name.startswith("store."))} == set()


def test_only_the_board_imports_ipywidgets():
    importers = {name for name, p in MODULES.items() if imports_of(p) & {"ipywidgets", "ipyevents"}}
    assert importers == {"board"}


def test_the_rules_name_nothing_from_the_seed_texts():
    pattern = re.compile(r"norfolk|ofsted|neet|rosen|roger smith|children.s services", re.IGNORECASE)
    hits = [f"{p.name}:{n}" for p in PACKAGE.rglob("*.py")
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
