"""Editing claims in the board in JupyterLab: a corrected speaker kept across a kernel restart, a claim added
with curly quotes across a line break, a conflict resolved. Selectors are the classes documented in claims/board.py."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from claims.store import conflicts_path, load_verdicts, save_verdicts, verdicts_path
from claims.model import ConflictError
from claims.session import ReviewSession

from board_notebook import write_board_notebook

from . import harness
from .harness import ANALYST, shown_claim_id
from .test_lab import open_and_run

pytestmark = pytest.mark.browser

TEXT = ("The Agency said that waits fell and costs fell.\nIt also said staff are happy.\n\n"
        "Posters in March read \"the plan is working\nwell for everyone\" in large letters.\n")
"""A text whose second paragraph has a quotation broken over two lines, in straight marks."""


def open_board(workspace, open_notebook, name: str, text: str):
    """Run a one-text review notebook on the test's own text, saved as seeds/<name>; (notebook, board, CSV)."""
    source = workspace / "seeds" / name
    source.write_text(text, encoding="utf-8")
    nb = open_and_run(open_notebook, write_board_notebook(workspace / "notebooks", source=f"../seeds/{name}"))
    return nb, nb.page.locator(".claims-board"), verdicts_path(source)


def board_with_edit_open(workspace, open_notebook):
    """Open the small notebook, run it, open the edit section; (page, board, csv path, first claim's id)."""
    nb, board, csv_path = open_board(workspace, open_notebook, "edit.txt", TEXT)
    first = shown_claim_id(nb.page)
    open_edit(board)
    return nb, board, csv_path, first


def open_edit(board) -> None:
    """Open the board's "edit this claim" section."""
    board.locator(".claims-edit .jupyter-widget-Collapse-header, .claims-edit .p-Collapse-header, "
                  ".claims-edit .lm-Collapse-header").first.click()
    expect(board.locator(".claims-edit-speaker input")).to_be_visible()


def test_a_speaker_corrected_in_the_board_reaches_the_csv_and_survives_a_kernel_restart(workspace, open_notebook):
    nb, board, csv_path, first = board_with_edit_open(workspace, open_notebook)
    page = nb.page
    speaker = board.locator(".claims-edit-speaker input")
    speaker.fill("The Health Agency")
    speaker.press("Tab")
    board.locator(".claims-edit-save").click()
    rows = harness.wait_for_rows(csv_path, lambda rows: rows[0]["speaker"] == "The Health Agency", "corrected speaker")
    assert [(r["claim_id"], r["origin"], r["original_speaker"], r["analyst"]) for r in rows] == [
        (first, "corrected", "the Agency", ANALYST)]
    expect(board.locator(".claims-quote")).to_contain_text("Speaker: The Health Agency")

    page.evaluate("() => document.querySelector('.claims-board').setAttribute('data-before-restart', '')")
    nb.restart_run_all()
    fresh = page.locator(".claims-board:not([data-before-restart])")
    expect(fresh.locator(".claims-verdict-disputed")).to_be_enabled(timeout=60_000)
    assert nb.errors_raised() == []
    expect(fresh.locator(".claims-quote")).to_contain_text(f"id {first}")
    expect(fresh.locator(".claims-quote")).to_contain_text("Speaker: The Health Agency")
    expect(fresh.locator(".claims-quote")).to_contain_text("corrected by an analyst; the extractor said: the Agency")


def test_a_correction_being_typed_survives_another_window_s_save(workspace, open_notebook):
    _, board, csv_path, first = board_with_edit_open(workspace, open_notebook)
    statement = board.locator(".claims-edit-claim textarea")
    statement.fill("Waits fell sharply.")
    other = ReviewSession(csv_path.parent / "edit.txt", ANALYST)  # a second window of the same analyst
    other.go(other.view()[1])
    other.record("disputed")
    expect(board.locator(".claims-status")).to_contain_text("your unsaved edit of this claim is kept",
                                                            timeout=10_000)  # the timer noticed
    expect(statement).to_have_value("Waits fell sharply.")
    board.locator(".claims-edit-save").click()
    rows = harness.wait_for_rows(csv_path, lambda rows: any(r["origin"] == "corrected" for r in rows), "correction")
    assert sorted((r["claim_id"], r["claim"], r["verdict"], r["origin"]) for r in rows) == sorted([
        (first, "Waits fell sharply.", "", "corrected"), (other.cursor, "Staff are happy.", "disputed", "extracted")])


def test_a_note_being_typed_survives_another_window_s_note_and_both_are_saved(workspace, open_notebook):
    nb, board, csv_path = open_board(workspace, open_notebook, "note.txt", TEXT)
    first = shown_claim_id(nb.page)
    note = board.locator(".claims-note textarea")
    note.click()
    note.press_sequentially("mine, typed slowly")
    other = ReviewSession(csv_path.parent / "note.txt", ANALYST)  # a second window of the same analyst
    other.set_note("theirs", first)
    expect(board.locator(".claims-status")).to_contain_text("the note you are typing is kept",
                                                            timeout=10_000)  # the timer noticed
    note.press_sequentially(" and more")
    expect(note).to_have_value("mine, typed slowly and more")
    note.press("Tab")
    rows = harness.wait_for_rows(csv_path, lambda rows: "mine" in rows[0]["note"], "both notes")
    assert [(r["claim_id"], r["note"]) for r in rows] == [(first, "theirs\n\nmine, typed slowly and more")]
    expect(note).to_have_value("theirs\n\nmine, typed slowly and more")
    expect(board.locator(".claims-status")).to_contain_text("both are kept, theirs first")


