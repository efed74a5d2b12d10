"""Review state without widgets: cursor, filters, decisions saved at once, undo, save errors kept in memory."""
from pathlib import Path

import pandas as pd
import pytest

from claims import session as session_module
from claims import store
from claims import verdicts
from claims.evidence import rank_evidence
from claims.model import VERDICT_COLUMNS, SaveError, VerdictError
from claims.session import (
    ALL,
    ALL_SPEAKERS,
    DISMISSED,
    NOT_REVIEWED,
    ReviewSession,
    SessionError,
    claim_label,
    claim_state,
    paragraph_around,
)




@pytest.fixture
def session(source: Path) -> ReviewSession:
    """A fresh session for analyst ann, with a fixed clock."""
    return ReviewSession(source, "ann", now=lambda: "12:00:00")


def saved(source: Path) -> list[dict]:
    """The decisions in the verdict file, in file order."""
    table = store.load_verdicts(store.verdicts_path(source))
    return table[["claim_id", "analyst", "verdict", "note", "evidence", "dismissed"]].to_dict("records")


def test_opens_at_the_first_claim_and_says_where_it_saves(session: ReviewSession, source: Path) -> None:
    assert session.cursor == session.table["claim_id"].iloc[0]
    assert session.progress() == (0, len(session.table))
    assert session.status == (f"{len(session.table)} claims, 0 reviewed so far by ann; "
                              f"verdicts are saved to {store.verdicts_path(source)}")
    assert session.counts() == {NOT_REVIEWED: len(session.table), "supported": 0, "disputed": 0,
                                "unverified": 0, DISMISSED: 0}


def test_a_verdict_is_saved_at_once_with_a_status_line(session: ReviewSession, source: Path) -> None:
    first = session.cursor
    session.record("disputed")
    assert saved(source) == [{"claim_id": first, "analyst": "ann", "verdict": "disputed", "note": "",
                              "evidence": "", "dismissed": ""}]
    assert session.status == (f"saved verdict 'disputed' for claim 1 of {len(session.table)} ({first}) "
                              f"to {store.verdicts_path(source)} at 12:00:00")
    assert session.error == ""
    assert session.progress() == (1, len(session.table))


def test_note_and_evidence_are_saved_with_the_verdict(session: ReviewSession, source: Path) -> None:
    session.record("supported")
    session.set_note('=1+1, "quoted"\nsecond line')
    session.set_evidence("https://example.org/report")
    assert saved(source)[0] | {"claim_id": ""} == {"claim_id": "", "analyst": "ann", "verdict": "supported",
                                                 "note": '=1+1, "quoted"\nsecond line',
                                                 "evidence": "https://example.org/report", "dismissed": ""}


def test_an_unchanged_value_is_not_a_decision(session: ReviewSession, source: Path) -> None:
    session.set_note("")
    assert session.history == [] and not store.verdicts_path(source).exists()


def test_resuming_opens_at_the_first_unreviewed_claim_with_saved_values(session: ReviewSession,
                                                                      source: Path) -> None:
    first = session.cursor
    session.record("unverified")
    session.set_note("check the Ofsted letter")
    again = ReviewSession(source, "ann")
    assert again.cursor == again.table["claim_id"].iloc[1]
    assert again.row(first)[["verdict", "note"]].tolist() == ["unverified", "check the Ofsted letter"]
    assert ReviewSession(source, "bob").cursor == first


def test_moving_with_and_without_filters(session: ReviewSession) -> None:
    ids = session.table["claim_id"].tolist()
    assert session.previous() is False and session.cursor == ids[0]
    assert session.next() is True and session.cursor == ids[1]
    session.record("disputed")
    session.go(ids[5])
    session.record("disputed")
    session.set_filters(verdict="disputed")
    assert session.view() == [ids[1], ids[5]]
    assert session.cursor == ids[5]
    assert session.previous() is True and session.cursor == ids[1]
    assert session.previous() is False
    session.set_filters(verdict=NOT_REVIEWED)
    assert session.cursor == ids[0] and len(session.view()) == len(ids) - 2
    session.set_filters(verdict=ALL)
    session.go(ids[-1])
    assert session.next() is False and session.cursor == ids[-1]


