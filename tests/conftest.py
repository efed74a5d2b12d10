"""Shared fixtures: the seed folder, and temporary copies of it so that no test writes into seeds/."""
import os
import random
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from extract_rows import clear_extract_caches

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ANNOUNCEMENT = SEEDS / "001_171feed66f9bd120.txt"
REPORT = SEEDS / "000_f0f58b44150a9287.txt"


def pytest_configure(config: pytest.Config) -> None:
    """Give every pytest-xdist worker one hash seed, drawn afresh each run unless $PYTHONHASHSEED is set: some test
    ids show patterns built from sets, whose order follows the seed, and workers must collect the same ids."""
    os.environ.setdefault("PYTHONHASHSEED", str(random.randint(1, 2**32 - 1)))


def pytest_report_header(config: pytest.Config) -> str:
    """Print the hash seed the workers share, so that a run can be repeated exactly."""
    return f"PYTHONHASHSEED={os.environ['PYTHONHASHSEED']} (the workers' hash seed)"


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A temporary copy of seeds/ holding only the source texts."""
    target = tmp_path / "seeds"
    target.mkdir()
    for source in SEEDS.glob("*.txt"):
        shutil.copy2(source, target / source.name)
    return target


@pytest.fixture
def source(seeds_copy: Path) -> Path:
    """The council's announcement in a temporary copy of seeds/ (29 claims with the current extractor)."""
    return seeds_copy / ANNOUNCEMENT.name


@pytest.fixture
def text_file(tmp_path: Path) -> Callable[[str], Path]:
    """A writer that saves a test's own text as `a.txt` in the test's folder and returns its path."""
    def write(text: str) -> Path:
        path = tmp_path / "a.txt"
        path.write_text(text, encoding="utf-8")
        return path
    return write


@pytest.fixture
def claim_ids(source: Path) -> list[str]:
    """The announcement's extracted claim ids, in text order."""
    from claims import extract_claims
    return extract_claims(source)["claim_id"].tolist()


@pytest.fixture(autouse=True)
def no_ambient_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts with no analyst name from the machine: no $CLAIMS_ANALYST, no Voila, an empty
    config folder (so the name a user saved in the app never leaks in, and nothing falls back to a login)."""
    for name in ("CLAIMS_ANALYST", "VOILA_BASE_URL", "QUERY_STRING", "SCRIPT_NAME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def cold_extract_caches() -> Iterator[None]:
    """Empty `claims.extract`'s caches before a test (the mutant files: a mutant forked from a warm process would
    otherwise read the unmutated results of the same text)."""
    clear_extract_caches()
    yield
