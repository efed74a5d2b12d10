"""Confirming a flagged speaker and the list of speakers still to check: the session, the store, re-extraction."""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from claims import placing
from claims.board import KEY_ACTIONS, ReviewBoard, review
from claims.checking import extractor_confidence, is_flagged, still_to_check, to_check
from claims.extract.confidence import CHECK_BELOW, Confidence, row_confidence
from claims.live import reopen
from claims.model import CORRECTED_COLUMNS, VerdictFileError
from claims.session import ReviewSession, SessionError
from claims.store import load_verdicts, verdicts_path
from claims.verdicts import set_speaker_checked
from claims.views import check_html, checked_html

TEXT = ("Minister Jo Bloggs said the plan \"is working well for every family\".\n\n"
        "Figures published by Brightway plc in its annual report show that costs fell by a tenth.\n\n"
        "Acme Water said that leaks fell by a fifth and bills will stay flat.\n")
"""A person who says (not flagged) and two organisations (flagged): one through a finding verb, one who says."""


@pytest.fixture
def source(text_file: Callable[[str], Path]) -> Path:
    """The text in a folder of its own."""
    return text_file(TEXT)


def ids(session: ReviewSession) -> dict[str, str]:
    """The claims' ids by speaker."""
    return {str(row["speaker"]): str(row["claim_id"]) for _, row in session.table.iterrows()}


def saved(source: Path) -> list[tuple[str, str, str, str]]:
    """(speaker, analyst, verdict, speaker_checked) of each row in the verdict file."""
    frame = load_verdicts(verdicts_path(source))
    return list(frame[["speaker", "analyst", "verdict", "speaker_checked"]].itertuples(index=False, name=None))


# ---------------------------------------------------------------- the pure rule

@pytest.mark.parametrize(("flagged", "checked", "dismissed", "orphan", "waiting"), [
    (True, "", "", False, True), (True, "yes", "", False, False), (True, "", "yes", False, False),
    (True, "", "", True, False), (False, "", "", False, False)])
def test_a_flagged_speaker_waits_until_confirmed_dismissed_or_orphaned(flagged, checked, dismissed, orphan,
                                                                       waiting) -> None:
    assert still_to_check(flagged, checked, dismissed, orphan) is waiting


def test_to_check_reads_a_table_without_the_new_columns_as_empty() -> None:
    table = pd.DataFrame({"dismissed": ["", "yes", ""]})
    assert to_check(table, [True, True, False]) == [True, False, False]


def test_to_check_reads_every_column_it_needs() -> None:
    table = pd.DataFrame({"speaker_checked": ["", "yes", "", ""], "dismissed": ["", "", "yes", ""],
                          "orphan": [False, False, False, True]})
    assert to_check(table, [True] * 4) == [True, False, False, False]


def test_a_share_at_the_threshold_is_not_flagged() -> None:
    assert [is_flagged(None), is_flagged(Confidence(CHECK_BELOW, 9, 10, "person")),
            is_flagged(Confidence(CHECK_BELOW - 0.001, 8, 10, "person"))] == [False, False, True]


def test_only_an_extracted_row_the_extractor_still_lists_has_a_confidence() -> None:
    text = "Acme Water said that leaks fell."
    row = {"origin": "extracted", "start": 21, "end": 31, "speaker": "Acme Water"}
    why = {(21, 31): ("organisation", "said that")}
    assert extractor_confidence(text, row, why) == row_confidence(text, "Acme Water", "organisation", "said that",
                                                                  (21, 31))
    assert extractor_confidence(text, row, why) is not None
    assert extractor_confidence(text, {**row, "start": 20}, why) is None
    assert extractor_confidence(text, {**row, "origin": "corrected"}, why) is None
    assert extractor_confidence(text, row, {(21, 31): ("", "")}) is None


# ---------------------------------------------------------------- confirming

def test_the_organisations_are_flagged_and_the_person_is_not(source: Path) -> None:
    session = ReviewSession(source, "ann")
    who = ids(session)
    assert [session.claims.flagged(c) for c in session.claims.ids] == [False, True, True]
    assert session.to_check() == [who["Brightway plc"], who["Acme Water"]]
    assert session.to_check_count() == 2


def test_confirming_saves_at_once_and_takes_the_claim_off_the_list(source: Path) -> None:
    session = ReviewSession(source, "ann", now=lambda: "12:00:00")
    who = ids(session)
    session.go(who["Acme Water"])
    session.confirm_speaker()
    assert session.to_check() == [who["Brightway plc"]] and session.to_check_count() == 1
    assert session.checked_by() == "speaker checked by ann"
    assert session.status == (f"saved confirmation of the speaker for claim 3 of 3 ({who['Acme Water']}) to "
                               f"{verdicts_path(source)} at 12:00:00")
    assert saved(source) == [("Acme Water", "ann", "", "yes")]