def test_next_unreviewed_skips_decided_claims_and_wraps(session: ReviewSession) -> None:
    ids = session.table["claim_id"].tolist()
    session.record("supported")
    session.go(ids[1])
    session.dismiss()
    session.go(ids[0])
    assert session.next_unreviewed() is True and session.cursor == ids[2]
    session.go(ids[-1])
    session.record("supported")
    assert session.next_unreviewed() is True and session.cursor == ids[2]


def test_next_unreviewed_when_everything_is_reviewed(session: ReviewSession) -> None:
    for claim_id in session.table["claim_id"]:
        session.go(claim_id)
        session.record("unverified")
    assert session.next_unreviewed() is False
    assert session.status == f"every claim is reviewed ({len(session.table)} of {len(session.table)})"


def test_speaker_filter(session: ReviewSession) -> None:
    speakers = session.speakers()
    assert speakers == sorted(set(session.table["speaker"]) - {""})
    chosen = speakers[-1]
    session.set_filters(speaker=chosen)
    assert session.view() == session.table.loc[session.table["speaker"] == chosen, "claim_id"].tolist()
    assert session.row()["speaker"] == chosen


@pytest.mark.parametrize("verdict, speaker, message", [
    ("maybe", None, "verdict filter 'maybe' is not one of all, not reviewed, supported"),
    (None, "Nobody", "no claim has the speaker 'Nobody'"),
])
def test_unknown_filter_values_are_refused(session: ReviewSession, verdict, speaker, message: str) -> None:
    with pytest.raises(SessionError, match=message):
        session.set_filters(verdict=verdict, speaker=speaker)


@pytest.mark.parametrize("action, message", [
    (lambda s: s.record("maybe"), "verdict 'maybe' is not one of supported, disputed, unverified (or empty for "
                                  "not reviewed)"),
    (lambda s: s.go("nope"), "{source}: no claim with id 'nope'"),
    (lambda s: s.undo(), "nothing to undo"),
])
def test_bad_actions_are_refused(session: ReviewSession, source: Path, action, message: str) -> None:
    with pytest.raises(SessionError) as raised:
        action(session)
    assert str(raised.value) == message.format(source=source)


def test_undo_restores_and_saves_the_previous_decision(session: ReviewSession, source: Path) -> None:
    first = session.cursor
    session.record("supported")
    session.set_note("first thought")
    session.record("disputed")
    session.next()
    assert session.undo() == "verdict 'disputed'"
    assert session.cursor == first
    assert saved(source)[0]["verdict"] == "supported" and saved(source)[0]["note"] == "first thought"
    session.undo()
    session.undo()
    assert saved(source)[0]["verdict"] == "" and saved(source)[0]["note"] == ""
    assert session.progress()[0] == 0
    assert session.status.startswith("saved undo of the verdict 'supported' for claim 1 ")


def test_dismiss_is_kept_in_the_file_and_reversible(session: ReviewSession, source: Path) -> None:
    session.dismiss()
    assert saved(source)[0]["dismissed"] == "yes"
    assert session.progress() == (0, len(session.table) - 1)
    session.set_filters(verdict=DISMISSED)
    assert session.view() == [session.cursor]
    session.dismiss(False)
    assert saved(source)[0]["dismissed"] == ""
    session.dismiss()
    session.undo()
    assert saved(source)[0]["dismissed"] == ""


