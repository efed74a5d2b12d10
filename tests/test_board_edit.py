"""The board's "edit this claim" section, history and why-lines, without a browser: set values, click, check the CSV."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claims import store
from claims.board import ReviewBoard, review
from claims.model import ConflictError
from claims.session import SessionError

TEXT = ("The Agency said that waits fell and costs fell.\nIt also said staff are happy.\n\n"
        "Minister Jo Bloggs said the plan \"is working well\".\n")


@pytest.fixture
def board(text_file: Callable[[str], Path]) -> ReviewBoard:
    """A board for analyst ann on a small text of three claims."""
    return review(text_file(TEXT), analyst="ann")


def saved(board: ReviewBoard, *columns: str) -> list[list[object]]:
    """The verdict file's rows, these columns only, in file order."""
    table = store.load_verdicts(board.session.csv_path)
    return table[list(columns)].values.tolist()


def test_the_claim_shows_the_speakers_kind_and_cue(board: ReviewBoard) -> None:
    assert ("Speaker: <b>the Agency</b> <small class='claims-why'>(<span class='claims-kind'>unresolved</span> · "
            "<span class='claims-cue'>cue: “said that”</span>)</small>") in board.quote.value


def test_a_speaker_chosen_in_the_board_reaches_the_csv_with_the_original(board: ReviewBoard) -> None:
    assert board.edit_speaker.options == ("Jo Bloggs", "the Agency")
    board.edit_speaker.value = "Jo Bloggs"
    board.edit_save.click()
    assert saved(board, "speaker", "origin", "original_speaker", "quote") == [
        ["Jo Bloggs", "corrected", "the Agency", "waits fell and costs fell"]]
    assert "Speaker: <b>Jo Bloggs</b>" in board.quote.value
    assert "corrected by an analyst; the extractor said: the Agency" in board.quote.value
    assert "<td>the Agency</td><td>Jo Bloggs</td>" in board.original.value
    reopened = review(board.session.source, analyst="ann")
    assert reopened.session.row()["speaker"] == "Jo Bloggs"


def test_a_typed_speaker_a_new_statement_and_a_narrower_span_are_saved_together(board: ReviewBoard) -> None:
    assert [b.disabled for b in (board.edit_save, board.edit_restore, board.split_button, board.merge_button)] == [
        False, True, False, False]
    board.edit_speaker.value = "The Health Agency"
    board.edit_claim.value = "Waits fell."
    board.edit_quote.value = "waits  fell"
    board.edit_save.click()
    assert saved(board, "speaker", "claim", "quote", "start", "end", "original_claim") == [
        ["The Health Agency", "Waits fell.", "waits fell", 21, 31, "Waits fell and costs fell."]]
    assert board.edit_restore.disabled is False
    board.edit_restore.click()
    assert saved(board, "speaker", "claim", "quote", "origin", "original_quote") == [
        ["the Agency", "Waits fell and costs fell.", "waits fell and costs fell", "extracted", ""]]


def test_a_span_is_widened_within_the_paragraph_only(board: ReviewBoard) -> None:
    board.edit_quote.value = "that waits fell and costs fell."
    board.edit_save.click()
    assert saved(board, "quote", "start") == [["that waits fell and costs fell.", 16]]
    board.edit_quote.value = "the plan"
    board.edit_save.click()
    assert "the words &#x27;the plan&#x27; are not in the claim&#x27;s paragraph" in board.status.value
    assert "claims-status-error" in board.status.value


def test_nothing_changed_is_said_plainly(board: ReviewBoard) -> None:
    board.edit_save.click()
    assert "nothing to correct: change the speaker, the statement or the quote first" in board.status.value


def test_split_and_merge_in_the_board(board: ReviewBoard) -> None:
    board.split_words.value = "costs fell"
    board.split_button.click()
    assert board.split_words.value == ""
    assert saved(board, "quote", "origin") == [["waits fell and", "split"], ["costs fell", "split"]]
    assert len(board.session.table) == 4
    board.merge_button.click()
    assert saved(board, "quote", "origin", "dismissed") == [
        ["waits fell and costs fell", "merged", ""], ["costs fell", "merged", "yes"]]


