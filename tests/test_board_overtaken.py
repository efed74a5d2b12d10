"""Two windows on one text under one name: a decision on a claim the other window just changed never replaces
theirs unseen."""
from pathlib import Path

from claims import store
from claims.board import ReviewBoard, review


def saved(source: Path, claim_id: str) -> tuple[str, str]:
    """(verdict, note) of a claim as saved in the CSV."""
    table = store.load_verdicts(store.verdicts_path(source))
    row = table[table["claim_id"] == claim_id].iloc[0]
    return str(row["verdict"]), str(row["note"])


def two_windows(source: Path) -> tuple[ReviewBoard, ReviewBoard]:
    """Two boards for ann on the same text, both opened before either decides (like two browser tabs)."""
    return review(source, analyst="ann"), review(source, analyst="ann")


def test_a_verdict_on_a_claim_the_other_window_just_decided_is_refused_once(source: Path) -> None:
    first, second = two_windows(source)
    claim_id = first.session.cursor
    first.verdict_buttons["supported"].click()
    second.verdict_buttons["disputed"].click()  # the second window still showed the claim not reviewed
    assert saved(source, claim_id) == ("supported", "")
    assert "claims-status-error" in second.status.value
    assert ("not done: another window or analyst changed claim 1 just now (it is supported now): your "
            "&#x27;disputed&#x27; was not saved; do it again to replace theirs") in second.status.value
    assert second.session.row(claim_id)["verdict"] == "supported"
    second.verdict_buttons["disputed"].click()  # seen now: the analyst means it
    assert saved(source, claim_id) == ("disputed", "")


def test_a_note_typed_over_the_other_window_s_note_keeps_both(source: Path) -> None:
    first, second = two_windows(source)
    claim_id = first.session.cursor
    first.note.value = "from the first window"
    second.note.value = "from the second window"
    assert saved(source, claim_id) == ("", "from the first window\n\nfrom the second window")
    assert second.note.value == "from the first window\n\nfrom the second window"
    assert ("another window or analyst saved a note on claim 1 while you typed: both are kept, theirs first"
            in second.status.value)


def test_a_note_on_a_claim_whose_verdict_alone_changed_is_saved_as_typed(source: Path) -> None:
    first, second = two_windows(source)
    claim_id = first.session.cursor
    first.verdict_buttons["unverified"].click()
    second.note.value = "mine"
    assert saved(source, claim_id) == ("unverified", "mine")


def test_undo_of_a_claim_the_other_window_changed_since_is_refused(source: Path) -> None:
    first, second = two_windows(source)
    claim_id = first.session.cursor
    second.verdict_buttons["supported"].click()
    first.on_key({"kind": "tick"})
    first.verdict_buttons["disputed"].click()
    second.undo_button.click()  # would put back "not reviewed" over the first window's "disputed"
    assert saved(source, claim_id) == ("disputed", "")
    assert "not done: another window or analyst changed claim 1 just now (it is disputed now)" in second.status.value


def test_moving_after_the_other_window_changed_a_claim_is_not_refused(source: Path) -> None:
    first, second = two_windows(source)
    first.verdict_buttons["supported"].click()
    second.next_button.click()
    assert "claims-status-error" not in second.status.value and second.session.position() == 1
