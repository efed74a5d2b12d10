"""The upgrade benchmark (benchmarks/upgrade.py): how it classifies saved verdicts in today's review table, on
hand-made rows and on a small text with a hand-written old verdict file (no git history needed)."""
from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import claims  # noqa: E402
from benchmarks import upgrade  # noqa: E402
from benchmarks.upgrade import classify, classify_text, holds, report  # noqa: E402

SAVED = {"quote": "fell by 12%", "speaker": "Harrowdale Police", "start": 30, "end": 41,
         "verdict": "disputed", "note": "n1"}


def row(start: int, end: int, note: str = "n1", speaker: str = "Harrowdale Police", verdict: str = "disputed",
        orphan: bool = False) -> dict[str, object]:
    """A review table row with the columns the classification reads."""
    return {"start": start, "end": end, "note": note, "speaker": speaker, "verdict": verdict, "orphan": orphan}


def test_holds_takes_a_row_around_the_words_or_nearly_the_same_span() -> None:
    """Inside, or overlapping by 80% of the union, holds; a neighbouring or much wider-off span does not."""
    assert [holds(row(*s), SAVED) for s in [(30, 41), (0, 80), (31, 41), (33, 41), (41, 60), (20, 35)]] == [
        True, True, True, False, False, False]


def test_each_kind_of_verdict_is_told_apart() -> None:
    """Same speaker, another speaker's row beside, orphan, moved, lost, duplicated, wrong row, changed verdict."""
    cases = [
        [row(30, 41)],
        [row(30, 41), row(0, 60, note="", speaker="Inspectors", verdict="")],
        [row(30, 41, orphan=True), row(30, 41, note="", speaker="Inspectors", verdict="")],
        [row(30, 41, speaker="Inspectors")],
        [row(30, 41, note="n2")],
        [row(30, 41), row(50, 60)],
        [row(50, 60)],
        [row(30, 41, verdict="supported")],
    ]
    assert [classify(SAVED, rows) for rows in cases] == list(upgrade.KINDS)


def test_an_orphan_of_another_speaker_is_not_beside() -> None:
    """Another speaker's row counts as beside only when it is a live row; the same speaker's row never does."""
    rows = [row(30, 41), row(30, 41, note="", speaker="Inspectors", verdict="", orphan=True),
            row(0, 60, note="", verdict="")]
    assert classify(SAVED, rows) == "same speaker"


def test_report_lists_texts_with_more_than_same_speaker_then_totals() -> None:
    """A text whose verdicts all kept their speaker is left out of the per-text lines."""
    found = {"a.txt": Counter({"same speaker": 3}), "b.txt": Counter({"same speaker": 1, "orphan": 2, "lost": 1})}
    assert report("abc1234", found, ["b.txt: c1 refused: why"]) == [
        "b.txt: 1 same speaker, 2 orphan, 1 lost",
        "refused by abc1234: b.txt: c1 refused: why",
        "abc1234 -> today: 2 texts, 7 verdicts: 4 same speaker, 2 orphan, 1 lost",
        "failures (moved speaker, lost, duplicated, wrong row, changed verdict): 1",
    ]


def test_report_totals_held_out_texts_apart_and_never_names_them() -> None:
    """A held-out text is never listed by name (nobody may see it one by one): its changes count in one line."""
    found = {"a.txt": Counter({"same speaker": 2, "orphan": 1}), "h1.txt": Counter({"same speaker": 1, "orphan": 2}),
             "h2.txt": Counter({"same speaker": 4}), "h3.txt": Counter({"moved speaker": 1})}
    assert report("abc1234", found, [], held_out=frozenset({"h1.txt", "h2.txt", "h3.txt"})) == [
        "a.txt: 2 same speaker, 1 orphan",
        "held-out texts (3, never listed one by one): 2 with a change; 5 same speaker, 2 orphan, 1 moved speaker",
        "abc1234 -> today: 4 texts, 11 verdicts: 7 same speaker, 3 orphan, 1 moved speaker",
        "failures (moved speaker, lost, duplicated, wrong row, changed verdict): 1",
    ]


def test_held_out_names_reads_each_texts_gold(tmp_path: Path) -> None:
    """A text is held out when the gold file beside it says so; a text without a gold file is not."""
    for stem, held in [("p001_a", False), ("p002_b", True)]:
        (tmp_path / f"{stem}.txt").write_text("x", encoding="utf-8")
        (tmp_path / f"{stem}.gold.json").write_text(f'{{"held_out": {str(held).lower()}}}', encoding="utf-8")
    (tmp_path / "p003_c.txt").write_text("x", encoding="utf-8")
    assert upgrade.held_out_names(sorted(tmp_path.glob("*.txt"))) == frozenset({"p002_b.txt"})


def test_pick_keeps_every_nth_text_from_the_first() -> None:
    """--every 4 on nine texts keeps the 1st, 5th and 9th."""
    texts = [Path(f"p00{n}_x.txt") for n in range(1, 10)]
    assert upgrade.pick(texts, 4) == [Path("p001_x.txt"), Path("p005_x.txt"), Path("p009_x.txt")]


TEXT = ("Harrowdale Police said burglaries fell by 12% in the year to March.\n\n"
        "Inspectors said response times were too slow in the rural north.\n")
COLUMNS = ("claim_id", "source", "speaker", "claim", "quote", "start", "end", "verdict", "note", "evidence",
           "analyst", "updated_at", "source_sha256", "origin", "dismissed")


def old_file(source: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    """Write a verdict file in release 0.1's 15 columns: one row per (speaker, quote, verdict, note)."""
    path = claims.verdicts_path(source)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\r\n")
        out.writerow(COLUMNS)
        for n, (speaker, quote, verdict, note) in enumerate(rows):
            start = TEXT.index(quote)
            out.writerow([f"old{n}", source.name, speaker, quote, quote, start, start + len(quote), verdict, note, "",
                          upgrade.ANALYST, "2026-11-22T15:47:13Z", "", "extracted", ""])
    return path


def test_an_old_file_opened_today_is_classified(tmp_path: Path) -> None:
    """A verdict on today's speaker stays; one on words today's extractor gives to another speaker is an orphan."""
    source = tmp_path / "p999_upgrade.txt"
    source.write_text(TEXT, encoding="utf-8")
    today = {r.quote: r.speaker for r in claims.extract_claims(source).itertuples()}
    first, second = sorted(today)
    path = old_file(source, [(today[first], first, "supported", "kept"),
                             ("Someone Else", second, "disputed", "other")])
    saved = upgrade.saved_verdicts(path)
    assert (len(today), [s["note"] for s in saved]) == (2, ["kept", "other"])
    assert [classify(s, upgrade.review_rows(source)) for s in saved] == ["same speaker", "orphan"]
    assert classify_text(saved, upgrade.review_rows(source)) == Counter({"same speaker": 1, "orphan": 1})
