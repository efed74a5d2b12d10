"""The compare view's widgets: built, clicked, and the final file checked; the HTML pieces whole."""
from __future__ import annotations

from pathlib import Path

import pytest

from claims import load_verdicts
from claims.adjudication import Dispute, Opinion
from claims.adjudication_view import compare_view, heading_html, opinions_html
from claims.compare import compare
from verdict_rows import row, write


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two analysts who disagree on c2 of a.txt."""
    write(tmp_path / "a.ann.verdicts.csv", row("c1", "ann", "supported"),
          row("c2", "ann", "disputed", note="<b>no</b>"))
    write(tmp_path / "a.bob.verdicts.csv", row("c1", "bob", "supported"), row("c2", "bob", "supported", note="ok"))
    return tmp_path


def test_opinions_sit_side_by_side_escaped() -> None:
    dispute = Dispute("c2", "a.txt", "<i>X</i>", "Costs fell.", (
        Opinion("ann", "disputed", "<script>1</script>", "", "2026-11-22T10:00:00Z"),
        Opinion("bob", "supported", "", "", "2026-11-22T11:00:00Z")))
    cell = "<td style='vertical-align:top;padding:4px 12px 4px 0'>"
    assert opinions_html(dispute) == (
        "<p><b>[c2] &lt;i&gt;X&lt;/i&gt;:</b> Costs fell.</p><table class='claims-opinions'><tr>"
        f"{cell}<b>ann</b>: disputed<br><span style='white-space:pre-wrap'>&lt;script&gt;1&lt;/script&gt;</span>"
        "<br><small>2026-11-22T10:00:00Z</small></td>"
        f"{cell}<b>bob</b>: supported<br><span style='white-space:pre-wrap'>(no note)</span>"
        "<br><small>2026-11-22T11:00:00Z</small></td></tr></table>")


def test_an_example_is_marked_and_an_undefined_figure_explained(folder: Path) -> None:
    write(folder / "b.verdicts.csv", row("c1", "ann", "supported", source="b.txt"))
    [_, single] = compare(folder / "nothing-*.verdicts.csv", folder)
    assert heading_html(single) == (
        "<h3>b.txt <span style='background:#fff3cd;padding:0 6px;border:1px solid #f9a825'>EXAMPLE: bundled sample "
        "files, not yours</span></h3><p>agreement: undefined: only ann has reviewed claims of this text; agreement "
        "needs two analysts (1 analyst(s), 0 claim(s) reviewed by two or more, 0 disagreement(s))</p>")


def test_a_click_settles_the_disagreement_in_the_final_file(folder: Path) -> None:
    view = compare_view(compare(folder), reviewer="editor")
    [card] = view.cards
    card.choice.value, card.note.value = "disputed", "=checked the ONS table"
    card.button.click()
    [saved] = load_verdicts(folder / "a.final.csv").to_dict("records")
    assert (saved["claim_id"], saved["verdict"], saved["analyst"], saved["note"]) == (
        "c2", "disputed", "editor", "=checked the ONS table")
    assert card.status.value == (f"settled as disputed by editor at {saved['updated_at']}, saved in "
                                 f"{folder / 'a.final.csv'}")
    [again] = compare_view(compare(folder)).cards
    assert (again.status.value, again.choice.value) == (f"settled as disputed by editor at {saved['updated_at']}",
                                                        "disputed")


def test_a_click_without_a_choice_saves_nothing(folder: Path) -> None:
    [card] = compare_view(compare(folder), reviewer="editor").cards
    card.button.click()
    assert (card.status.value, (folder / "a.final.csv").exists()) == ("choose a final verdict first", False)


def test_a_bad_reviewer_name_is_shown_not_raised(folder: Path) -> None:
    view = compare_view(compare(folder))
    view.reviewer.value = "ed\u2028itor"
    [card] = view.cards
    card.choice.value = "supported"
    card.button.click()
    assert (card.status.value.startswith("<span style='color:#c62828'>not saved: reviewer name"),
            (folder / "a.final.csv").exists()) == (True, False)


def test_no_files_and_no_examples_says_so() -> None:
    view = compare_view([])
    assert view.children[-1].value == "<p>No verdict files matched, and no examples: check FILES.</p>"
