"""entities: a clause's names cut from its sentence's reading (`mentions_within`, `cut_reading`) are the names a fresh
reading of the clause finds; where the cut might read otherwise, the clause is read afresh. The sentences in the
cases are invented; the last test reads the first thirty press texts' sentences and clauses for the same."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from claims.extract.entities import Mention, cut_reading, cut_whole, mentions_within, read_range, reading_of, whole_index
from claims.extract.text import split_blocks, split_sentences


def _fresh(text: str, start: int, end: int) -> list[Mention]:
    """Read a range on its own, nothing remembered."""
    return list(read_range(text, start, end).mentions)


def _clause(text: str, clause: str) -> tuple[int, int]:
    """Return where a clause stands in a text."""
    at = text.index(clause)
    return at, at + len(clause)


def test_a_clause_is_cut_from_its_sentence() -> None:
    text = "After talks with Harbour Water, Jo Roe said the pipes were old."
    start, end = _clause(text, "Jo Roe ")
    assert cut_reading(text, reading_of(text, 0, len(text)), start, end) == (Mention(32, 38, "Jo Roe", "person"),)
    assert _fresh(text, start, end) == [Mention(32, 38, "Jo Roe", "person")]


_MIGHT_READ_OTHERWISE = [
    ("The Local Government and Social Care Ombudsman has found.", "Social Care Ombudsman "),  # a name cut at its start
    ("The Harbour Water Board said so.", "The Harbour Water"),  # a name cut at its end
    ("PELLTON \u2014 A claim was filed.", "PELLTON "),  # a dateline's place: read by what follows it
    ("The firm, Acme Inc., said so.", "The firm, Acme Inc."),  # a legal form's stop at the range's end
    ("The Harbour Water Boa said so.", "The Harbour Water Bo"),  # the range ends inside a word
]
"""Ranges whose own reading might differ from a cut of a longer reading: cut from a sentence's or the whole text's."""


@pytest.mark.parametrize(("text", "clause"), _MIGHT_READ_OTHERWISE)
def test_a_cut_that_might_read_otherwise_is_refused(text: str, clause: str) -> None:
    start, end = _clause(text, clause)
    assert cut_reading(text, reading_of(text, 0, len(text)), start, end) is None
    assert mentions_within(text, start, end, (((0, len(text)), reading_of(text, 0, len(text))),)) == \
        _fresh(text, start, end)


def test_a_range_no_reading_holds_is_read_afresh() -> None:
    text = "Harbour Water said so. Jo Roe agreed."
    assert mentions_within(text, 23, 29, (((0, 22), reading_of(text, 0, 22)),)) == [
        Mention(23, 29, "Jo Roe", "person")]


PRESS = [path for path in sorted((Path(__file__).resolve().parent.parent / "benchmarks" / "press").glob("p0*_*.txt"))
         if int(path.name[1:].split("_", 1)[0]) <= 30]
"""The first thirty press texts (p001-p030)."""
_CLAUSE_EDGE_RE = re.compile(r",\s+|\s+(?:and|said|says|told|added|who|which)\s+")


def test_clauses_cut_from_the_press_sentences_read_as_fresh_readings() -> None:
    ranges = []
    for path in PRESS:
        text = path.read_text(encoding="utf-8")
        for block in split_blocks(text):
            for start, end in split_sentences(text, block.body, block.end):
                edges = [start] + [e for m in _CLAUSE_EDGE_RE.finditer(text, start, end) for e in m.span()] + [end]
                ranges += [(text, (start, end), (a, b)) for a in edges for b in edges if a < b]
    assert len(ranges) > 5_000
    assert sum(cut_reading(text, reading_of(text, *sentence), a, b) is not None
               for text, sentence, (a, b) in ranges) > len(ranges) * 3 // 4  # most are cut, not read afresh
    cut = [mentions_within(text, a, b, ((sentence, reading_of(text, *sentence)),)) for text, sentence, (a, b) in ranges]
    assert cut == [_fresh(text, a, b) for text, sentence, (a, b) in ranges]


class _CountedReadings(tuple):  # type: ignore[type-arg]
    """Readings that count how many of their ranges are looked at."""

    looked = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        _CountedReadings.looked += 1
        return super().__getitem__(index)

    def __iter__(self):  # type: ignore[no-untyped-def]
        for index in range(len(self)):
            yield self[index]


def test_a_clause_looks_at_the_one_range_that_may_hold_it() -> None:
    text = "\u201cWe agree,\u201d he said " * 4096  # one sentence of 4,096 quotations: 4,096 parts outside them
    parts = [(at + 11, at + 20) for at in range(0, len(text), 20)]
    readings = _CountedReadings((part, reading_of(text, *part)) for part in parts)
    _CountedReadings.looked = 0
    assert mentions_within(text, parts[-1][0], parts[-1][1] - 1, readings) == []
    assert _CountedReadings.looked <= 16  # the range found by halves, never every range before it in turn


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Every range `read_range` reads from now on, with the readings cache and the whole text held both emptied."""
    from claims.extract import entities
    ranges: list[tuple[int, int]] = []

    def counted(text: str, start: int, end: int) -> entities.Reading:
        ranges.append((start, end))
        return read_range(text, start, end)

    monkeypatch.setattr(entities, "read_range", counted)
    entities.reading_of.cache_clear()
    entities.whole_held.cache_clear()
    return ranges