def test_the_history_section_lists_the_saved_versions(board: ReviewBoard) -> None:
    board.verdict_buttons["supported"].click()
    board.edit_speaker.value = "Jo Bloggs"
    board.edit_save.click()
    assert board.history.value == ""
    board.history_section.selected_index = 0
    rows = board.history.value.split("<tr>")[2:]
    assert [r.split("</td><td>")[1:5] for r in rows] == [
        ["saved (corrected)", "ann", "Jo Bloggs", "waits fell and costs fell"],
        ["saved (extracted)", "ann", "the Agency", "waits fell and costs fell"]]


def test_a_note_sent_late_after_a_verdict_with_advance_reaches_the_claim_it_was_typed_for(board: ReviewBoard) -> None:
    first = board.session.cursor
    board.on_key({"kind": "typing", "box": "note", "claim": first})
    board.advance.value = True
    board.verdict_buttons["disputed"].click()
    second = board.session.cursor
    assert second != first
    board.note.value = "typed on the first claim"
    assert saved(board, "claim_id", "verdict", "note") == [[first, "disputed", "typed on the first claim"]]
    assert board.session.cursor == second and board.note.value == ""
    board.on_key({"kind": "typing", "box": "evidence", "claim": second})
    board.evidence.value = "https://example.org/report"
    assert saved(board, "claim_id", "evidence")[1] == [second, "https://example.org/report"]
    assert board.keypad.claim_id == second


CURLY = ("The Agency’s chief said: “We have cut\nwaiting times in half”, and more.\n\n"
         "Minister Jo Bloggs said the plan \"is working well\".\n")


@pytest.fixture
def curly_board(tmp_path: Path) -> ReviewBoard:
    """A board on a text with curly quotes, an apostrophe, a no-break space and a line break inside a quote."""
    path = tmp_path / "c.txt"
    path.write_text(CURLY.replace("in half", "in\u00a0half"), encoding="utf-8")
    return review(path, analyst="ann")


def test_a_quote_pasted_in_straight_quotes_across_the_line_break_is_found(curly_board: ReviewBoard) -> None:
    board = curly_board
    board.add_quote.value = "\"We have cut waiting times in half\""
    board.add_speaker.value = "the chief"
    board.add_button.click()
    assert saved(board, "quote", "speaker", "origin") == [["“We have cut\nwaiting times in\u00a0half”", "the chief",
                                                          "added"]]
    assert (board.add_quote.value, board.session.row()["claim"]) == ("", "“We have cut waiting times in half”")


def test_a_quote_not_in_the_text_is_shown_as_text_not_a_python_repr(curly_board: ReviewBoard) -> None:
    curly_board.add_quote.value = "The\u00a0County\nsaid"
    curly_board.add_button.click()
    assert "the quote “The County⏎said” is not in the text" in curly_board.status.value
    assert "\\xa0" not in curly_board.status.value and "\\n" not in curly_board.status.value


def test_undoing_an_add_leaves_no_row_behind(board: ReviewBoard) -> None:
    board.add_quote.value = "Minister Jo Bloggs"
    board.add_button.click()
    assert saved(board, "quote", "origin") == [["Minister Jo Bloggs", "added"]]
    board.undo_button.click()
    assert saved(board, "quote") == [] and len(board.session.table) == 3


def test_a_quote_inside_a_claim_asks_then_splits_that_claim(board: ReviewBoard) -> None:
    board.add_quote.value = "costs fell"
    board.add_button.click()
    assert board.inside_choice.layout.display == ""
    assert "lies inside claim" in board.status.value and "claims-status-warning" in board.status.value
    assert not board.session.csv_path.exists()
    board.add_split.click()
    assert board.inside_choice.layout.display == "none"
    assert saved(board, "quote", "origin") == [["waits fell and", "split"], ["costs fell", "split"]]
    assert board.session.row()["quote"] == "costs fell"