def test_undo_takes_the_confirmation_back_in_the_file_too(source: Path) -> None:
    session = ReviewSession(source, "ann")
    who = ids(session)
    session.go(who["Acme Water"])
    session.record("supported")
    session.confirm_speaker()
    assert session.undo() == "confirmation of the speaker"
    assert (session.to_check_count(), session.checked_by()) == (2, "")
    assert saved(source) == [("Acme Water", "ann", "supported", "")]


def test_a_confirmation_survives_reopening_and_a_verdict_after_it(source: Path) -> None:
    first = ReviewSession(source, "ann")
    who = ids(first)
    first.go(who["Brightway plc"])
    first.confirm_speaker()
    again = ReviewSession(source, "ann")
    again.go(who["Brightway plc"])
    again.record("disputed")
    assert (again.to_check(), again.checked_by()) == ([who["Acme Water"]], "speaker checked by ann")
    assert saved(source) == [("Brightway plc", "ann", "disputed", "yes")]


def test_a_confirmation_is_the_analyst_s_own(source: Path) -> None:
    ann = ReviewSession(source, "ann")
    who = ids(ann)
    ann.go(who["Acme Water"])
    ann.confirm_speaker()
    bob = ReviewSession(source, "bob")
    assert bob.to_check() == [who["Brightway plc"], who["Acme Water"]]
    bob.go(who["Acme Water"])
    assert bob.checked_by() == ""
    bob.go(who["Brightway plc"])
    bob.confirm_speaker()
    assert ReviewSession(source, "ann").to_check() == [who["Brightway plc"]]
    assert sorted(saved(source)) == [("Acme Water", "ann", "", "yes"), ("Brightway plc", "bob", "", "yes")]


def test_taking_a_confirmation_back_without_undo(source: Path) -> None:
    session = ReviewSession(source, "ann")
    session.go(ids(session)["Acme Water"])
    session.confirm_speaker()
    session.confirm_speaker(False)
    assert (session.to_check_count(), saved(source)) == (2, [("Acme Water", "ann", "", "")])


def test_the_store_records_a_confirmation_without_a_session(source: Path) -> None:
    who = ids(ReviewSession(source, "ann"))
    row = set_speaker_checked(source, who["Acme Water"], analyst="ann")
    assert (row["speaker"], row["speaker_checked"], row["origin"]) == ("Acme Water", "yes", "extracted")
    assert ReviewSession(source, "ann").to_check() == [who["Brightway plc"]]


def test_a_corrected_speaker_counts_as_checked_and_cannot_be_confirmed(source: Path) -> None:
    session = ReviewSession(source, "ann")
    who = ids(session)
    session.go(who["Acme Water"])
    session.correct(speaker="Acme Water Ltd")
    assert session.to_check() == [who["Brightway plc"]]
    with pytest.raises(SessionError) as caught:
        session.confirm_speaker()
    assert str(caught.value) == (f"the speaker of claim 3 of 3 ({who['Acme Water']}) was given by an analyst "
                                 "(corrected), so there is nothing to confirm")


def test_an_unflagged_speaker_is_not_confirmed(source: Path) -> None:
    session = ReviewSession(source, "ann")
    session.go(ids(session)["Jo Bloggs"])
    with pytest.raises(SessionError) as caught:
        session.confirm_speaker()
    assert str(caught.value) == (f"the speaker of claim 1 of 3 ({session.cursor}) is not one to check (speakers of "
                                 "its kind were right at least 96% of the time, or the extractor could not name one), "
                                 "so there is nothing to confirm")
    assert not verdicts_path(source).exists()


def test_an_added_claim_cannot_be_confirmed_and_a_dismissed_one_is_not_to_check(source: Path) -> None:
    session = ReviewSession(source, "ann")
    who = ids(session)
    session.go(who["Brightway plc"])
    session.dismiss()
    assert session.to_check() == [who["Acme Water"]]
    added = session.add("Minister Jo Bloggs", speaker="the writer")
    with pytest.raises(SessionError, match="was given by an analyst \\(added\\)"):
        session.confirm_speaker()
    assert session.row(added)["speaker_checked"] == ""


# ---------------------------------------------------------------- files of earlier releases, tampered files

