"""The compiled extractor's stale guard (claims/compiled.py), on a fake build in a temporary folder."""
import hashlib
import json
import os
import shutil
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import claims.compiled
from claims import ClaimsError
from claims.compiled import (
    EXTRACT,
    LIBRARY,
    StaleBuildError,
    check_build,
    extensions,
    guard,
    is_command_line,
    is_compiled,
    library_path,
    load_library,
    read_stamp,
    sources_sha256,
    stale_reason,
)


def sources(folder: Path) -> Path:
    """A small claims/extract look-alike: two modules, one in a subfolder, and a data file."""
    (folder / "speakers").mkdir(parents=True)
    (folder / "__init__.py").write_text("from .rules import rule\n")
    (folder / "rules.py").write_text("def rule() -> int:\n    return 1\n")
    (folder / "speakers" / "__init__.py").write_text("")
    (folder / "data").mkdir()
    (folder / "data" / "roles.txt").write_text("chair\n")
    return folder


def build(folder: Path, sha: str | None = None) -> Path:
    """A fake build: an extension beside rules.py, the shared library beside the package, a stamp of `sha` (the
    current sources' when None)."""
    (folder / "rules.cpython-311-x86_64-linux-gnu.so").write_bytes(b"\x7fELF")
    (folder.parent.parent / f"{LIBRARY}{EXTENSION_SUFFIXES[0]}").write_bytes(b"\x7fELF")
    stamp = {"sources_sha256": sha or sources_sha256(folder), "mypy": "2.4.1", "built": "2026-12-01T14:00:00Z"}
    (folder / "COMPILED.json").write_text(json.dumps(stamp))
    return folder


def test_pure_sources_are_not_compiled_and_pass(tmp_path: Path):
    folder = sources(tmp_path / "claims" / "extract")
    assert (is_compiled(folder), extensions(folder), stale_reason(folder)) == (False, [], None)
    check_build(folder)


def test_a_build_of_the_current_sources_passes(tmp_path: Path):
    folder = build(sources(tmp_path / "claims" / "extract"))
    assert (is_compiled(folder), stale_reason(folder)) == (True, None)
    check_build(folder)