def test_a_claim_pasted_with_curly_quotes_is_found_across_a_line_break(workspace, open_notebook):
    nb, board, csv_path = open_board(workspace, open_notebook, "edit.txt", TEXT)
    board.locator(".claims-add-quote input").fill("“the plan is working well for everyone”")
    board.locator(".claims-add-speaker input").fill("The Agency")
    board.locator(".claims-add").click()
    rows = harness.wait_for_rows(csv_path, lambda rows: any(r["origin"] == "added" for r in rows), "added claim")
    assert [(r["quote"], r["speaker"], r["origin"]) for r in rows] == [
        ("\"the plan is working\nwell for everyone\"", "The Agency", "added")]
    expect(board.locator(".claims-status")).to_contain_text("added claim")
    expect(board.locator(".claims-quote mark")).to_contain_text("for everyone")


def test_a_conflict_is_seen_side_by_side_and_resolved_in_the_board(workspace, open_notebook):
    nb, board, csv_path = open_board(workspace, open_notebook, "edit.txt", TEXT)
    first = shown_claim_id(nb.page)
    board.locator(".claims-verdict-supported").click()
    note = board.locator(".claims-note textarea")
    note.fill("mine")
    note.press("Tab")
    harness.wait_for_rows(csv_path, lambda rows: rows[0]["note"] == "mine", "my note")
    other = load_verdicts(csv_path).assign(verdict="disputed", note="theirs", updated_at="2020-01-01T00:00:00Z")
    with pytest.raises(ConflictError):
        save_verdicts(other, csv_path)  # an older version from another window: filed as a conflict
    board.locator(".claims-next").click()
    board.locator(".claims-prev").click()
    panel = board.locator(".claims-conflict")
    expect(panel).to_be_visible()
    expect(panel.locator(".claims-conflict-table")).to_contain_text("theirs")
    board.locator(".claims-conflict-combine").click()
    harness.wait_for_rows(csv_path, lambda rows: rows[0]["note"] == "mine\ntheirs", "combined notes")
    assert [(r["claim_id"], r["verdict"]) for r in harness.read_rows(csv_path)] == [(first, "supported")]
    expect(panel).to_be_hidden()
    assert load_verdicts(conflicts_path(csv_path)).empty


CHECK_TEXT = ("Figures published by Brightway plc in its annual report show that costs fell by a tenth.\n\n"
              "Minister Jo Bloggs said the plan \"is working well for every family\".\n")
"""A body whose figures show (a kind of speaker often wrong on unseen texts), then a person who says."""


def test_a_speaker_to_check_is_flagged_until_the_analyst_corrects_it(workspace, open_notebook):
    nb, board, _ = open_board(workspace, open_notebook, "check.txt", CHECK_TEXT)
    check = board.locator(".claims-quote .claims-check")
    expect(check).to_contain_text("⚠ check the speaker: attributions like this were right about")
    expect(board.locator(".claims-quote .claims-check-why")).to_contain_text("organisation speakers")
    board.locator(".claims-next").click()
    expect(board.locator(".claims-quote")).to_contain_text("Speaker: Jo Bloggs")
    expect(check).to_have_count(0)
    board.locator(".claims-prev").click()
    open_edit(board)
    speaker = board.locator(".claims-edit-speaker input")
    speaker.fill("Brightway plc annual report")
    speaker.press("Tab")
    board.locator(".claims-edit-save").click()
    expect(board.locator(".claims-quote")).to_contain_text("corrected by an analyst")
    expect(check).to_have_count(0)


PARTIES_TEXT = ("Acme Water said bills would rise by 4% next year.\n\n"
                "The Wyre Anglers Trust's chair, Ann Lee, has asked for a meeting. Her members fished 300 days.\n\n"
                "brook council said the roads would reopen in May.\n")
"""Two rows (Acme Water, council) and two parties the text names that no row speaks for (one in a possessive)."""


def offered_speakers(board) -> list[str]:
    """The names the speaker box offers, in order: its datalist's options as the browser holds them."""
    return board.locator(".claims-edit-speaker input").evaluate(
        "input => Array.from(input.list ? input.list.options : [], option => option.value)")


def test_a_party_the_text_names_is_offered_and_saved_as_the_speaker(workspace, open_notebook):
    nb, board, csv_path = open_board(workspace, open_notebook, "parties.txt", PARTIES_TEXT)
    first = shown_claim_id(nb.page)
    open_edit(board)
    expect(board.locator(".claims-edit-speaker datalist option")).to_have_count(4)
    assert offered_speakers(board) == ["Acme Water", "council", "Wyre Anglers Trust", "Ann Lee"]
    speaker = board.locator(".claims-edit-speaker input")
    speaker.fill(offered_speakers(board)[2])
    speaker.press("Tab")
    board.locator(".claims-edit-save").click()
    rows = harness.wait_for_rows(csv_path, lambda rows: rows[0]["speaker"] == "Wyre Anglers Trust",
                                 "a named party chosen as the speaker")
    assert [(r["claim_id"], r["speaker"], r["origin"], r["original_speaker"]) for r in rows] == [
        (first, "Wyre Anglers Trust", "corrected", "Acme Water")]
    expect(board.locator(".claims-quote")).to_contain_text("Speaker: Wyre Anglers Trust")
    assert nb.errors_raised() == []