def old_file(source: Path, claim_id: str, checked: str | None) -> Path:
    """A verdict file with ann's verdict on a claim: 18 columns (before confirmations) or 19 with `checked`."""
    columns = list(CORRECTED_COLUMNS) + ([] if checked is None else ["speaker_checked"])
    start = TEXT.index("leaks fell")
    end = TEXT.index(".", start)
    cells = [claim_id, "a.txt", "Acme Water", "Leaks fell.", TEXT[start:end], str(start), str(end), "supported",
             "ok", "", "ann", "2026-11-22T10:00:00Z", "", "extracted", "", "", "", ""]
    cells += [] if checked is None else [checked]
    path = verdicts_path(source)
    path.write_bytes(("\ufeff" + ",".join(columns) + "\r\n" + ",".join(cells) + "\r\n").encode("utf-8"))
    return path


def test_a_file_from_before_confirmations_opens_and_the_next_save_adds_the_column(source: Path) -> None:
    who = ids(ReviewSession(source, "bob"))
    path = old_file(source, who["Acme Water"], None)
    session = ReviewSession(source, "ann")
    assert session.to_check() == [who["Brightway plc"], who["Acme Water"]]
    session.go(who["Acme Water"])
    session.confirm_speaker()
    assert path.read_bytes().decode("utf-8-sig").splitlines()[0].endswith(",original_quote,speaker_checked")
    assert saved(source) == [("Acme Water", "ann", "supported", "yes")]


def test_a_tampered_confirmation_is_refused_by_name_and_line(source: Path) -> None:
    who = ids(ReviewSession(source, "bob"))
    path = old_file(source, who["Acme Water"], "sure")
    before = path.read_bytes()
    with pytest.raises(VerdictFileError) as caught:
        ReviewSession(source, "ann")
    assert str(caught.value) == (f"{path} line 2: speaker_checked 'sure' is not 'yes' (the analyst found the speaker "
                                 "right) or empty; fix the file by hand or restore it from git; it was not changed")
    assert path.read_bytes() == before


# ---------------------------------------------------------------- a new extractor

def new_extractor(monkeypatch: pytest.MonkeyPatch, change) -> None:
    """Let the extractor's rows pass through `change` (a new release's rules), forgetting what was extracted."""
    real = placing.extract_claims
    monkeypatch.setattr(placing, "extract_claims", lambda source: change(real(source)))
    monkeypatch.setattr(placing, "extraction_cache", OrderedDict())


def widened(table: pd.DataFrame) -> pd.DataFrame:
    """The same speakers, but Acme Water's claim starts at `that` (a new span, the same claim)."""
    table = table.copy()
    at = table.index[table["speaker"] == "Acme Water"][0]
    start = TEXT.index("that leaks")
    table.loc[at, ["start", "quote"]] = [start, TEXT[start:int(table.loc[at, "end"])]]
    return table


def respoken(table: pd.DataFrame) -> pd.DataFrame:
    """Acme Water's claim given to another speaker of the same kind."""
    return table.assign(speaker=table["speaker"].replace("Acme Water", "Acme Water plc"))


def test_a_new_extractor_with_the_same_speaker_keeps_the_confirmation(source: Path, monkeypatch) -> None:
    session = ReviewSession(source, "ann")
    who = ids(session)
    session.go(who["Acme Water"])
    session.confirm_speaker()
    new_extractor(monkeypatch, widened)
    after = ReviewSession(source, "ann")
    row = after.row(who["Acme Water"])
    assert (row["quote"], bool(row["orphan"]), row["speaker_checked"]) == (
        "that leaks fell by a fifth and bills will stay flat", False, "yes")
    assert after.to_check() == [who["Brightway plc"]]


def test_a_new_extractor_with_another_speaker_brings_the_warning_back(source: Path, monkeypatch) -> None:
    session = ReviewSession(source, "ann")
    who = ids(session)
    session.go(who["Acme Water"])
    session.confirm_speaker()
    new_extractor(monkeypatch, respoken)
    after = ReviewSession(source, "ann")
    kept = after.row(who["Acme Water"])
    assert (kept["speaker"], bool(kept["orphan"]), kept["speaker_checked"]) == ("Acme Water", True, "yes")
    waiting = after.to_check()
    assert len(waiting) == 2 and waiting[0] == who["Brightway plc"]
    assert (after.row(waiting[1])["speaker"], after.row(waiting[1])["speaker_checked"]) == ("Acme Water plc", "")
    after.go(waiting[1])
    assert after.checked_by() == "" and after.speaker_confidence() is not None


# ---------------------------------------------------------------- the filter