def test_extensions_are_found_in_subfolders_and_sorted(tmp_path: Path):
    folder = build(sources(tmp_path / "claims" / "extract"))
    (folder / "speakers" / "words.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    (folder / "speakers" / "names.pyd").write_bytes(b"")
    assert [p.relative_to(folder).as_posix() for p in extensions(folder)] == [
        "rules.cpython-311-x86_64-linux-gnu.so", "speakers/names.pyd", "speakers/words.cpython-311-x86_64-linux-gnu.so"]


def test_an_edited_source_makes_the_build_stale(tmp_path: Path):
    folder = build(sources(tmp_path / "claims" / "extract"))
    (folder / "rules.py").write_text("def rule() -> int:\n    return 2\n")
    with pytest.raises(StaleBuildError) as error:
        check_build(folder)
    assert str(error.value) == (
        f"{folder} holds a compiled extractor (mypyc) that is stale: its sources changed since it was built "
        "(2026-12-01T14:00:00Z); run bash scripts/compile.sh again, or bash scripts/compile.sh --clean for pure Python")


@pytest.mark.parametrize("change", ["add", "remove", "rename"])
def test_adding_removing_or_renaming_a_module_makes_the_build_stale(tmp_path: Path, change: str):
    folder = build(sources(tmp_path / "claims" / "extract"))
    module = folder / "speakers" / "__init__.py"
    {"add": lambda: (folder / "speakers" / "more.py").write_text(""), "remove": module.unlink,
     "rename": lambda: module.rename(folder / "speakers" / "init.py")}[change]()
    assert stale_reason(folder) == "its sources changed since it was built (2026-12-01T14:00:00Z)"


def test_a_data_file_is_not_a_source(tmp_path: Path):
    folder = build(sources(tmp_path / "claims" / "extract"))
    (folder / "data" / "roles.txt").write_text("chair\nmayor\n")
    assert stale_reason(folder) is None


def test_a_build_without_a_stamp_is_refused(tmp_path: Path):
    folder = build(sources(tmp_path / "claims" / "extract"))
    (folder / "COMPILED.json").unlink()
    with pytest.raises(StaleBuildError) as error:
        check_build(folder)
    assert str(error.value) == (
        f"{folder} holds a compiled extractor (mypyc) that is stale: it has no readable COMPILED.json; "
        "run bash scripts/compile.sh again, or bash scripts/compile.sh --clean for pure Python")


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", ""])
def test_an_unreadable_stamp_is_no_stamp(tmp_path: Path, text: str):
    folder = build(sources(tmp_path / "claims" / "extract"))
    (folder / "COMPILED.json").write_text(text)
    assert (read_stamp(folder), stale_reason(folder)) == (None, "it has no readable COMPILED.json")


def test_a_stamp_without_a_build_is_ignored(tmp_path: Path):
    folder = build(sources(tmp_path / "claims" / "extract"), sha="0" * 64)
    (folder / "rules.cpython-311-x86_64-linux-gnu.so").unlink()
    assert stale_reason(folder) is None


def test_the_hash_reads_paths_and_bytes_in_path_order(tmp_path: Path):
    folder = tmp_path / "claims" / "extract"
    (folder / "b").mkdir(parents=True)
    (folder / "a.py").write_bytes(b"x = 1\n")
    (folder / "b" / "c.py").write_bytes(b"")
    assert sources_sha256(folder) == hashlib.sha256(b"a.py\0x = 1\n\0b/c.py\0\0").hexdigest()


def test_a_build_without_its_shared_library_is_refused(tmp_path: Path):
    folder = build(sources(tmp_path / "claims" / "extract"))
    library_path(folder).unlink()
    assert stale_reason(folder) == (f"its shared library {LIBRARY}{EXTENSION_SUFFIXES[0]} is missing "
                                    "(built for another Python?)")


def test_the_shared_library_sits_beside_the_package(tmp_path: Path):
    assert library_path(tmp_path / "claims" / "extract") == tmp_path / f"claims_extract__mypyc{EXTENSION_SUFFIXES[0]}"


def test_pure_sources_load_no_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delitem(sys.modules, LIBRARY, raising=False)
    load_library(sources(tmp_path / "claims" / "extract"))
    assert LIBRARY not in sys.modules


def test_a_loaded_library_is_not_loaded_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    loaded = object()
    monkeypatch.setitem(sys.modules, LIBRARY, loaded)
    load_library(build(sources(tmp_path / "claims" / "extract")))  # the fake library would fail to load
    assert sys.modules[LIBRARY] is loaded


def test_the_error_is_a_claims_error():
    assert issubclass(StaleBuildError, ClaimsError)


def test_the_guard_watches_the_packages_extractor():
    assert EXTRACT == Path(__file__).resolve().parent.parent / "claims" / "extract"


def test_a_build_s_library_is_loaded_by_its_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = build(sources(tmp_path / "claims" / "extract"))
    monkeypatch.setattr(claims.compiled, "EXTENSION_SUFFIXES", [".py"])  # a Python file stands in for the library
    (tmp_path / f"{LIBRARY}.py").write_text("VALUE = 7\n")
    monkeypatch.delitem(sys.modules, LIBRARY, raising=False)
    try:
        load_library(folder)
        library = sys.modules[LIBRARY]
        assert (library.__name__, library.VALUE, Path(library.__file__)) == (LIBRARY, 7, tmp_path / f"{LIBRARY}.py")
    finally:
        sys.modules.pop(LIBRARY, None)


def test_a_library_that_is_no_library_fails_to_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = build(sources(tmp_path / "claims" / "extract"))  # its shared library is four bytes of an ELF header
    monkeypatch.delitem(sys.modules, LIBRARY, raising=False)
    with pytest.raises(ImportError, match=LIBRARY):
        load_library(folder)
    assert LIBRARY not in sys.modules


def test_a_stamp_without_its_time_still_names_the_change(tmp_path: Path):
    folder = build(sources(tmp_path / "claims" / "extract"), sha="0" * 64)
    stamp = json.loads((folder / "COMPILED.json").read_text())
    del stamp["built"]
    (folder / "COMPILED.json").write_text(json.dumps(stamp))
    assert stale_reason(folder) == "its sources changed since it was built (at an unknown time)"


def test_sources_are_hashed_in_the_order_of_their_relative_paths(tmp_path: Path):
    folder = tmp_path / "extract"
    (folder / "a").mkdir(parents=True)
    (folder / "a.py").write_bytes(b"x = 1\n")
    (folder / "a" / "b.py").write_bytes(b"y = 2\n")  # as text `a.py` < `a/b.py`; as paths ('a', 'b.py') < ('a.py',)
    assert sources_sha256(folder) == hashlib.sha256(b"a.py\0x = 1\n\0a/b.py\0y = 2\n\0").hexdigest()


def test_a_library_python_cannot_load_is_refused_with_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = build(sources(tmp_path / "claims" / "extract"))
    monkeypatch.setattr(claims.compiled, "EXTENSION_SUFFIXES", [".bin"])  # no loader reads this suffix
    (tmp_path / f"{LIBRARY}.bin").write_bytes(b"")
    monkeypatch.delitem(sys.modules, LIBRARY, raising=False)
    with pytest.raises(StaleBuildError) as raised:
        load_library(folder)
    assert str(raised.value) == (f"{tmp_path / (LIBRARY + '.bin')} cannot be loaded; run bash scripts/compile.sh "
                                 "again, or bash scripts/compile.sh --clean for pure Python")


@pytest.mark.parametrize(("argv", "expected"), [
    (["-m"], True),  # python -m claims, while the package is being imported
    (["/venv/bin/claims", "list", "a.txt"], True),  # the installed script
    (["C:\\venv\\Scripts\\claims.exe"], False),  # a Windows path is not split on a POSIX machine
    (["/venv/lib/ipykernel_launcher.py", "-f", "k.json"], False),  # a notebook's kernel
    (["/venv/bin/pytest"], False),
    (["-c"], False),
    ([], False),  # an embedded interpreter may leave argv empty
])
def test_the_command_line_is_python_m_claims_or_the_claims_script(argv: list[str], expected: bool):
    assert is_command_line(argv) is expected


def test_a_stale_build_raises_outside_the_command_line(tmp_path: Path):
    folder = build(sources(tmp_path / "claims" / "extract"), sha="0" * 64)
    with pytest.raises(StaleBuildError) as raised:
        guard(folder, argv=["/venv/lib/ipykernel_launcher.py"])
    assert str(raised.value).startswith(f"{folder} holds a compiled extractor (mypyc) that is stale: ")


def test_a_stale_build_exits_2_with_one_line_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture):
    folder = build(sources(tmp_path / "claims" / "extract"), sha="0" * 64)
    with pytest.raises(SystemExit) as raised:
        guard(folder, argv=["-m"])
    assert (raised.value.code, capsys.readouterr()) == (2, ("", (
        f"error: {folder} holds a compiled extractor (mypyc) that is stale: its sources changed since it was built "
        "(2026-12-01T14:00:00Z); run bash scripts/compile.sh again, or bash scripts/compile.sh --clean for pure "
        "Python\n")))


