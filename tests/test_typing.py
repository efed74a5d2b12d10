"""The package type-checks: `python -m mypy claims` (settings in pyproject.toml) finds nothing."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_finds_no_errors() -> None:
    done = subprocess.run([sys.executable, "-m", "mypy", "claims"], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert (done.returncode, done.stdout.splitlines()[-1:]) == (0, ["Success: no issues found in "
                                                                    f"{len(list((ROOT / 'claims').rglob('*.py')))} "
                                                                    "source files"])