def test_cite_and_uncite_a_ranked_passage(session: ReviewSession, source: Path) -> None:
    session.go(session.table["claim_id"].iloc[1])
    passages = session.evidence()
    assert list(passages["rank"]) == list(range(1, len(passages) + 1)) and len(passages) == 5
    assert not passages["cited"].any()
    session.cite(passages.iloc[0])
    session.cite(passages.iloc[2])
    assert saved(source)[0]["evidence"] == passages["citation"].iloc[0] + "\n" + passages["citation"].iloc[2]
    assert session.evidence()["cited"].tolist() == [True, False, True, False, False]
    session.cite(passages.iloc[0], cited=False)
    assert saved(source)[0]["evidence"] == passages["citation"].iloc[2]


def test_add_a_missed_claim_by_its_quote(session: ReviewSession, source: Path) -> None:
    count = len(session.table)
    claim_id = session.add("inspectors highlight", speaker="Ofsted")
    assert len(session.table) == count + 1 and session.cursor == claim_id
    row = session.row()
    assert row[["speaker", "quote", "origin"]].tolist() == ["Ofsted", "inspectors highlight", "added"]
    assert session.context()[1] == "inspectors highlight"
    assert len(session.evidence()) > 0
    assert session.undo() == "added claim"
    assert claim_id not in session.claims.ids and len(session.table) == count
    assert claim_id not in store.load_verdicts(session.csv_path)["claim_id"].tolist()
    assert [e["op"] for e in store.history(source, claim_id)] == ["saved", "removed"]
    assert store.validate_verdicts(session.csv_path) == []


def test_adding_a_quote_not_in_the_text_says_so(session: ReviewSession) -> None:
    with pytest.raises(VerdictError, match="is not in the text"):
        session.add("words that are nowhere")


