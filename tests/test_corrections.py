"""Corrections to a claim: speaker, statement, span, split, merge (pure), and through the store (verdicts)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from claims import editing, placing, verdicts
from claims.corrections import CorrectionError, corrected, merged, split_offset, split_parts
from claims.model import LEGACY_COLUMNS
from claims.store import load_verdicts as read_verdicts

TEXT = ("The Agency said that waits fell and costs fell.\nIt also said staff are happy.\n\n"
        "Minister Jo Bloggs said the plan \"is working well\".\n")
ROW = {"claim_id": "c1", "source": "a.txt", "speaker": "the agency", "claim": "Waits fell and costs fell.",
       "quote": "waits fell and costs fell", "start": 21, "end": 46, "origin": "extracted",
       "original_speaker": "", "original_claim": "", "original_quote": ""}
ORIGINAL = {"original_speaker": "the agency", "original_claim": "Waits fell and costs fell.",
            "original_quote": "waits fell and costs fell"}


def test_a_new_speaker_keeps_the_extractors_original() -> None:
    assert corrected(ROW, TEXT, speaker="  The  Agency ") == {
        "speaker": "The Agency", "claim": "Waits fell and costs fell.", "quote": "waits fell and costs fell",
        "start": 21, "end": 46, "origin": "corrected", **ORIGINAL}


def test_a_second_correction_keeps_the_first_original_and_going_back_makes_it_extracted() -> None:
    once = {**ROW, **corrected(ROW, TEXT, speaker="The Agency", claim="Waits fell.")}
    twice = corrected(once, TEXT, claim="Waits fell sharply.")
    assert (twice["speaker"], twice["claim"], twice["origin"], twice["original_speaker"]) == (
        "The Agency", "Waits fell sharply.", "corrected", "the agency")
    back = corrected(once, TEXT, speaker="the agency", claim="Waits fell and costs fell.")
    assert back == {**{k: ROW[k] for k in ("speaker", "claim", "quote", "start", "end")}, "origin": "extracted",
                    "original_speaker": "", "original_claim": "", "original_quote": ""}


def test_a_span_is_widened_or_narrowed_and_trimmed_of_spaces() -> None:
    wide = corrected(ROW, TEXT, start=16, end=47)
    assert (wide["quote"], wide["start"], wide["end"]) == ("that waits fell and costs fell.", 16, 47)
    narrow = corrected(ROW, TEXT, start=20, end=32)
    assert (narrow["quote"], narrow["start"], narrow["end"]) == ("waits fell", 21, 31)


@pytest.mark.parametrize(("changes", "message"), [
    ({"speaker": "  "}, "the speaker is empty; choose one of the speakers found in the text, or type a name"),
    ({"claim": ""}, "the statement is empty; write the claim as one standalone sentence"),
    ({"start": 21, "end": 90}, "the span 21-90 crosses a paragraph break; a claim stays within its paragraph "
                               "(merge two claims of one paragraph instead)"),
    ({"start": 40, "end": 999}, f"the span 40-999 is not inside the text (0-{len(TEXT)}); pick words of the text"),
    ({"start": 47, "end": 47}, f"the span 47-47 is not inside the text (0-{len(TEXT)}); pick words of the text"),
])
def test_bad_corrections_are_refused_with_the_fix(changes: dict[str, object], message: str) -> None:
    with pytest.raises(CorrectionError) as caught:
        corrected(ROW, TEXT, **changes)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_an_added_claim_stays_added_without_originals() -> None:
    added = {**ROW, "origin": "added"}
    assert corrected(added, TEXT, speaker="X")["origin"] == "added"
    assert corrected(added, TEXT, speaker="X")["original_quote"] == ""


def test_a_split_gives_two_parts_with_their_own_statements() -> None:
    first, second = split_parts(ROW, TEXT, split_offset(ROW, "costs fell"))
    assert (first["quote"], first["start"], first["end"], first["claim"], first["origin"]) == (
        "waits fell and", 21, 35, "waits fell and", "split")
    assert (second["quote"], second["start"], second["end"], second["origin"], second["original_quote"]) == (
        "costs fell", 36, 46, "split", "waits fell and costs fell")


@pytest.mark.parametrize(("words", "said"), [("waits", "begins the quote"), ("rose", "is not inside the claim's quote"),
                                             ("fell", "occurs more than once in the quote")])
def test_a_split_needs_words_found_once_inside_the_quote(words: str, said: str) -> None:
    with pytest.raises(CorrectionError) as caught:
        split_offset(ROW, words)
    assert str(caught.value) == (f"the second part's first words '{words}' {said}; type the words, as the quote "
                                 "has them, where the second claim begins")


def test_a_merge_spans_both_and_dismisses_the_second() -> None:
    other = {**ROW, "claim_id": "c2", "claim": "Staff are happy.", "quote": "staff are happy", "start": 61, "end": 76}
    whole, gone = merged(other, ROW, TEXT)
    assert (whole["start"], whole["end"], whole["claim"], whole["origin"]) == (
        21, 76, "Waits fell and costs fell. Staff are happy.", "merged")
    assert (gone["start"], gone["dismissed"], gone["origin"], gone["original_quote"]) == (
        61, "yes", "merged", "staff are happy")


def test_claims_of_two_paragraphs_are_not_merged() -> None:
    other = {**ROW, "claim_id": "c3", "start": 103, "end": 129, "quote": TEXT[103:129]}
    with pytest.raises(CorrectionError, match="different paragraphs"):
        merged(ROW, other, TEXT)


# ------------------------------------------------------------------ through the store


@pytest.fixture
def source(text_file: Callable[[str], Path]) -> Path:
    """A small text whose extractor claims are known."""
    return text_file(TEXT)


def _table(source: Path) -> list[tuple[object, ...]]:
    """The review table's speaker, quote, origin, original speaker and dismissal, in text order."""
    table = verdicts.review_table(source, "ann")
    return list(table[["speaker", "quote", "origin", "original_speaker", "dismissed"]].itertuples(index=False, name=None))


