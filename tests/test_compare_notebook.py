"""notebooks/compare_analysts.ipynb, executed headlessly: grouped by text, examples marked, a settlement used."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims import load_verdicts, record_verdict, review_table
from claims.cli import main
from claims.report_page import write_report
from conftest import ANNOUNCEMENT, REPORT
from test_notebooks import html_of, run, workspace  # noqa: F401 (workspace is a fixture)

SETTLE = ['card = view.cards[0]', 'card.choice.value = "disputed"',
          'card.note.value = "<b>Settled</b>: the 2016 letter says otherwise"', 'card.button.click()',
          'print(card.status.value)']


def test_the_examples_are_used_marked_and_explained(workspace: Path) -> None:
    notebook = run(workspace / "compare_analysts.ipynb", 'FILES = ["../seeds/*.verdicts.csv"]\n'
                   'EXAMPLES = "examples/*.verdicts.csv"\nREVIEWER = "editor"')
    overview, merged = html_of(notebook.cells[3]), html_of(notebook.cells[7])
    bob = "001_171feed66f9bd120.bob.verdicts.csv"
    assert ("bundled example" in overview, "0.576" in overview, bob in overview) == (True, True, True)
    assert "application/vnd.jupyter.widget-view+json" in notebook.cells[5].outputs[0]["data"]
    assert "no source given; &#34;needs&#34; checking" in merged


def test_two_texts_are_compared_apart_and_an_undefined_figure_says_why(workspace: Path) -> None:
    seeds = workspace.parent / "seeds"
    for source, analysts in ((ANNOUNCEMENT, ("ann", "bob")), (REPORT, ("ann",))):
        claim_id = review_table(seeds / source.name, "ann")["claim_id"].iloc[0]
        for analyst in analysts:
            record_verdict(seeds / source.name, claim_id, "supported", analyst=analyst)
    notebook = run(workspace / "compare_analysts.ipynb")
    overview = html_of(notebook.cells[3])
    shown = (ANNOUNCEMENT.name in overview, REPORT.name in overview, "bundled example" in overview)
    assert shown == (True, True, False)
    assert "undefined: only ann has reviewed claims of this text; agreement needs two analysts" in overview
    assert "every claim reviewed by two or more got the same label (supported)" in overview


def test_a_settlement_in_the_compare_view_is_used_by_the_report_and_the_export(
        workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = workspace.parent / "seeds"
    source = seeds / ANNOUNCEMENT.name
    claim_id = review_table(source, "ann")["claim_id"].iloc[0]
    record_verdict(source, claim_id, "supported", note="looks right", analyst="ann")
    record_verdict(source, claim_id, "unverified", note="no source", analyst="bob")
    notebook = run(workspace / "compare_analysts.ipynb", 'FILES = ["../seeds/*.verdicts.csv"]\n'
                   'EXAMPLES = "examples/*.verdicts.csv"\nREVIEWER = "editor"', SETTLE)
    [settled] = load_verdicts(seeds / f"{ANNOUNCEMENT.stem}.final.csv").to_dict("records")
    assert (settled["claim_id"], settled["verdict"], settled["analyst"]) == (claim_id, "disputed", "editor")
    assert html_of(notebook.cells[-1]).startswith(f"settled as disputed by editor at {settled['updated_at']}")
    page = write_report(source, final=True).read_text(encoding="utf-8")
    assert ("Final verdict, settled by <b class='analyst'>editor</b>: <span class='badge s-disputed'>disputed</span>"
            in page, "&lt;b&gt;Settled&lt;/b&gt;: the 2016 letter says otherwise" in page) == (True, True)
    assert main(["export-final", str(source)]) == 0
    [review] = json.loads(capsys.readouterr().out)
    assert (review["reviewRating"]["alternateName"], review["author"]["name"], review["reviewBody"]) == (
        "Disputed", "editor", "<b>Settled</b>: the 2016 letter says otherwise")
