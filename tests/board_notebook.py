"""The one-text review notebook the tests write into their temporary folders.

The repository ships only the app (`notebooks/workbench.ipynb`, which needs no editing); tests of the board
inside a notebook write this one beside their copy of seeds/, with the text and the name they need.
"""
from __future__ import annotations

import json
from pathlib import Path

import nbformat

NAME = "board.ipynb"
"""The file name the tests give it, inside their copy of notebooks/."""
DEFAULT_SOURCE = "../seeds/001_171feed66f9bd120.txt"


def parameters(source: str = DEFAULT_SOURCE, analyst: str | None = None) -> str:
    """The first cell: the text to review (relative to the notebook) and the name (None: $CLAIMS_ANALYST)."""
    return f"SOURCE = {json.dumps(source)}\nANALYST = {'None' if analyst is None else json.dumps(analyst)}"


def board_notebook(source: str = DEFAULT_SOURCE, analyst: str | None = None) -> nbformat.NotebookNode:
    """The notebook: parameters, import, the claims table, the board, the summary (markdown between)."""
    cells = [nbformat.v4.new_code_cell(parameters(source, analyst), metadata={"tags": ["parameters"]}),
             nbformat.v4.new_markdown_cell("# Review one text (written by a test)"),
             nbformat.v4.new_code_cell("import claims"),
             nbformat.v4.new_markdown_cell("## The claims"),
             nbformat.v4.new_code_cell("board = claims.review(SOURCE, analyst=ANALYST)\n"
                                       "claims.style_claims(board.table)"),
             nbformat.v4.new_markdown_cell("## Review"),
             nbformat.v4.new_code_cell("board"),
             nbformat.v4.new_markdown_cell("## Summary"),
             nbformat.v4.new_code_cell("claims.review_summary(board.table, board.csv_path)")]
    return nbformat.v4.new_notebook(cells=cells, metadata={
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"}})


def write_board_notebook(folder: Path, source: str = DEFAULT_SOURCE, analyst: str | None = None) -> Path:
    """Write the notebook as `folder/board.ipynb` and return its path."""
    path = folder / NAME
    nbformat.write(board_notebook(source, analyst), path)
    return path