def test_a_corrected_speaker_is_saved_in_the_analysts_row_only(source: Path) -> None:
    first = str(verdicts.review_table(source, "ann")["claim_id"][0])
    editing.correct_claim(source, first, speaker="The Health Agency", analyst="ann")
    assert _table(source)[0] == ("The Health Agency", "waits fell and costs fell", "corrected", "the Agency", "")
    saved = read_verdicts(source.with_name("a.verdicts.csv"))
    assert list(saved[["speaker", "origin", "original_speaker", "original_quote"]].itertuples(index=False, name=None)) == [
        ("The Health Agency", "corrected", "the Agency", "waits fell and costs fell")]
    assert verdicts.review_table(source, "bob")["speaker"].tolist() == ["the Agency", "the Agency", "Jo Bloggs"]


def test_a_correction_survives_an_edited_text_and_a_new_extractor(source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = str(verdicts.review_table(source, "ann")["claim_id"][0])
    editing.correct_claim(source, first, speaker="The Health Agency", start=21, end=31, analyst="ann")
    verdicts.record_verdict(source, first, "supported", analyst="ann")
    source.write_text("A new first paragraph.\n\n" + TEXT, encoding="utf-8")
    rows = verdicts.review_table(source, "ann")
    assert rows[["claim_id", "speaker", "quote", "verdict", "orphan"]].values.tolist()[:2] == [
        [first, "The Health Agency", "waits fell", "supported", False],
        [rows["claim_id"][1], "the Agency", "staff are happy", "", False]]
    real = placing.extract_claims

    def renamed(text: object) -> pd.DataFrame:
        """A new extractor: the same claims under other speaker names."""
        frame = real(text)  # type: ignore[arg-type]
        return frame.assign(speaker=frame["speaker"].str.upper())
    monkeypatch.setattr(placing, "extract_claims", renamed)
    placing.extraction_cache.clear()
    rows = verdicts.review_table(source, "ann")
    assert rows[["speaker", "quote", "verdict"]].values.tolist() == [
        ["The Health Agency", "waits fell", "supported"], ["THE AGENCY", "staff are happy", ""],
        ["JO BLOGGS", 'the plan "is working well"', ""]]
    placing.extraction_cache.clear()


def test_split_and_merge_through_the_store(source: Path) -> None:
    first = str(verdicts.review_table(source, "ann")["claim_id"][0])
    one, two = editing.split_claim(source, first, "costs fell", analyst="ann")
    assert (one["claim_id"], one["quote"], two["quote"]) == (first, "waits fell and", "costs fell")
    assert [r[:3] for r in _table(source)] == [
        ("the Agency", "waits fell and", "split"), ("the Agency", "costs fell", "split"),
        ("the Agency", "staff are happy", "extracted"), ("Jo Bloggs", 'the plan "is working well"', "extracted")]
    third = str(verdicts.review_table(source, "ann")["claim_id"][2])
    whole = editing.merge_claims(source, str(two["claim_id"]), third, analyst="ann")
    assert (whole["quote"], whole["origin"]) == ("costs fell.\nIt also said staff are happy", "merged")
    assert [r[2:] for r in _table(source)][1:3] == [("merged", "the Agency", ""), ("merged", "the Agency", "yes")]


def test_an_old_file_without_the_new_columns_loads_and_is_corrected(source: Path) -> None:
    first = str(verdicts.review_table(source, "ann")["claim_id"][0])
    old = ",".join(LEGACY_COLUMNS) + f"\r\n{first},a.txt,the Agency,Waits fell and costs fell.,waits fell and costs fell,21,46,supported,ok,,ann,2026-11-22T10:00:00Z,,extracted,\r\n"
    csv = source.with_name("a.verdicts.csv")
    csv.write_bytes(("\ufeff" + old).encode("utf-8"))
    assert verdicts.review_table(source, "ann")[["verdict", "note", "original_speaker"]].values.tolist()[0] == [
        "supported", "ok", ""]
    editing.correct_claim(source, first, claim="Waits fell.", analyst="ann")
    assert read_verdicts(csv)[["verdict", "note", "claim", "original_claim", "origin"]].values.tolist() == [
        ["supported", "ok", "Waits fell.", "Waits fell and costs fell.", "corrected"]]


def test_status_merge_and_compare_count_corrections_and_added_claims(source: Path, tmp_path: Path, capsys) -> None:
    from claims.cli import main
    from claims.compare import compare, overview
    ids = verdicts.review_table(source, "ann")["claim_id"].tolist()
    editing.correct_claim(source, ids[0], speaker="The Health Agency", analyst="ann")
    editing.split_claim(source, ids[0], "costs fell", analyst="ann")
    editing.add_claim(source, "Minister Jo Bloggs", analyst="bob")
    verdicts.record_verdict(source, ids[2], "supported", analyst="bob")
    assert main(["status", str(source), "--format", "csv"]) == 0
    table = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out), keep_default_na=False)
    assert table[["analyst", "corrected", "added"]].values.tolist() == [["ann", 2, 0], ["bob", 0, 1]]
    out = tmp_path / "out.verdicts.csv"
    assert main(["merge", str(source.with_name("a.verdicts.csv")), "-o", str(out)]) == 0
    assert ("2 row(s) with a claim an analyst corrected, split or merged; 1 claim(s) an analyst added"
            in capsys.readouterr().out)
    assert overview(compare(str(source.with_name("a.verdicts.csv"))))["corrected / added"].tolist() == ["2 / 1"]


