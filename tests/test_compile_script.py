"""scripts/compile.sh --clean removes what a compiled build made and nothing else (run on a fake checkout)."""
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def checkout(tmp_path: Path) -> Path:
    """A fake checkout: the script, sources, a data file, a fake build and files that are not the build's."""
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "compile.sh", tmp_path / "scripts" / "compile.sh")
    files = ["claims/__init__.py", "claims/model.py", "claims/extract/__init__.py", "claims/extract/items.py",
             "claims/extract/speakers/words.py", "claims/extract/data/roles.txt", "build/lib/other.txt",
             "claims/extract/__init__.cpython-311-x86_64-linux-gnu.so", "claims/extract/items.cpython-311-x86_64-linux-gnu.so",
             "claims/extract/speakers/words.cpython-311-x86_64-linux-gnu.so", "claims/extract/COMPILED.json",
             "claims_extract__mypyc.cpython-311-x86_64-linux-gnu.so", "build/mypyc/claims/x.h", "build/mypyc/x.c"]
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    return tmp_path


def left(folder: Path) -> list[str]:
    """Every file under `folder`, relative, sorted."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_clean_removes_the_build_and_keeps_everything_else(tmp_path: Path):
    folder = checkout(tmp_path)
    done = subprocess.run(["bash", "scripts/compile.sh", "--clean"], cwd=folder, capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (
        0, "compiled extractor removed: claims/extract runs as pure Python\n", "")
    assert left(folder) == ["build/lib/other.txt", "claims/__init__.py", "claims/extract/__init__.py",
                            "claims/extract/data/roles.txt", "claims/extract/items.py",
                            "claims/extract/speakers/words.py", "claims/model.py", "scripts/compile.sh"]


def test_clean_twice_is_harmless_and_removes_an_empty_build_folder(tmp_path: Path):
    folder = checkout(tmp_path)
    shutil.rmtree(folder / "build" / "lib")
    runs = [subprocess.run(["bash", "scripts/compile.sh", "--clean"], cwd=folder, capture_output=True).returncode
            for _ in range(2)]
    assert (runs, (folder / "build").exists()) == ([0, 0], False)


def test_an_unknown_argument_is_refused(tmp_path: Path):
    folder = checkout(tmp_path)
    done = subprocess.run(["bash", "scripts/compile.sh", "--fast"], cwd=folder, capture_output=True, text=True)
    assert (done.returncode, done.stderr, len(left(folder))) == (2, "usage: bash scripts/compile.sh [--clean]\n", 15)
