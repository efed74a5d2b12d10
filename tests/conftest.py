"""Shared fixtures: the seed folder, and temporary copies of it so that no test writes into seeds/."""
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ANNOUNCEMENT = SEEDS / "001_171feed66f9bd120.txt"
REPORT = SEEDS / "000_f0f58b44150a9287.txt"


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A temporary copy of seeds/ holding only the source texts."""
    target = tmp_path / "seeds"
    target.mkdir()
    for source in SEEDS.glob("*.txt"):
        shutil.copy2(source, target / source.name)
    return target
