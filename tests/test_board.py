"""The review board without a browser: click buttons, set values, check the CSV and what the board shows."""
import threading
import warnings
from collections.abc import Callable
from pathlib import Path

import ipywidgets as widgets
import pytest
from traitlets import TraitError

from claims import store
from claims import verdicts
from claims.board import KEY_ACTIONS, IndexedDropdown, ReviewBoard, review
from claims.views import CONFLICT_MARK
from claims.session import ReviewSession

from conftest import ANNOUNCEMENT
from samples import HOSTILE



@pytest.fixture
def board(source: Path) -> ReviewBoard:
    """A board for analyst ann."""
    return review(source, analyst="ann")


def saved_row(source: Path, claim_id: str) -> dict:
    """One claim's decision as saved in the CSV."""
    table = store.load_verdicts(store.verdicts_path(source))
    row = table[table["claim_id"] == claim_id].iloc[0]
    return {name: row[name] for name in ("verdict", "note", "evidence", "dismissed")}


def widget_count() -> int:
    """How many widgets exist in this kernel."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return len(widgets.Widget.widgets)


def test_verdict_buttons_are_labelled_exactly(board: ReviewBoard) -> None:
    assert [b.description for b in board.verdict_buttons.values()] == ["supported", "disputed", "unverified"]
    assert [b._dom_classes for b in board.verdict_buttons.values()] == [
        ("claims-verdict", "claims-verdict-supported"), ("claims-verdict", "claims-verdict-disputed"),
        ("claims-verdict", "claims-verdict-unverified")]
    assert "claims-board" in board._dom_classes
    board.verdict_buttons["disputed"].click()
    assert [b.description for b in board.verdict_buttons.values()] == ["supported", "✓ disputed", "unverified"]


def test_clicking_a_verdict_saves_it_and_the_board_shows_it(board: ReviewBoard, source: Path) -> None:
    first = board.session.cursor
    board.verdict_buttons["disputed"].click()
    assert saved_row(source, first) == {"verdict": "disputed", "note": "", "evidence": "", "dismissed": ""}
    assert board.verdict_buttons["disputed"].button_style == "danger"
    assert "claims-verdict-active" in board.verdict_buttons["disputed"]._dom_classes
    assert board.verdict_buttons["supported"].button_style == ""
    assert "saved verdict &#x27;disputed&#x27; for claim 1 of" in board.status.value
    assert str(store.verdicts_path(source)) in board.status.value
    assert board.progress.value == 1 and board.progress.max == len(board.table)
    assert "disputed <b>1</b>" in board.counts.value
    assert board.table.loc[0, "verdict"] == "disputed"


def test_the_note_is_saved_when_its_value_syncs(board: ReviewBoard, source: Path) -> None:
    assert board.note.continuous_update is False
    first = board.session.cursor
    board.note.value = "checked against <the Ofsted letter>"
    assert saved_row(source, first)["note"] == "checked against <the Ofsted letter>"
    assert "saved note" in board.status.value


def test_moving_redraws_the_claim_without_saving(board: ReviewBoard, source: Path) -> None:
    board.note.value = "about the first"
    board.next_button.click()
    assert board.note.value == ""
    assert board.jump.value == board.session.cursor == board.table["claim_id"].iloc[1]
    assert "Claim <b>2</b> of" in board.quote.value
    board.prev_button.click()
    assert board.note.value == "about the first"
    assert len(store.load_verdicts(store.verdicts_path(source))) == 1


def test_keys_record_and_move(board: ReviewBoard, source: Path) -> None:
    ids = board.table["claim_id"].tolist()
    board.on_key({"kind": "key", "key": "2", "repeat": False})
    board.on_key({"key": "n"})
    board.on_key({"key": "1"})
    board.on_key({"key": "3", "repeat": True})
    board.on_key({"key": "1", "ctrlKey": True})
    board.on_key({"key": "q"})
    assert [saved_row(source, c)["verdict"] for c in ids[:2]] == ["disputed", "supported"]
    board.on_key({"key": "p"})
    assert board.session.cursor == ids[0]
    board.on_key({"key": "u"})
    assert board.session.cursor == ids[2]
    assert board.keypad.key_actions == KEY_ACTIONS and "claims-keys" in board.key_pane._dom_classes


def test_a_key_for_every_action(board: ReviewBoard, source: Path) -> None:
    first = board.session.cursor
    assert set(KEY_ACTIONS.values()) == {"supported", "disputed", "unverified", "not a claim", "undo", "next",
                                         "previous", "next unreviewed", "speaker is right"}
    board.on_key({"key": "x"})
    assert saved_row(source, first)["dismissed"] == "yes" and board.dismiss.value is True
    board.on_key({"key": "X"})
    assert saved_row(source, first)["dismissed"] == ""
    board.on_key({"key": "3"})
    board.on_key({"key": "z"})
    assert saved_row(source, first)["verdict"] == "" and "undo of the verdict" in board.status.value


def test_advance_after_a_verdict_moves_on_and_says_so_at_the_end(board: ReviewBoard, source: Path) -> None:
    ids = board.table["claim_id"].tolist()
    board.advance.value = True
    board.on_key({"key": "1"})
    board.on_key({"key": "2"})
    assert [saved_row(source, c)["verdict"] for c in ids[:2]] == ["supported", "disputed"]
    assert board.session.cursor == ids[2]
    board.jump.value = ids[-1]
    board.on_key({"key": "3"})
    assert saved_row(source, ids[-1])["verdict"] == "unverified" and board.session.cursor == ids[-1]
    assert "claims-status-warning" in board.status.value and "That was the last claim" in board.status.value


def test_next_on_the_last_claim_says_so_and_the_next_success_clears_it(board: ReviewBoard) -> None:
    board.jump.value = board.table["claim_id"].iloc[-1]
    board.next_button.click()
    assert "claims-status-warning" in board.status.value and "there is no next claim" in board.status.value
    board.verdict_buttons["supported"].click()
    assert "claims-status-success" in board.status.value and "no next claim" not in board.status.value


def test_an_old_error_never_stays_after_a_success(board: ReviewBoard) -> None:
    board.add_quote.value = "not in the text at all"
    board.add_button.click()
    assert "claims-status-error" in board.status.value
    board.next_button.click()
    assert "not done" not in board.status.value
    board.add_button.click()
    board.verdict_buttons["disputed"].click()
    assert "claims-status-success" in board.status.value and "not done" not in board.status.value


def test_a_filter_that_leaves_nothing_says_so_and_refuses_verdicts(board: ReviewBoard, source: Path) -> None:
    board.verdict_filter.value = "disputed"
    assert "no claim matches these filters" in board.status.value
    assert "No claim matches these filters" in board.quote.value
    assert all(b.disabled for b in board.verdict_buttons.values()) and board.note.disabled
    assert [board.edit_speaker.value, board.edit_claim.value, board.edit_quote.value, board.original.value,
            board.history.value] == ["", "", "", "", ""]
    assert [b.disabled for b in (board.edit_save, board.edit_restore, board.split_button, board.merge_button)] == [
        True, True, True, True]
    board.on_key({"key": "1"})
    assert "not done: no claim is shown" in board.status.value
    assert store.load_verdicts(store.verdicts_path(source)).empty if store.verdicts_path(source).exists() else True
    board.next_button.click()
    assert "no claim matches these filters" in board.status.value


def test_a_conflict_shows_as_a_warning_never_green(board: ReviewBoard) -> None:
    board.session.status = f"saved note for claim 1 to x.csv at 10:00, but {CONFLICT_MARK}: theirs"
    board.refresh()
    assert "claims-status-warning" in board.status.value and "#1b5e20" not in board.status.value


def test_another_window_s_save_shows_on_the_next_tick_and_causes_no_conflict(board: ReviewBoard,
                                                                                source: Path) -> None:
    ids = board.table["claim_id"].tolist()
    other = review(source, analyst="ann")
    other.jump.value = ids[3]
    other.verdict_buttons["disputed"].click()
    board.on_key({"kind": "tick"})
    assert "changed by another window or analyst" in board.status.value and "(1 claim(s) differ)" in board.status.value
    assert board.session.row(ids[3])["verdict"] == "disputed" and "disputed <b>1</b>" in board.counts.value
    board.verdict_buttons["supported"].click()
    other.verdict_buttons["unverified"].click()  # the other window decides again on its claim
    board.next_button.click()
    board.verdict_buttons["supported"].click()
    assert "another version" not in board.status.value and "claims-status-success" in board.status.value
    saved = {c: saved_row(source, c)["verdict"] for c in (ids[0], ids[1], ids[3])}
    assert saved == {ids[0]: "supported", ids[1]: "supported", ids[3]: "unverified"}
    assert not store.conflicts_path(store.verdicts_path(source)).exists()


def test_the_live_table_and_chart_follow_every_decision(board: ReviewBoard) -> None:
    assert f"not reviewed {len(board.table)}," in board.chart.value and "claims-table-current" in board.claims_table.value
    board.verdict_buttons["disputed"].click()
    assert "<span class='claims-chart-label'>disputed</span>" in board.chart.value
    assert "claims per state: not reviewed" in board.chart.value and "disputed 1," in board.chart.value
    assert ">disputed</td>" in board.claims_table.value
    board.note.value = "a <note>"
    assert "a &lt;note&gt;" in board.claims_table.value
    board.views.selected_index = None
    board.verdict_buttons["supported"].click()
    assert "disputed 1," in board.chart.value  # closed: not redrawn
    board.views.selected_index = 0
    assert "supported 1," in board.chart.value


def test_evidence_leaves_out_the_claim_s_own_text_unless_asked(board: ReviewBoard, source: Path) -> None:
    assert set(board._shown["source"]) <= {"000_f0f58b44150a9287.txt"} and len(board._shown) > 0
    assert f"{source.name} itself left out" in board.evidence_head.value
    board.own_source.value = True
    assert source.name in set(board._shown["source"]) and "left out" not in board.evidence_head.value


def test_the_search_box_finds_passages_that_can_be_cited_whole(board: ReviewBoard, source: Path) -> None:
    board.search.value = "pace of improvement"
    assert "best match &#8220;pace of improvement&#8221;" in board.evidence_head.value
    assert any("pace of improvement" in p.value for p in board.passages)
    board.cites[0].value = True
    passage = board._shown.iloc[0]
    expected = f'{passage["source"]}[{passage["start"]}:{passage["end"]}] "{" ".join(passage["text"].split())}"'
    assert saved_row(source, board.session.cursor)["evidence"] == expected
    assert board.cites[0].value is True


def test_placeholders_point_the_right_way(board: ReviewBoard) -> None:
    rows = list(board.children)
    passages_at, evidence_at = rows.index(board.passage_rows[0]), rows.index(board.evidence)
    assert passages_at < evidence_at and "passages above" in board.evidence.placeholder
    assert "below" in board.evidence_head.value


def test_the_status_line_is_the_first_row(board: ReviewBoard) -> None:
    assert board.children[0].children[0] is board.status
    assert "role" not in board.status.value or "status" in board.status.value


def test_dropdown_and_filters(board: ReviewBoard) -> None:
    ids = board.table["claim_id"].tolist()
    board.jump.value = ids[4]
    assert board.session.cursor == ids[4]
    board.verdict_buttons["unverified"].click()
    board.verdict_filter.value = "unverified"
    assert [value for _, value in board.jump.options] == [ids[4]]
    assert board.jump.options[0][0].startswith("5. [unverified] ")
    board.verdict_filter.value = "not reviewed"
    assert len(board.jump.options) == len(ids) - 1 and board.session.cursor == ids[0]
    speaker = board.session.speakers()[0]
    board.speaker_filter.value = speaker
    assert {board.session.row(c)["speaker"] for _, c in board.jump.options} == {speaker}


def test_moving_creates_no_widgets_and_gives_the_lists_no_new_options(board: ReviewBoard) -> None:
    lists = {"claims": board.jump, "speakers": board.speaker_filter}
    given = {name: dropdown._options_full for name, dropdown in lists.items()}  # a new tuple on every assignment
    before = widget_count()
    ids = board.table["claim_id"].tolist()
    for move in (board.next_button.click, board.next_button.click, board.prev_button.click,
                 lambda: board.on_key({"key": "n"}), lambda: board.on_key({"key": "u"})):
        move()
    board.jump.value = ids[20]
    board.jump.index = 25  # what the browser sends when a claim is chosen in the dropdown
    board.note.value = "a note changes no state"
    assert widget_count() == before
    assert {name: d._options_full is given[name] for name, d in lists.items()} == {"claims": True, "speakers": True}
    assert (board.session.cursor, board.jump.value, board.jump.index) == (ids[25], ids[25], 25)
    board.verdict_buttons["disputed"].click()
    assert {name: d._options_full is given[name] for name, d in lists.items()} == {"claims": False, "speakers": True}
    assert board.jump.options[25][0].startswith("26. [disputed] ") and board.jump.index == 25
    assert widget_count() == before


def test_a_new_speaker_reaches_the_speaker_filter(board: ReviewBoard) -> None:
    board.add_quote.value, board.add_speaker.value = "inspectors highlight", "Ofsted"
    board.add_button.click()
    assert [value for _, value in board.speaker_filter.options] == ["", *board.session.speakers()]
    assert "Ofsted" in board.session.speakers()
    board.speaker_filter.value = "Ofsted"
    assert [value for _, value in board.jump.options] == [board.session.cursor]


@pytest.mark.parametrize("trait, chosen, index", [("value", "b", 1), ("label", "C", 2), ("value", None, None),
                                                  ("index", 0, 0)])
def test_indexed_dropdown_selects_like_a_dropdown(trait: str, chosen, index) -> None:
    mine, theirs = IndexedDropdown(options=[("A", "a"), ("B", "b"), ("C", "c")]), \
        widgets.Dropdown(options=[("A", "a"), ("B", "b"), ("C", "c")])
    for dropdown in (mine, theirs):
        setattr(dropdown, trait, chosen)
    assert (mine.index, mine.value, mine.label) == (theirs.index, theirs.value, theirs.label)
    assert mine.index == index


@pytest.mark.parametrize("trait, chosen, message", [("value", "z", "value not found"),
                                                    ("label", "Z", "label not found"),
                                                    ("value", "A", "value not found")])
def test_indexed_dropdown_refuses_what_is_not_an_option(trait: str, chosen: str, message: str) -> None:
    dropdown = IndexedDropdown(options=[("A", "a"), ("B", "b")])
    dropdown.options = [("A", "a"), ("X", "x")]
    with pytest.raises(TraitError, match=message):
        setattr(dropdown, trait, chosen)
    with pytest.raises(TraitError, match="value not found"):
        dropdown.value = "b"  # an option before the options changed
    assert (dropdown.value, dropdown.label) == ("a", "A")


def test_undo_button(board: ReviewBoard, source: Path) -> None:
    first = board.session.cursor
    assert board.undo_button.disabled
    board.verdict_buttons["supported"].click()
    board.verdict_buttons["disputed"].click()
    board.undo_button.click()
    assert saved_row(source, first)["verdict"] == "supported"
    assert board.verdict_buttons["supported"].button_style == "success"


def test_citing_a_passage_saves_it_in_the_evidence_column(board: ReviewBoard, source: Path) -> None:
    board.next_button.click()
    claim_id = board.session.cursor
    assert [row.layout.display for row in board.passage_rows] == [""] * 5
    board.cites[1].value = True
    citation = board._shown.iloc[1]["citation"]
    assert saved_row(source, claim_id)["evidence"] == citation
    assert board.evidence.value == citation
    board.evidence.value = citation + "\nhttps://example.org"
    assert saved_row(source, claim_id)["evidence"] == citation + "\nhttps://example.org"
    board.cites[1].value = False
    assert saved_row(source, claim_id)["evidence"] == "https://example.org"


def test_dismiss_toggle(board: ReviewBoard, source: Path) -> None:
    first = board.session.cursor
    board.dismiss.value = True
    assert saved_row(source, first)["dismissed"] == "yes"
    assert "dismissed" in board.quote.value
    board.dismiss.value = False
    assert saved_row(source, first)["dismissed"] == ""


def test_add_claim_box(board: ReviewBoard) -> None:
    board.add_quote.value = "inspectors highlight"
    board.add_speaker.value = "Ofsted"
    board.add_button.click()
    assert board.session.row()["quote"] == "inspectors highlight"
    assert "<mark class='claims-mark'>inspectors highlight</mark>" in board.quote.value
    assert board.add_quote.value == "" and "added claim" in board.status.value


def test_a_refused_action_shows_on_the_status_line(board: ReviewBoard) -> None:
    board.add_quote.value = "not in the text <b>at all</b>"
    board.add_button.click()
    assert "not done:" in board.status.value and "&lt;b&gt;at all" in board.status.value
    assert board.add_quote.value == "not in the text <b>at all</b>"


def test_a_failed_save_shows_the_error_and_retry(board: ReviewBoard, source: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    real = verdicts.save_decision
    monkeypatch.setattr(verdicts, "save_decision", lambda *a, **k: (_ for _ in ()).throw(OSError(28, "disk full")))
    board.verdict_buttons["disputed"].click()
    assert "NOT SAVED" in board.status.value and "disk full" in board.status.value
    assert board.retry_button.layout.display == ""
    assert board.verdict_buttons["disputed"].button_style == "danger"
    monkeypatch.setattr(verdicts, "save_decision", real)
    board.retry_button.click()
    assert saved_row(source, board.session.cursor)["verdict"] == "disputed"
    assert board.retry_button.layout.display == "none"


def test_resuming_shows_saved_verdicts_and_opens_at_the_first_unreviewed(board: ReviewBoard, source: Path) -> None:
    board.verdict_buttons["supported"].click()
    board.note.value = "kept"
    again = review(source, analyst="ann")
    assert again.session.cursor == again.table["claim_id"].iloc[1]
    again.prev_button.click()
    assert again.note.value == "kept" and again.verdict_buttons["supported"].button_style == "success"


def test_hostile_source_text_is_escaped(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE + "\nThe Agency says <img src=x onerror=alert(1)> was fixed.\n", encoding="utf-8")
    board = review(path, analyst="ann")
    shown = [board.quote.value, board.counts.value, board.status.value, board.evidence_head.value,
             board.chart.value, board.claims_table.value,
             *(p.value for p in board.passages), *(label for label, _ in board.jump.options)]
    html_shown = "".join(shown[:-len(board.jump.options)])
    assert "<img" not in html_shown and "<script" not in html_shown
    assert "&lt;img src=x onerror=" in "".join(shown)
    for _ in range(len(board.table)):
        board.next_button.click()
        assert "<img" not in board.quote.value and "<script" not in board.quote.value
        assert all("<img" not in p.value and "<script" not in p.value for p in board.passages)


@pytest.mark.parametrize("size", [10, 2000])
def test_the_widget_count_does_not_grow_with_the_claims(tmp_path: Path, size: int) -> None:
    path = tmp_path / "many.txt"
    path.write_text("".join(f"The Council claims that it opened {i} new parks.\n\n" for i in range(size)),
                    encoding="utf-8")
    before = widget_count()
    board = review(path, analyst="ann")
    assert len(board.table) == size
    assert widget_count() - before == EXPECTED_WIDGETS
    board.next_button.click()
    board.verdict_buttons["supported"].click()
    assert widget_count() - before == EXPECTED_WIDGETS


EXPECTED_WIDGETS = None


def setup_module() -> None:
    """Count the widgets of one board on the seed, the number every board must have."""
    global EXPECTED_WIDGETS
    before = widget_count()
    ReviewBoard(ReviewSession(ANNOUNCEMENT, "probe"))
    EXPECTED_WIDGETS = widget_count() - before


def slowed_redraw(board: ReviewBoard, monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """Make the board's next redraws wait in the middle until released; return (redrawing, release)."""
    redrawing, release = threading.Event(), threading.Event()
    draw = board._draw

    def held() -> None:
        redrawing.set()
        release.wait(10)
        draw()

    monkeypatch.setattr(board, "_draw", held)
    return redrawing, release