def test_the_filter_shows_only_speakers_to_check_and_moving_keeps_to_it(source: Path) -> None:
    session = ReviewSession(source, "ann")
    who = ids(session)
    session.set_filters(check=True)
    assert (session.view(), session.shown(), session.cursor) == (
        [who["Brightway plc"], who["Acme Water"]], 2, who["Brightway plc"])
    assert session.next() and session.cursor == who["Acme Water"]
    assert not session.next()
    assert session.previous() and session.cursor == who["Brightway plc"]
    session.confirm_speaker()
    assert (session.view(), session.to_check_count()) == ([who["Acme Water"]], 1)
    assert session.next() and session.cursor == who["Acme Water"]
    session.set_filters(check=False)
    assert session.shown() == 3


def test_the_filter_combines_with_the_others_and_next_unreviewed_respects_it(source: Path) -> None:
    session = ReviewSession(source, "ann")
    who = ids(session)
    assert session.first_unreviewed() == who["Jo Bloggs"]
    session.set_filters(check=True)
    assert session.next_unreviewed() and session.cursor == who["Acme Water"]
    assert session.next_unreviewed() and session.cursor == who["Brightway plc"]
    session.set_filters(speaker="Acme Water")
    assert session.view() == [who["Acme Water"]]
    session.set_filters(verdict="supported")
    assert session.view() == []


def test_reopening_on_another_window_s_save_keeps_the_filter(source: Path) -> None:
    session = ReviewSession(source, "ann")
    who = ids(session)
    session.set_filters(check=True)
    other = ReviewSession(source, "ann")
    other.go(who["Brightway plc"])
    other.confirm_speaker()
    fresh = reopen(session)
    assert (fresh.check_filter, fresh.view(), fresh.to_check_count()) == (True, [who["Acme Water"]], 1)


# ---------------------------------------------------------------- the board (widgets driven from Python)


@pytest.fixture
def board(source: Path) -> ReviewBoard:
    """A board for analyst ann, on the person's claim (not flagged)."""
    return review(source, analyst="ann")


def test_the_button_shows_only_on_a_flagged_unchecked_speaker(board: ReviewBoard) -> None:
    assert board.confirm_button.layout.display == "none" and "claims-check" not in board.quote.value
    board.next_button.click()
    assert board.confirm_button.layout.display == ""
    assert check_html(board.session.speaker_confidence()) in board.quote.value


def test_speaker_is_right_replaces_the_warning_with_a_quiet_note_and_undo_brings_it_back(board: ReviewBoard) -> None:
    board.next_button.click()
    warning = check_html(board.session.speaker_confidence())
    board.confirm_button.click()
    assert warning not in board.quote.value and checked_html("speaker checked by ann") in board.quote.value
    assert board.confirm_button.layout.display == "none"
    assert board.check_filter.description == "⚠ speakers to check (1)"
    board.undo_button.click()
    assert warning in board.quote.value and "claims-checked" not in board.quote.value
    assert board.check_filter.description == "⚠ speakers to check (2)"


def test_the_key_c_confirms_and_on_an_unflagged_speaker_is_refused(board: ReviewBoard) -> None:
    assert KEY_ACTIONS["c"] == "speaker is right"
    board.on_key({"kind": "key", "key": "c"})
    assert "is not one to check" in board.status.value and "data-level='error'" in board.status.value
    board.next_button.click()
    board.on_key({"kind": "key", "key": "c"})
    assert "claims-checked" in board.quote.value and board.session.to_check_count() == 1


def test_the_filter_shows_the_count_and_confirming_goes_on_to_the_next_speaker_to_check(board: ReviewBoard) -> None:
    who = ids(board.session)
    assert board.check_filter.description == "⚠ speakers to check (2)"
    board.check_filter.value = True
    assert [value for _, value in board.jump.options] == [who["Brightway plc"], who["Acme Water"]]
    assert board.session.cursor == who["Brightway plc"]
    board.confirm_button.click()
    assert (board.session.cursor, board.check_filter.description) == (who["Acme Water"], "⚠ speakers to check (1)")
    assert [value for _, value in board.jump.options] == [who["Acme Water"]]
    board.confirm_button.click()
    assert board.check_filter.description == "⚠ speakers to check (0)"
    assert "Every flagged speaker is checked now." in board.status.value


def test_the_analyst_s_name_in_the_note_is_escaped(source: Path) -> None:
    board = review(source, analyst="<b>ann</b>")
    board.next_button.click()
    board.confirm_button.click()
    assert "✓ speaker checked by &lt;b&gt;ann&lt;/b&gt;</small>" in board.quote.value