def test_a_quote_inside_a_claim_can_be_added_beside_it(board: ReviewBoard) -> None:
    board.add_quote.value = "costs fell"
    board.add_button.click()
    board.add_separate.click()
    assert saved(board, "quote", "origin") == [["costs fell", "added"]]
    assert len(board.session.table) == 4


def test_a_conflict_is_shown_side_by_side_and_resolved_in_the_board(board: ReviewBoard) -> None:
    board.verdict_buttons["supported"].click()
    board.note.value = "mine"
    first = board.session.cursor
    other = store.load_verdicts(board.session.csv_path).assign(verdict="disputed", note="theirs",
                                                                 updated_at="2020-01-01T00:00:00Z")
    with pytest.raises(ConflictError):
        store.save_verdicts(other, board.session.csv_path)
    board.refresh()
    assert board.conflict_panel.layout.display == ""
    assert "<tr><th>note</th><td>mine</td><td>theirs</td></tr>" in board.conflict.value
    board.conflict_buttons["combine"].click()
    assert saved(board, "claim_id", "verdict", "note") == [[first, "supported", "mine\ntheirs"]]
    assert store.row_conflicts(board.session.csv_path, (first, "ann")) == []
    assert board.conflict_panel.layout.display == "none"


@pytest.mark.parametrize(("choice", "expected"), [("mine", ["supported", "mine"]), ("theirs", ["disputed", "theirs"])])
def test_keep_mine_or_take_theirs(board: ReviewBoard, choice: str, expected: list[str]) -> None:
    board.verdict_buttons["supported"].click()
    board.note.value = "mine"
    other = store.load_verdicts(board.session.csv_path).assign(verdict="disputed", note="theirs",
                                                                 updated_at="2020-01-01T00:00:00Z")
    with pytest.raises(ConflictError):
        store.save_verdicts(other, board.session.csv_path)
    board.refresh()
    board.conflict_buttons[choice].click()
    assert saved(board, "verdict", "note") == [expected]
    assert board.conflict_panel.layout.display == "none"
    assert "resolved (" + choice + ")" in board.status.value


def test_a_correction_being_typed_survives_another_window_s_save(board: ReviewBoard) -> None:
    board.edit_speaker.value = "The Health Agency"
    board.edit_claim.value = "Waits fell sharply."
    other = review(board.session.source, analyst="ann")
    other.next_button.click()
    other.verdict_buttons["disputed"].click()
    board.on_key({"kind": "tick"})
    assert "changed by another window or analyst" in board.status.value
    assert "your unsaved edit of this claim is kept" in board.status.value
    assert (board.edit_speaker.value, board.edit_claim.value, board.edit_quote.value) == (
        "The Health Agency", "Waits fell sharply.", "waits fell and costs fell")
    board.edit_save.click()
    assert saved(board, "speaker", "claim", "verdict") == [
        ["The Health Agency", "Waits fell sharply.", ""], ["the Agency", "Staff are happy.", "disputed"]]


def other_window_notes(board: ReviewBoard, note: str) -> None:
    """A second window of the same analyst saves a note on the claim the board shows."""
    other = review(board.session.source, analyst="ann")
    other.note.value = note


def test_a_note_being_typed_survives_another_window_s_save_and_is_saved_beside_theirs(board: ReviewBoard) -> None:
    first = board.session.cursor
    board.on_key({"kind": "typing", "box": "note", "claim": first})
    other_window_notes(board, "theirs")
    board.on_key({"kind": "tick", "typing": "note"})
    assert (board.note.value, "(1 claim(s) differ); the note you are typing is kept</div>" in board.status.value) == (
        "", True)
    board.note.value = "mine"  # the browser sends the box when the analyst leaves it
    assert saved(board, "claim_id", "note") == [[first, "theirs\n\nmine"]]
    assert "another window or analyst saved a note on claim 1 while you typed: both are kept" in board.status.value
    assert board.note.value == "mine"
    board.on_key({"kind": "left", "box": "note"})
    assert board.note.value == "theirs\n\nmine"


