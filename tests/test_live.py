"""Following a verdict file that another window changes."""
from pathlib import Path

import pandas as pd

from claims.live import changed_claims, file_digest, joined, reopen
from claims.session import ReviewSession


def test_file_digest_is_the_content_s_sha256(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    assert file_digest(path) == ""
    path.write_bytes(b"abc")
    assert file_digest(path) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_changed_claims_lists_rows_that_differ_added_or_gone() -> None:
    def table(rows: list[tuple]) -> pd.DataFrame:
        return pd.DataFrame(rows, columns=["claim_id", "verdict", "note", "evidence", "dismissed", "speaker_checked"])
    before = table([("c1", "", "", "", "", ""), ("c2", "supported", "", "", "", ""), ("c3", "", "", "", "", "")])
    after = table([("c1", "", "", "", "", "yes"), ("c2", "supported", "n", "", "", ""), ("c4", "", "", "", "", "")])
    assert changed_claims(before, after) == ["c1", "c2", "c3", "c4"]
    assert changed_claims(before, before) == []


def test_reopen_keeps_claim_filters_and_history_and_reads_the_file(source: Path) -> None:
    mine, theirs = ReviewSession(source, "ann"), ReviewSession(source, "ann")
    mine.record("supported")
    mine.set_filters(speaker=mine.speakers()[0])
    here = mine.cursor
    theirs.go(theirs.view()[4])
    theirs.record("disputed")
    fresh = reopen(mine)
    assert (fresh.cursor, fresh.speaker_filter, fresh.history) == (here, mine.speaker_filter, mine.history)
    assert fresh.row(theirs.cursor)["verdict"] == "disputed" and fresh.index is mine.index


def test_joined_keeps_both_texts_theirs_first_and_never_twice() -> None:
    assert joined("theirs", "mine") == "theirs\n\nmine"
    assert joined("", "mine") == "mine"
    assert joined("theirs", "theirs and mine") == "theirs and mine"
    assert joined("theirs and more", "") == "theirs and more"
    assert joined("same", "same") == "same"