def test_a_range_read_for_its_names_and_for_its_runs_is_read_once(read: list[tuple[int, int]]) -> None:
    from claims.extract import entities
    text = "Harbour Water said so, and Jo Roe of the Marsh Trust agreed."
    whole = reading_of(text, 0, len(text))
    assert entities.find_mentions(text, 0, len(text)) == list(whole.mentions)
    assert read == [(0, len(text))]  # one cache serves both: the range is read once


def test_a_sentence_read_after_its_whole_text_is_cut_from_that_reading(read: list[tuple[int, int]]) -> None:
    from claims.extract import entities
    text = "Harbour Water said the pipes were old. The Marsh Trust agreed, and Jo Roe said so."
    reading_of(text, 0, len(text))
    assert reading_of(text, 39, len(text)) == entities.Reading(
        ((39, 54), (67, 73)), (Mention(39, 54, "Marsh Trust", "org"), Mention(67, 73, "Jo Roe", "person")))
    assert read == [(0, len(text))]  # the sentence is cut from the whole text's reading, never read again


@pytest.mark.parametrize(("text", "clause"), _MIGHT_READ_OTHERWISE)
def test_a_range_the_whole_reading_might_read_otherwise_is_not_cut(text: str, clause: str) -> None:
    start, end = _clause(text, clause)
    whole = whole_index(text, read_range(text, 0, len(text)))
    assert whole is not None
    assert cut_whole(whole, start, end) is None


def test_sentences_and_clauses_cut_from_the_whole_press_texts_read_as_fresh_readings() -> None:
    ranges = []
    for path in PRESS:
        text = path.read_text(encoding="utf-8")
        whole = whole_index(text, read_range(text, 0, len(text)))
        assert whole is not None
        for block in split_blocks(text):
            for start, end in split_sentences(text, block.body, block.end):
                edges = [start] + [e for m in _CLAUSE_EDGE_RE.finditer(text, start, end) for e in m.span()] + [end]
                ranges += [(whole, (a, b)) for a in edges for b in edges if a < b]
    cut = [(whole.text, a, b, cut_whole(whole, a, b)) for whole, (a, b) in ranges]
    assert sum(reading is not None for *_, reading in cut) > len(cut) * 3 // 4  # most are cut, not read afresh
    assert [reading for *_, reading in cut if reading is not None] == \
        [read_range(text, a, b) for text, a, b, reading in cut if reading is not None]