# ---------------------------------------------------------------- the report for editors

def test_the_report_says_who_checked_a_speaker(source: Path) -> None:
    from claims.report_model import build_report
    from claims.report_page import render_report
    who = ids(ReviewSession(source, "ann"))
    set_speaker_checked(source, who["Acme Water"], analyst="ann")
    set_speaker_checked(source, who["Acme Water"], analyst="<i>bob</i>")
    set_speaker_checked(source, who["Brightway plc"], analyst="<i>bob</i>")
    report = build_report(source, merged=True)
    assert [(e.speaker, e.checked_by) for e in report.entries] == [
        ("Jo Bloggs", ()), ("Brightway plc", ("<i>bob</i>",)), ("Acme Water", ("<i>bob</i>", "ann"))]
    page = render_report(report)
    assert "<span class='checked'>(speaker checked by &lt;i&gt;bob&lt;/i&gt;, ann)</span>" in page
    assert page.count("<span class='checked'>") == 2


def test_a_verdict_from_a_stale_window_over_a_confirmation_is_a_conflict_not_a_silent_loss(source: Path) -> None:
    from claims.store import conflicts_path
    stale, other = ReviewSession(source, "ann"), ReviewSession(source, "ann")
    who = ids(stale)
    other.go(who["Acme Water"])
    other.confirm_speaker()
    stale.go(who["Acme Water"])
    stale.record("supported")
    assert "another version of this row was on disk" in stale.status
    assert saved(source) == [("Acme Water", "ann", "supported", "")]
    lost = load_verdicts(conflicts_path(verdicts_path(source)))
    assert lost[["verdict", "speaker_checked"]].values.tolist() == [["", "yes"]]


def test_taking_back_is_never_refused_and_says_what_it_did(source: Path) -> None:
    session = ReviewSession(source, "ann", now=lambda: "12:00:00")
    who = ids(session)
    session.go(who["Jo Bloggs"])
    session.confirm_speaker(False)
    assert not verdicts_path(source).exists()
    session.go(who["Brightway plc"])
    session.confirm_speaker()
    session.confirm_speaker(False)
    assert session.status == (f"saved taking back the confirmation of the speaker for claim 2 of 3 "
                              f"({who['Brightway plc']}) to {verdicts_path(source)} at 12:00:00")


def test_a_dismissal_of_an_unflagged_claim_leaves_the_count_alone_and_a_filter_change_keeps_the_check_filter(
        source: Path) -> None:
    session = ReviewSession(source, "ann")
    who = ids(session)
    session.go(who["Jo Bloggs"])
    session.dismiss()
    session.dismiss(False)
    assert session.to_check_count() == 2
    session.set_filters(check=True)
    session.set_filters(verdict="all", speaker="Brightway plc")
    assert (session.check_filter, session.view()) == (True, [who["Brightway plc"]])


def test_checked_by_names_any_claim_not_only_the_current_one(source: Path) -> None:
    session = ReviewSession(source, "ann")
    who = ids(session)
    session.go(who["Acme Water"])
    session.confirm_speaker()
    session.go(who["Jo Bloggs"])
    assert (session.checked_by(who["Acme Water"]), session.checked_by()) == ("speaker checked by ann", "")


def test_a_claim_list_without_flags_has_nothing_to_check(source: Path) -> None:
    from claims.claimlist import ClaimList
    table = ReviewSession(source, "ann").table
    assert (ClaimList(table).to_check(), ClaimList(table).to_check_count()) == ([], 0)


def test_an_orphan_s_speaker_cannot_be_confirmed(source: Path, monkeypatch) -> None:
    session = ReviewSession(source, "ann")
    who = ids(session)
    session.go(who["Acme Water"])
    session.record("supported")
    new_extractor(monkeypatch, respoken)
    after = ReviewSession(source, "ann")
    after.go(who["Acme Water"])
    with pytest.raises(SessionError) as caught:
        after.confirm_speaker()
    assert str(caught.value) == (f"the extractor now gives the words of claim 4 of 4 ({who['Acme Water']}) to Acme "
                                 "Water plc, so its speaker cannot be checked there")


def test_a_correction_shows_every_claim_again_so_the_corrected_one_stays_in_view(source: Path) -> None:
    session = ReviewSession(source, "ann")
    who = ids(session)
    session.set_filters(check=True)
    session.go(who["Acme Water"])
    session.correct(speaker="Acme Water Ltd")
    assert (session.check_filter, session.cursor, session.position(), session.to_check_count()) == (
        False, who["Acme Water"], 2, 1)