def test_pure_sources_pass_the_guard_silently(tmp_path: Path, capsys: pytest.CaptureFixture):
    guard(sources(tmp_path / "claims" / "extract"), argv=["-m"])
    assert capsys.readouterr() == ("", "")


def test_python_m_claims_refuses_a_stale_build_in_one_line(tmp_path: Path):
    package = Path(claims.compiled.__file__).resolve().parent
    shutil.copytree(package, tmp_path / "claims", ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
    (tmp_path / "claims" / "extract" / "rules.cpython-311-x86_64-linux-gnu.so").write_bytes(b"\x7fELF")
    result = subprocess.run([sys.executable, "-m", "claims", "--version"], cwd=tmp_path, capture_output=True,
                            text=True, env={**os.environ, "PYTHONPATH": str(tmp_path)}, timeout=120)
    folder = tmp_path / "claims" / "extract"
    assert (result.returncode, result.stdout, result.stderr) == (2, "", (
        f"error: {folder} holds a compiled extractor (mypyc) that is stale: its shared library "
        f"{LIBRARY}{EXTENSION_SUFFIXES[0]} is missing (built for another Python?); run bash scripts/compile.sh again, "
        "or bash scripts/compile.sh --clean for pure Python\n"))


def test_the_guard_reads_sys_argv_when_given_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture):
    folder = build(sources(tmp_path / "claims" / "extract"), sha="0" * 64)
    monkeypatch.setattr(sys, "argv", ["-m"])
    with pytest.raises(SystemExit) as raised:
        guard(folder)
    assert (raised.value.code, capsys.readouterr().err.startswith("error: ")) == (2, True)


def starred_in_tuple_tests(source: str) -> list[int]:
    """The lines where `x in (a, *b)` tests membership of a tuple display holding a starred item."""
    import ast
    return [node.lineno for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Compare)
            and any(isinstance(right, ast.Tuple) and any(isinstance(item, ast.Starred) for item in right.elts)
                    for right in node.comparators)]


def test_starred_tuple_tests_are_found():
    assert starred_in_tuple_tests("a = x in (y, *z)\nb = x in (y, z)\nc = (*z,)\nd = x in [*z]\n") == [1]


def test_no_extractor_source_tests_membership_of_a_starred_tuple():
    """mypyc stops the opt-in build on `x in (a, *b)` (an internal error, wave 27c's `source_modifiers`), so no
    module of the compiled extractor may write it; `x == a or x in b` says the same."""
    assert {str(path.relative_to(EXTRACT)): lines for path in sorted(EXTRACT.rglob("*.py"))
            if (lines := starred_in_tuple_tests(path.read_text(encoding="utf-8")))} == {}
