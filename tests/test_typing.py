"""The package and its benchmarks type-check: `python -m mypy` (files and settings in pyproject.toml) finds
nothing."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECKED = ("claims", "benchmarks")
"""The folders mypy checks: pyproject.toml's `files`."""


def test_mypy_finds_no_errors() -> None:
    done = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    files = sum(len(list((ROOT / folder).rglob("*.py"))) for folder in CHECKED)
    assert (done.returncode, done.stdout.splitlines()[-1:]) == (0, [f"Success: no issues found in {files} "
                                                                    "source files"])


def test_mypy_checks_the_package_and_the_benchmarks() -> None:
    assert 'files = ["claims", "benchmarks"]' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