def test_a_note_box_held_while_typing_shows_the_saved_note_once_the_tick_says_nobody_types(board: ReviewBoard) -> None:
    board.on_key({"kind": "typing", "box": "evidence", "claim": board.session.cursor})
    other = review(board.session.source, analyst="ann")
    other.evidence.value = "https://example.org/theirs"
    board.on_key({"kind": "tick", "typing": "evidence"})
    assert board.evidence.value == ""
    board.on_key({"kind": "tick", "typing": ""})
    assert board.evidence.value == "https://example.org/theirs"


def test_a_button_ends_typing_so_the_board_shows_the_saved_note_again(board: ReviewBoard) -> None:
    board.on_key({"kind": "typing", "box": "note", "claim": board.session.cursor})
    other_window_notes(board, "theirs")
    board.on_key({"kind": "tick", "typing": "note"})
    board.next_button.click()
    board.prev_button.click()
    assert board.note.value == "theirs"


def test_a_redraw_while_nobody_types_replaces_the_note_box(board: ReviewBoard) -> None:
    other_window_notes(board, "theirs")
    board.on_key({"kind": "tick", "typing": ""})
    assert (board.note.value, "the note you are typing" in board.status.value) == ("theirs", False)


def test_a_correction_being_typed_survives_a_verdict_and_a_refused_save(board: ReviewBoard) -> None:
    board.edit_claim.value = "Waits fell sharply."
    board.edit_quote.value = "the plan"
    board.verdict_buttons["supported"].click()
    board.edit_save.click()
    assert "are not in the claim&#x27;s paragraph" in board.status.value
    assert (board.edit_claim.value, board.edit_quote.value) == ("Waits fell sharply.", "the plan")
    board.edit_quote.value = "waits fell"
    board.edit_save.click()
    assert saved(board, "claim", "quote", "verdict") == [["Waits fell sharply.", "waits fell", "supported"]]
    assert (board.edit_claim.value, board.edit_quote.value) == ("Waits fell sharply.", "waits fell")


def test_moving_on_or_restoring_shows_the_saved_values_not_the_draft(board: ReviewBoard) -> None:
    board.edit_claim.value = "Waits fell sharply."
    board.next_button.click()  # asks first (see below), then drops the draft
    board.next_button.click()
    assert board.edit_claim.value == "Staff are happy."
    board.prev_button.click()
    assert board.edit_claim.value == "Waits fell and costs fell."
    board.edit_speaker.value = "Jo Bloggs"
    board.edit_save.click()
    board.edit_speaker.value = "Somebody Else"
    board.edit_restore.click()
    assert (board.edit_speaker.value, board.edit_claim.value) == ("the Agency", "Waits fell and costs fell.")


def test_undo_takes_back_a_correction_then_the_decision_before_it(board: ReviewBoard) -> None:
    board.verdict_buttons["supported"].click()
    board.edit_speaker.value = "Jo Bloggs"
    board.edit_claim.value = "Waits fell."
    board.edit_save.click()
    board.undo_button.click()
    assert saved(board, "speaker", "claim", "verdict", "origin", "original_speaker") == [
        ["the Agency", "Waits fell and costs fell.", "supported", "extracted", ""]]
    assert "saved undo of the correction of claim 1 of 3 (" in board.status.value
    assert (board.edit_speaker.value, board.edit_claim.value) == ("the Agency", "Waits fell and costs fell.")
    board.undo_button.click()
    assert saved(board, "verdict") == [[""]]


def test_undo_after_going_back_to_the_extractor_s_version_brings_the_correction_back(board: ReviewBoard) -> None:
    board.edit_quote.value = "waits fell"
    board.edit_save.click()
    board.edit_restore.click()
    assert saved(board, "quote", "origin") == [["waits fell and costs fell", "extracted"]]
    board.undo_button.click()
    assert saved(board, "quote", "origin", "original_quote") == [["waits fell", "corrected", "waits fell and costs fell"]]


