"""Settling disagreements: disputes side by side, the final file, the final table."""
from __future__ import annotations

from pathlib import Path

import pytest

from claims import load_verdicts
from claims.adjudication import (
    Dispute,
    Opinion,
    SettleError,
    disputes,
    final_path,
    final_table,
    load_final,
    settle,
    settlement_row,
)
from verdict_rows import frame, row


def test_final_path_sits_beside_the_source() -> None:
    assert final_path("seeds/001_x.txt") == Path("seeds/001_x.final.csv")


def test_disputes_list_each_analysts_opinion_side_by_side_in_text_order() -> None:
    verdicts = frame(row("c2", "bob", "supported", note="fine"), row("c2", "ann", "disputed", note="no source"),
                     row("c1", "ann", "supported"), row("c1", "bob", "supported"),
                     row("c3", "ann", "unverified"), row("c3", "bob", "", dismissed="yes"))
    assert disputes(verdicts) == [
        Dispute("c2", "a.txt", "The Agency", "Costs fell.", (
            Opinion("ann", "disputed", "no source", "", "2026-11-22T10:00:00Z"),
            Opinion("bob", "supported", "fine", "", "2026-11-22T10:00:00Z"))),
        Dispute("c3", "a.txt", "The Agency", "Staff are happy.", (
            Opinion("ann", "unverified", "", "", "2026-11-22T10:00:00Z"),
            Opinion("bob", "not a claim", "", "", "2026-11-22T10:00:00Z")))]


def test_an_unreviewed_row_is_no_disagreement() -> None:
    assert disputes(frame(row("c1", "ann", "supported"), row("c1", "bob", ""))) == []


def test_settlement_row_takes_the_chosen_analysts_notes_and_evidence_by_default() -> None:
    verdicts = frame(row("c1", "ann", "disputed", note="ONS says no", evidence="ons.gov.uk"),
                     row("c1", "bob", "supported", note="fine"), row("c1", "cy", "disputed", note="ONS says no"))
    assert settlement_row(verdicts, "c1", "disputed", reviewer="rev", at="2026-11-23T09:00:00Z") == {
        **row("c1", "rev", "disputed", note="ONS says no", evidence="ons.gov.uk", at="2026-11-23T09:00:00Z")}


def test_not_a_claim_settles_as_dismissed() -> None:
    verdicts = frame(row("c1", "ann", "supported"), row("c1", "bob", "", dismissed="yes"))
    settled = settlement_row(verdicts, "c1", "not a claim", reviewer="rev", note="opinion", at="2026-11-23T09:00:00Z")
    assert (settled["verdict"], settled["dismissed"], settled["note"]) == ("", "yes", "opinion")


@pytest.mark.parametrize(("claim_id", "label", "message"), [
    ("c1", "maybe",
     "final verdict 'maybe' is not one of supported, disputed, unverified, not a claim; pick one of those"),
    ("c9", "supported", "claim 'c9' is in none of the analysts' files; copy its id from the disagreements list"),
])
def test_bad_settlements_say_what_to_do(claim_id: str, label: str, message: str) -> None:
    with pytest.raises(SettleError) as caught:
        settlement_row(frame(row("c1", "ann", "supported")), claim_id, label, reviewer="rev")
    assert str(caught.value) == message


def test_settle_writes_the_final_file_and_a_second_settlement_replaces_the_first(tmp_path: Path) -> None:
    verdicts = frame(row("c1", "ann", "disputed", note="=1+1"), row("c1", "bob", "supported", note="ok"))
    path = tmp_path / "a.final.csv"
    settle(verdicts, "c1", "disputed", path=path, reviewer="rev")
    second = settle(verdicts, "c1", "supported", path=path, reviewer="rev", note="checked the annual report")
    saved = load_verdicts(path).to_dict("records")
    assert saved == [second]
    assert (second["verdict"], second["note"], second["analyst"]) == ("supported", "checked the annual report", "rev")
    assert "'=1+1" not in path.read_text(encoding="utf-8-sig")


def test_a_formula_note_is_neutralised_in_the_final_file(tmp_path: Path) -> None:
    path = tmp_path / "a.final.csv"
    settle(frame(row("c1", "ann", "disputed"), row("c1", "bob", "supported")), "c1", "disputed", path=path,
           reviewer="rev", note="=HYPERLINK(\"http://x\")")
    assert "'=HYPERLINK" in path.read_text(encoding="utf-8-sig")
    assert load_verdicts(path)["note"].tolist() == ["=HYPERLINK(\"http://x\")"]


def test_a_bad_reviewer_name_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "a.final.csv"
    with pytest.raises(SettleError) as caught:
        settle(frame(row("c1", "ann", "disputed")), "c1", "supported", path=path, reviewer="a\nb")
    assert (str(caught.value).startswith("reviewer name 'a\\nb' contains a control character"), path.exists()) == (
        True, False)


def test_load_final_without_a_file_is_an_empty_table(tmp_path: Path) -> None:
    assert (len(load_final(tmp_path / "none.final.csv")), list(load_final(tmp_path / "none.final.csv"))[:2]) == (
        0, ["claim_id", "source"])


def test_final_table_says_where_each_verdict_comes_from() -> None:
    verdicts = frame(row("c1", "ann", "supported", note="a"), row("c1", "bob", "supported", note="b",
                                                                   at="2026-11-22T11:00:00Z"),
                     row("c2", "ann", "disputed"), row("c2", "bob", "supported"),
                     row("c3", "ann", "disputed"), row("c3", "bob", "unverified"))
    final = frame(row("c3", "rev", "unverified", note="settled", at="2026-11-24T10:00:00Z"))
    table = final_table(verdicts, final)
    assert table[["claim_id", "verdict", "analyst", "note", "status"]].to_dict("records") == [
        {"claim_id": "c1", "verdict": "supported", "analyst": "bob", "note": "b", "status": "agreed"},
        {"claim_id": "c2", "verdict": "", "analyst": "", "note": "", "status": "open"},
        {"claim_id": "c3", "verdict": "unverified", "analyst": "rev", "note": "settled", "status": "settled"}]


def test_final_table_of_unreviewed_claims() -> None:
    table = final_table(frame(row("c1", "ann", "")), frame())
    assert table[["claim_id", "verdict", "status"]].to_dict("records") == [
        {"claim_id": "c1", "verdict": "", "status": "not reviewed"}]


def test_an_unknown_final_verdict_is_named_before_a_missing_reviewer_name(tmp_path: Path) -> None:
    verdicts = frame(row("c1", "ann", "supported"), row("c1", "bob", "disputed"))
    with pytest.raises(SettleError) as caught:
        settle(verdicts, "c1", "maybe", path=tmp_path / "a.final.csv")
    assert (str(caught.value), (tmp_path / "a.final.csv").exists()) == (
        "final verdict 'maybe' is not one of supported, disputed, unverified, not a claim; pick one of those", False)
