"""The README's promises: its test command is what CI runs, and its Python example works."""
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_exactly_the_readme_test_command():
    commands = re.search(r"```bash\n(.*?)```", README, re.DOTALL).group(1).splitlines()
    test_command = commands[1].split("#")[0].strip()
    assert test_command == "bash scripts/test.sh"
    ci_lines = [line.strip() for line in (ROOT / ".ci/run").read_text().splitlines()
                if line.strip() and not line.startswith("#")]
    assert ci_lines[-1] == test_command


def test_readme_python_example_runs(tmp_path: Path, monkeypatch):
    example = re.search(r"```python\n(.*?)```", README, re.DOTALL).group(1)
    assert len(example.strip().splitlines()) == 5
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds", ignore=shutil.ignore_patterns("*.csv", "*.lock"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLAIMS_ANALYST", "readme")
    namespace: dict = {}
    exec(compile(example, "README.md", "exec"), namespace)
    verdicts = namespace["claims"].load_verdicts("seeds/001_171feed66f9bd120.verdicts.csv")
    row = verdicts[verdicts.verdict != ""].iloc[0]
    assert (row.speaker, row.verdict, row.note, row.analyst) == ("Norfolk County Council", "disputed", "see 000", "readme")