@pytest.mark.parametrize("edit, how", [
    (lambda b: (setattr(b.split_words, "value", "costs fell"), b.split_button.click()), "merge with the next claim"),
    (lambda b: b.merge_button.click(), "back to the extractor&#x27;s version"),
])
def test_undo_says_how_to_reverse_a_split_or_merge_then_goes_on(board: ReviewBoard, edit, how: str) -> None:
    board.verdict_buttons["disputed"].click()
    edit(board)
    rows = saved(board, "claim_id", "quote", "origin", "dismissed")
    board.undo_button.click()
    assert "undo does not reverse a" in board.status.value and how in board.status.value
    assert saved(board, "claim_id", "quote", "origin", "dismissed") == rows
    board.undo_button.click()
    assert saved(board, "verdict")[0] == [""]


def test_undo_of_a_correction_made_on_another_claim_puts_its_span_back_and_names_it(board: ReviewBoard) -> None:
    first = board.session.cursor
    board.edit_quote.value = "costs fell"
    board.edit_save.click()
    assert board.session.status.startswith(f"saved corrected claim 1 of 3 ({first}) (corrected: the Agency: Waits fell "
                                           "and costs fell.) to ")
    board.next_button.click()
    board.undo_button.click()
    assert saved(board, "claim_id", "quote", "start", "end", "origin") == [
        [first, "waits fell and costs fell", 21, 46, "extracted", ]]
    assert board.session.status.startswith(f"saved undo of the correction of claim 1 of 3 ({first}) to ")
    assert board.session.cursor == first


def test_undo_after_moving_on_from_a_split_names_the_split_claim(board: ReviewBoard) -> None:
    first = board.session.cursor
    board.split_words.value = "costs fell"
    board.split_button.click()
    board.next_button.click()
    with pytest.raises(SessionError) as raised:
        board.session.undo()
    assert str(raised.value) == (f"undo does not reverse a split: the last one was of claim 1 of 4 ({first}); use "
                                 "merge with the next claim on it. Undo again for the change before it")


def test_the_status_says_a_draft_is_kept_only_when_there_is_one(board: ReviewBoard) -> None:
    other = review(board.session.source, analyst="ann")
    other.verdict_buttons["disputed"].click()
    board.on_key({"kind": "tick"})
    assert board.notice is not None and board.notice.text == (
        "a.verdicts.csv was changed by another window or analyst: the board shows it now (1 claim(s) differ)")


@pytest.mark.parametrize("move", [lambda b: b.next_button.click(), lambda b: b.on_key({"kind": "key", "key": "u"}),
                                  lambda b: setattr(b.jump, "value", b.session.view()[2]),
                                  lambda b: setattr(b.verdict_filter, "value", "supported")])
def test_moving_away_from_an_unsaved_correction_asks_once_then_drops_it(board: ReviewBoard, move) -> None:
    claims = board.session.table["claim"].tolist()
    board.edit_claim.value = "Waits fell sharply."
    board.edit_quote.value = "waits fell"
    move(board)
    assert (board.session.position(), board.jump.index, board.edit_claim.value) == (0, 0, "Waits fell sharply.")
    assert board.notice is not None and (board.notice.level, board.notice.text) == (
        "warning", "claim 1 has an unsaved correction (statement, quote): press save correction to keep it, or do "
                   "that again to drop it")
    assert (board.verdict_filter.value, board.session.verdict_filter) == ("all", "all")
    move(board)
    assert board.edit_claim.value != "Waits fell sharply." and board.session.position() != 0
    assert board.session.table["claim"].tolist() == claims


def test_a_draft_changed_after_the_warning_is_asked_about_again(board: ReviewBoard) -> None:
    board.edit_claim.value = "Waits fell sharply."
    board.next_button.click()
    board.edit_claim.value = "Waits fell very sharply."
    board.next_button.click()
    assert board.session.position() == 0 and "unsaved correction (statement)" in board.status.value


def test_a_filter_that_keeps_the_claim_shown_keeps_the_draft_without_asking(board: ReviewBoard) -> None:
    board.edit_claim.value = "Waits fell sharply."
    board.verdict_filter.value = "not reviewed"
    assert (board.session.position(), board.edit_claim.value, board.notice) == (0, "Waits fell sharply.", None)


def test_the_split_box_has_a_name_besides_its_placeholder(board: ReviewBoard) -> None:
    assert (board.split_words.description, board.split_words.placeholder) == (
        "split at", "the words where the second claim begins")