def while_redrawing(board: ReviewBoard, monkeypatch: pytest.MonkeyPatch, redraw: Callable[[], None],
                    meanwhile: Callable[[], None]) -> None:
    """Run `redraw` on one thread and, once it is inside its redraw, `meanwhile` on another (as ipykernel 7 can)."""
    redrawing, release = slowed_redraw(board, monkeypatch)
    first = threading.Thread(target=redraw)
    first.start()
    assert redrawing.wait(10)
    second = threading.Thread(target=meanwhile)
    second.start()
    second.join(0.5)  # with the handler lock it waits for the redraw; without, it ran (and was dropped) at once
    release.set()
    first.join(10)
    second.join(10)


def test_a_click_from_another_thread_during_a_redraw_is_recorded_on_the_claim_shown_after_it(
        board: ReviewBoard, source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = board.session.cursor
    while_redrawing(board, monkeypatch, lambda: board.act("next"), board.verdict_buttons["supported"].click)
    second = board.session.cursor
    assert (second != first, board.session.row(second)["verdict"], saved_row(source, second)["verdict"]) == (
        True, "supported", "supported")


def test_a_note_from_another_thread_during_a_redraw_is_saved_to_the_claim_it_was_typed_for(
        board: ReviewBoard, source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = board.session.cursor
    board.on_key({"kind": "typing", "box": "note", "claim": first})

    def typed() -> None:
        board.note.value = "checked on the council's site"

    while_redrawing(board, monkeypatch, lambda: board.act("next"), typed)
    assert (board.session.cursor != first, saved_row(source, first)["note"], board.note.value) == (
        True, "checked on the council's site", "")