def test_a_failed_save_keeps_the_decision_and_the_next_save_retries(session: ReviewSession, source: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    real = verdicts.save_decision
    first = session.cursor

    def full_disk(*args, **kwargs):
        raise SaveError(f"{store.verdicts_path(source)}: no space left on device; the old file is intact")

    monkeypatch.setattr(verdicts, "save_decision", full_disk)
    session.record("disputed")
    assert session.row(first)["verdict"] == "disputed"
    assert session.pending == {first: {"verdict"}}
    assert session.error == (f"NOT SAVED: verdict 'disputed' for claim 1 of {len(session.table)} ({first}): "
                             f"{store.verdicts_path(source)}: no space left on device; the old file is intact")
    assert session.status.startswith(session.error + " (kept in memory")
    assert not store.verdicts_path(source).exists()
    monkeypatch.setattr(verdicts, "save_decision", real)
    session.next()
    session.record("supported")
    assert session.pending == {} and session.error == ""
    assert [(r["claim_id"], r["verdict"]) for r in saved(source)] == [(first, "disputed"),
                                                                      (session.cursor, "supported")]


def test_retry_saves_what_is_kept_in_memory(session: ReviewSession, source: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    real = verdicts.save_decision
    monkeypatch.setattr(verdicts, "save_decision", lambda *a, **k: (_ for _ in ()).throw(OSError(28, "disk full")))
    session.record("unverified")
    session.set_note("kept")
    assert session.retry() is False and "disk full" in session.status
    monkeypatch.setattr(verdicts, "save_decision", real)
    assert session.retry() is True
    assert saved(source)[0]["verdict"] == "unverified" and saved(source)[0]["note"] == "kept"
    assert session.status == f"saved everything kept in memory to {store.verdicts_path(source)} at 12:00:00"


def test_another_kernel_changing_the_same_row_is_reported_not_lost(source: Path) -> None:
    mine, theirs = ReviewSession(source, "ann"), ReviewSession(source, "ann")
    theirs.record("supported")
    mine.record("disputed")
    assert "another version of this row was on disk" in mine.status
    assert saved(source)[0]["verdict"] == "disputed"
    conflicts = store.load_verdicts(store.conflicts_path(store.verdicts_path(source)))
    assert conflicts["verdict"].tolist() == ["supported"]
    mine.set_note("after the conflict")
    assert "another version" not in mine.status and saved(source)[0]["note"] == "after the conflict"


@pytest.mark.parametrize("text, start, end, expected", [
    ("Para one.\n\nSay it now. More.\n\nLast.", 11, 22, ("", "Say it now.", " More.")),
    ("Only one paragraph, the quote here, end.", 20, 34, ("Only one paragraph, ", "the quote here", ", end.")),
    ("x" * 700 + "QUOTE" + "y" * 700, 700, 705, ("…" + "x" * 600, "QUOTE", "y" * 600 + "…")),
])
def test_paragraph_around(text: str, start: int, end: int, expected: tuple) -> None:
    assert paragraph_around(text, start, end) == expected


def test_table_is_text_ordered_and_has_the_verdict_columns(session: ReviewSession) -> None:
    assert list(session.table.columns) == [*VERDICT_COLUMNS, "orphan"]
    assert session.table["start"].is_monotonic_increasing
    assert isinstance(session.claim, pd.Series)


def listed(session: ReviewSession) -> dict:
    """Everything a list or a progress bar shows of a session: states, counts, progress, view, labels, speakers."""
    return {"states": session.states().tolist(), "counts": session.counts(), "progress": session.progress(),
            "view": session.view(), "choices": [(label.split(". ", 1)[1], claim_id)  # numbers: see test_numbers_...
                                                for label, claim_id in session.choices(40)], "shown": session.shown(),
            "position": session.position(), "speakers": session.speakers(), "unreviewed": session.unreviewed()}


def do_steps(session: ReviewSession, steps: list[tuple]) -> None:
    """Draw the session's list once (as a board does), then apply (method name, *args) steps to it."""
    session.choices(40)
    for name, *args in steps:
        getattr(session, name)(*args)


STEPS = {
    "verdicts and moves": [("record", "disputed"), ("next",), ("record", "supported"), ("next",), ("next",),
                           ("record", "unverified"), ("record", "")],
    "dismiss, undo and notes": [("dismiss",), ("next",), ("set_note", "n"), ("record", "supported"), ("undo",),
                                ("undo",), ("next",), ("dismiss",), ("dismiss", False)],
    "under a verdict filter": [("record", "disputed"), ("set_filters", "not reviewed"), ("record", "supported"),
                               ("next",), ("record", "disputed"), ("set_filters", "disputed"), ("previous",),
                               ("record", ""), ("undo",), ("next",), ("record", "unverified"), ("undo",)],
    "under a speaker filter": [("set_filters", None, "Michael Rosen"), ("next",), ("record", "disputed"),
                               ("next_unreviewed",), ("dismiss",), ("set_filters", "dismissed")],
    "an added claim": [("record", "supported"), ("set_filters", "supported"), ("add", "inspectors highlight", "Ofsted"),
                       ("record", "disputed"), ("next",)],
}


@pytest.mark.parametrize("steps", STEPS.values(), ids=STEPS.keys())
def test_what_is_kept_up_to_date_equals_a_fresh_load(session: ReviewSession, source: Path, steps: list) -> None:
    do_steps(session, steps)
    fresh = ReviewSession(source, "ann")
    fresh.set_filters(session.verdict_filter, session.speaker_filter)
    fresh.go(session.cursor)
    assert listed(session) == listed(fresh)


def test_numbers_do_not_shift_when_a_claim_is_added(session: ReviewSession, source: Path) -> None:
    before = {claim_id: session.number(claim_id) for claim_id in session.view()}
    added = session.add("inspectors highlight", "Ofsted")
    assert {claim_id: session.number(claim_id) for claim_id in before} == before
    assert session.number(added) == len(before) + 1
    assert session.choices(40)[session.position(added)][0].startswith(f"{len(before) + 1}. [not reviewed] Ofsted")
    fresh = ReviewSession(source, "ann")
    assert sorted(fresh.number(c) for c in fresh.view()) == list(range(1, len(before) + 2))
    assert fresh.number(added) == fresh.view().index(added) + 1


def by_definition(session: ReviewSession) -> dict:
    """States, view, dropdown choices and counts computed afresh from the session's table and filters."""
    table = session.table
    states = [claim_state(row) for _, row in table.iterrows()]
    passes = [(session.verdict_filter in (ALL, state)) and (session.speaker_filter in (ALL_SPEAKERS, speaker))
              for state, speaker in zip(states, table["speaker"])]
    return {"states": states, "view": table.loc[passes, "claim_id"].tolist(),
            "choices": [(claim_label(session.number(table["claim_id"].iat[i]), states[i], table["speaker"].iat[i], table["claim"].iat[i], 40),
                         table["claim_id"].iat[i]) for i in range(len(table)) if passes[i]],
            "counts": {state: states.count(state) for state in session_module.STATES}}


@pytest.mark.parametrize("steps", STEPS.values(), ids=STEPS.keys())
def test_what_is_kept_up_to_date_follows_its_definition_at_every_step(session: ReviewSession, steps: list) -> None:
    for step in steps:
        do_steps(session, [step])
        kept = {"states": session.states().tolist(), "view": session.view(), "choices": session.choices(40),
                "counts": session.counts()}
        assert (step, kept) == (step, by_definition(session))


def test_revision_changes_with_the_list_not_with_the_cursor(session: ReviewSession) -> None:
    start = session.revision
    session.next()
    session.go(session.table["claim_id"].iloc[5])
    session.set_note("a note is not a state")
    session.set_filters(ALL)
    assert session.revision == start
    session.record("disputed")
    assert session.revision == start + 1
    session.set_filters("disputed")
    assert session.revision == start + 2


def test_position_among_the_claims_shown(session: ReviewSession) -> None:
    ids = session.table["claim_id"].tolist()
    session.go(ids[3])
    session.record("disputed")
    assert session.position() == 3 and session.position(ids[7]) == 7
    session.set_filters("disputed")
    assert session.position() == 0 and session.position(ids[7]) is None and session.position("nope") is None


def test_evidence_is_ranked_in_batches_around_the_cursor_and_equals_ranking_one_claim(
        session: ReviewSession, monkeypatch: pytest.MonkeyPatch) -> None:
    batches = []

    def counted(index, claims, k):
        batches.append(claims["claim_id"].tolist())
        return rank_evidence(index, claims, k=k)

    monkeypatch.setattr(session_module, "rank_evidence", counted)
    monkeypatch.setattr(session_module, "READ_AHEAD", 2)
    ids = session.table["claim_id"].tolist()
    found = {}
    for claim_id in ids:
        session.go(claim_id)
        found[claim_id] = session.evidence().drop(columns="cited")
    assert batches == [ids[i:i + 3] for i in range(0, len(ids), 3)]
    for i, claim_id in enumerate(ids):
        pd.testing.assert_frame_equal(found[claim_id], rank_evidence(session.index, session.table.iloc[[i]]))


def test_undo_over_another_window_s_change_of_the_claim_is_a_conflict_that_keeps_both(source: Path) -> None:
    mine = ReviewSession(source, "ann", now=lambda: "12:00:00")
    first = mine.cursor
    mine.record("supported")
    mine.next()
    other = ReviewSession(source, "ann", now=lambda: "12:00:01")
    other.set_evidence("https://example.org/report", first)
    assert mine.undo() == "verdict 'supported'"
    assert "but another version of this row was on disk" in mine.status and mine.error == ""
    assert saved(source) == [{"claim_id": first, "analyst": "ann", "verdict": "", "note": "", "evidence": "",
                              "dismissed": ""}]
    kept = store.load_verdicts(store.conflicts_path(store.verdicts_path(source)))
    assert kept[["claim_id", "verdict", "evidence"]].values.tolist() == [[first, "supported", "https://example.org/report"]]
