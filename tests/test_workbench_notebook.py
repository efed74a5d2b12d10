"""notebooks/workbench.ipynb runs headlessly and shows the app over its folder, with no edit needed."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from conftest import ANNOUNCEMENT, ROOT


def test_the_workbench_notebook_shows_the_app_over_the_seed_folder(tmp_path: Path, seeds_copy: Path,
                                                                   monkeypatch) -> None:
    (tmp_path / "notebooks").mkdir()
    shutil.copy(ROOT / "notebooks" / "workbench.ipynb", tmp_path / "notebooks")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    notebook = nbformat.read(tmp_path / "notebooks" / "workbench.ipynb", as_version=4)
    probe = ("app = _\napp.set_name('Nb Tester')\napp.picker.value = app.picker.options[1][1]\n"
             "app.board.verdict_buttons['unverified'].click()\nprint(app.board.session.source.name, app.analyst)")
    notebook.cells.append(nbformat.v4.new_code_cell(probe))
    NotebookClient(notebook, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path / "notebooks")}}).execute()
    shown = notebook.cells[2].outputs[0]["data"]
    assert "application/vnd.jupyter.widget-view+json" in shown
    assert notebook.cells[-1].outputs[0]["text"] == f"{ANNOUNCEMENT.name} Nb Tester\n"
    assert os.path.exists(seeds_copy / ANNOUNCEMENT.name.replace(".txt", ".verdicts.csv"))