def test_a_corrected_speaker_and_the_original_columns_are_formula_escaped(source: Path) -> None:
    first = str(verdicts.review_table(source, "ann")["claim_id"][0])
    editing.correct_claim(source, first, speaker="=HYPERLINK(1)", claim="+1 more", analyst="ann")
    raw = source.with_name("a.verdicts.csv").read_bytes().decode("utf-8")
    assert raw.splitlines()[0].endswith(",origin,dismissed,original_speaker,original_claim,original_quote,speaker_checked")
    assert ",'=HYPERLINK(1),'+1 more,waits fell and costs fell,21,46," in raw
    assert raw.splitlines()[1].endswith(",corrected,,the Agency,Waits fell and costs fell.,waits fell and costs fell,")
    assert read_verdicts(source.with_name("a.verdicts.csv"))[["speaker", "claim"]].values.tolist() == [
        ["=HYPERLINK(1)", "+1 more"]]


def test_a_claim_is_not_merged_with_itself() -> None:
    with pytest.raises(CorrectionError) as caught:
        merged(ROW, dict(ROW), TEXT)
    assert str(caught.value) == "a claim cannot be merged with itself; pick the neighbour to merge it with"


def _disk_full_on_write(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make every verdict-file write fail as on a full disk; return the list each attempt's row count is added to."""
    from claims.model import SaveError
    from claims.store import merge as store_merge
    attempts: list[int] = []

    def full(path: Path, rows: list[object], *args: object, **kwargs: object) -> None:
        """_write_rows on a full disk."""
        attempts.append(len(rows))
        raise SaveError("disk full")
    monkeypatch.setattr(store_merge, "_write_rows", full)
    return attempts


def test_a_merge_that_cannot_be_saved_leaves_both_claims_as_they_were_in_one_attempt(
        source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claims.model import SaveError
    ids, before = verdicts.review_table(source, "ann")["claim_id"].tolist(), _table(source)
    attempts = _disk_full_on_write(monkeypatch)
    with pytest.raises(SaveError):
        editing.merge_claims(source, ids[0], ids[1], analyst="ann")
    assert (attempts, _table(source)) == ([2], before)


def test_a_split_that_cannot_be_saved_leaves_the_claim_whole_in_one_attempt(
        source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claims.model import SaveError
    first, before = str(verdicts.review_table(source, "ann")["claim_id"][0]), _table(source)
    attempts = _disk_full_on_write(monkeypatch)
    with pytest.raises(SaveError):
        editing.split_claim(source, first, "costs fell", analyst="ann")
    assert (attempts, _table(source)) == ([2], before)
