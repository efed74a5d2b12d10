"""`reread_speakers` (wave 66x, attribution/records): the one shape of the passes that read each speaker once and
give the rows what they read (`unresolve_where`, `name_words.name_speakers`, `apposed_holders.holder_speakers`,
`run_on_names.trim_run_on_names`), pinned at its edges. Rows are invented for this test."""
from __future__ import annotations

from claims.extract.attribution.records import Found, reread_speakers, speaking, unresolve_where

ROWS = [Found("Kelby Trust", "organisation", "said", (0, 5)), Found("the audit", "document", "found", (6, 9)),
        Found("Kelby Trust", "organisation", "added", (10, 14)), Found("it", "unresolved", "said", (15, 19)),
        Found("Ama Orrin", "person", "told", (20, 24))]


def test_each_speaker_is_read_once_and_every_judged_row_given_its_reading() -> None:
    asked: list[str] = []

    def read(speaker: str) -> str:
        asked.append(speaker)
        return speaker.upper()

    rows = reread_speakers(ROWS, speaking, read, lambda item, upper: item._replace(speaker=upper))
    assert asked == ["Kelby Trust", "Ama Orrin"]
    assert rows == [Found("KELBY TRUST", "organisation", "said", (0, 5)), Found("the audit", "document", "found", (6, 9)),
                    Found("KELBY TRUST", "organisation", "added", (10, 14)), Found("it", "unresolved", "said", (15, 19)),
                    Found("AMA ORRIN", "person", "told", (20, 24))]


def test_no_rows_and_no_judged_rows_come_back_as_they_were() -> None:
    assert reread_speakers([], speaking, str.upper, lambda item, _: item) == []
    unjudged = [ROWS[1], ROWS[3]]
    assert reread_speakers(unjudged, speaking, lambda _: 1 / 0, lambda item, _: item) == unjudged


def test_unresolve_where_judges_every_row_not_yet_unresolved_documents_too() -> None:
    rows = unresolve_where(ROWS, lambda speaker: speaker in ("the audit", "Kelby Trust"))
    assert [(row.speaker, row.kind) for row in rows] == [
        ("Kelby Trust", "unresolved"), ("the audit", "unresolved"), ("Kelby Trust", "unresolved"),
        ("it", "unresolved"), ("Ama Orrin", "person")]
