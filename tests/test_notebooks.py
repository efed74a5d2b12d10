"""Every notebook runs headlessly (nbclient) on a temporary copy of seeds/, with parameters injected."""
import re
import shutil
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from claims import store, verdicts

from conftest import ANNOUNCEMENT, ROOT
from board_notebook import write_board_notebook
from samples import HOSTILE

NOTEBOOKS = ROOT / "notebooks"
ALL_NOTEBOOKS = sorted(NOTEBOOKS.glob("*.ipynb"))


@pytest.fixture
def workspace(tmp_path: Path, seeds_copy: Path) -> Path:
    """A copy of notebooks/ beside the temporary seeds/, as in the repository."""
    shutil.copytree(NOTEBOOKS, tmp_path / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    return tmp_path / "notebooks"


def run(path: Path, parameters: str | None = None, extra: list[str] = ()) -> nbformat.NotebookNode:
    """Execute a notebook in its folder, its first cell replaced by `parameters`, extra cells appended."""
    notebook = nbformat.read(path, as_version=4)
    if parameters is not None:
        notebook.cells[0].source = parameters
    notebook.cells += [nbformat.v4.new_code_cell(source) for source in extra]
    NotebookClient(notebook, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    return notebook


def html_of(cell: nbformat.NotebookNode) -> str:
    """All the HTML and plain text a cell displayed."""
    return "".join(output.get("data", {}).get("text/html", "") + output.get("data", {}).get("text/plain", "")
                   + output.get("text", "") for output in cell.get("outputs", []))


def test_the_user_facing_notebook_is_the_app_with_nothing_to_edit() -> None:
    assert [p.name for p in ALL_NOTEBOOKS] == ["compare_analysts.ipynb", "workbench.ipynb"]
    code = [c.source for c in nbformat.read(NOTEBOOKS / "workbench.ipynb", as_version=4).cells if c.cell_type == "code"]
    assert code == ['FOLDER = "../seeds"  # the folder of source texts, relative to this notebook',
                    "import claims\n\nclaims.app(FOLDER)"]


def test_no_notebook_tells_of_keys_under_the_pointer_or_re_running_cells() -> None:
    said = [(p.name, c.source) for p in ALL_NOTEBOOKS for c in nbformat.read(p, as_version=4).cells
            if re.search(r"pointer is over|re-run this cell|login name|ANALYST =", c.source, re.I)]
    assert said == []


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_are_committed_clean(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    assert notebook.metadata.kernelspec.name == "python3"
    assert notebook.cells[0].metadata.tags == ["parameters"]
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert [(cell.outputs, cell.execution_count) for cell in code] == [([], None)] * len(code)
    assert not [cell.source for cell in code if re.search(r"^\s*(def|class|for|while|if)\b", cell.source, re.M)]


def test_the_board_in_a_notebook_shows_table_board_and_summary_and_resumes(workspace: Path) -> None:
    parameters = f'SOURCE = "../seeds/{ANNOUNCEMENT.name}"\nANALYST = "tester"'
    clicks = ['board.verdict_buttons["disputed"].click()', 'board.note.value = "checked, see letter"']
    first = run(write_board_notebook(workspace), parameters, clicks)
    csv = workspace.parent / "seeds" / store.verdicts_path(ANNOUNCEMENT).name
    table, summary = html_of(first.cells[4]), html_of(first.cells[8])
    assert "He [Michael Rosen] is moving on from his role." in table and "claims</caption>" in table
    assert "application/vnd.jupyter.widget-view+json" in first.cells[6].outputs[0]["data"]
    assert f"<code class='claims-csv-path'>../seeds/{csv.name}</code>" in summary
    assert "<b>0</b> of" in summary
    saved = store.load_verdicts(csv)
    assert saved[["analyst", "verdict", "note"]].values.tolist() == [["tester", "disputed", "checked, see letter"]]
    again = run(workspace / "board.ipynb", parameters, ["board.session.cursor, board.note.value"])
    second = verdicts.review_table(csv.with_name(ANNOUNCEMENT.name), "tester")["claim_id"].iloc[1]
    assert "<b>1</b> of" in html_of(again.cells[8])
    assert html_of(again.cells[-1]) == repr((second, ""))


def test_the_board_in_a_notebook_escapes_a_hostile_source(workspace: Path) -> None:
    hostile = workspace.parent / "seeds" / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    notebook = run(write_board_notebook(workspace), 'SOURCE = "../seeds/hostile.txt"\nANALYST = "tester"',
                   ["print(board.quote.value)"])
    shown = "".join(html_of(cell) for cell in notebook.cells)
    assert "&lt;img src=x onerror=" in shown and "&lt;script&gt;" in shown
    assert "<img src=x" not in shown and "<script>window" not in shown

