"""Unit cases for wave 35's first extractor parts (what mutation round 35 found unasserted by the wave-35 files): a
table's source line and its first sentence (35a, `source_lines`), a table's header and rule (35a, `table_headers`,
`documents.column_names`), a correction note's earlier version (35b, `earlier_versions`) and a body the lead only
describes (35c, `described_bodies`); every party and sentence is invented, and each assert is on a whole value: a
function's whole return value or a text's whole table.

The caches of `claims.extract` are cleared before each case here: mentions are cached by text, and a mutant run forked
from a warm process would otherwise read the unmutated mentions of the same text."""
from __future__ import annotations

import pytest

from claims.extract.attribution.documents import column_names
from claims.extract.attribution.earlier_versions import earlier_version_spans
from claims.extract.attribution.source_lines import source_party, source_region
from claims.extract.attribution.table_headers import inside_period, period_spans
from claims.extract.speakers import Context
from claims.extract.speakers.described_bodies import lead_description
from claims.extract.table import Row, find_rows
from claims.extract.text import split_blocks
from extract_rows import cued_rows, rows

pytestmark = pytest.mark.usefixtures("cold_extract_caches")


def _region(text: str) -> str | None:
    region = source_region(text, split_blocks(text)[0])
    return text[region[0]:region[1]] if region is not None else None


def _party(text: str) -> tuple[str, str] | None:
    who = source_party(text, split_blocks(text)[0], Context(text=text))
    return (who.name, who.kind) if who is not None else None


def _column_names(text: str) -> list[bool]:
    blocks = split_blocks(text)
    return [column_names(text, block, [], blocks[index + 1] if index + 1 < len(blocks) else None)
            for index, block in enumerate(blocks)]


_SURVEY = "Source: Brindle Analytics survey of "


# source_lines.source_region (35a): the line's words up to its first sentence's end, within the line (never a stop
# further down), a last full stop left out, two characters at the least and 100 at the most; `Data:` opens one too.
@pytest.mark.parametrize(("text", "expected"), [
    ("Source: Brindle Analytics\n\nNotes: figures are rounded. Totals may differ.\n", "Brindle Analytics"),
    ("Source: Brindle Analytics Ltd.\n", "Brindle Analytics Ltd"),
    ("Source: Brindle Analytics Ltd\n", "Brindle Analytics Ltd"),
    ("Source: AB\n", "AB"),
    ("Source: A\n", None),
    (_SURVEY + "a" * 72 + "\n", "Brindle Analytics survey of " + "a" * 72),
    (_SURVEY + "a" * 73 + "\n", None),
    ("Data: Brindle Analytics\n", "Brindle Analytics"),
], ids=["no-stop-in-the-line", "a-last-stop", "no-last-stop", "two-characters", "one-character", "100-characters",
        "101-characters", "data"])
def test_source_region(text: str, expected: str | None) -> None:
    assert _region(text) == expected


# source_lines.source_party (35a): the words before the line's first comma first; a line with no comma and no party
# names nobody, whatever the text names after it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Source: Brindle Analytics, Shop Tracker, Q3 2027\n", ("Brindle Analytics", "organisation")),
    ("Source: Harlan Partners, Marsh Valley Council analysis\n", ("Harlan Partners", "organisation")),
    ("Source: figures are rounded.\n\nBrindle Analytics said prices rose.\n", None),
], ids=["two-commas", "a-second-party-after-the-comma", "no-party-before-a-named-one"])
def test_source_party(text: str, expected: tuple[str, str] | None) -> None:
    assert _party(text) == expected


_TABLE = ("Grocery prices rose again in May, figures show.\n\n"
          "Chain | Share | Change\n"
          "Pellow | 27.1% | +0.4\n"
          "{last}\n\n"
          "{source}\n")


# documents.table_source (35a): the rows of figures only (a row with none, above a source line with a figure, is no
# claim), each the source's with the cue `source`; `Data:` names a source as `Source:` does.
def test_a_row_with_no_figure_above_a_source_line_is_no_claim() -> None:
    text = _TABLE.format(last="Others | n/a | n/a", source=_SURVEY + "1,200 shoppers")
    assert cued_rows(text) == [
        ("figures", "document", "show", "Grocery prices rose again in May"),
        ("Brindle Analytics", "organisation", "source", "Pellow | 27.1% | +0.4")]


def test_a_data_line_names_the_table_s_source() -> None:
    text = _TABLE.format(last="Fairbank | 15.2% | -0.3", source="Data: Brindle Analytics")
    assert cued_rows(text) == [
        ("figures", "document", "show", "Grocery prices rose again in May"),
        ("Brindle Analytics", "organisation", "source", "Pellow | 27.1% | +0.4"),
        ("Brindle Analytics", "organisation", "source", "Fairbank | 15.2% | -0.3")]


# documents.column_names (35a): only a line laid out as a table's row, not a bullet, names columns, and only above
# another such line (never above a sentence with a figure).
@pytest.mark.parametrize(("text", "expected"), [
    ("Prices will change as follows\nWater standing charge | 21.4p | 22.9p\n", [False, False]),
    ("Charge | Now | From 1 April\nThe rise adds 1.5p a day to the average bill\n", [False, False]),
    ("- Charge | Now | From 1 April\nWater | 21.4p | 22.9p\n", [False, False]),
    ("Charge | Now | From 1 April\nWater | 21.4p | 22.9p\n", [True, False]),
], ids=["a-sentence-above-a-row", "a-header-above-a-sentence", "a-bullet", "a-header-above-a-row"])
def test_column_names(text: str, expected: list[bool]) -> None:
    assert _column_names(text) == expected


# table_headers.period_spans and inside_period (35a): the periods of the span only; a period's end is outside it.
def test_period_spans_reads_the_span_only() -> None:
    text = "Q2 2027\nRevenue | 4.1 | 3.9\nMay 2026\n"
    assert (period_spans(text, (8, 27)), period_spans(text, (0, 7))) == ([], [(0, 2), (3, 7)])


def test_a_period_s_end_is_outside_it() -> None:
    assert [inside_period(at, [(3, 7)]) for at in (2, 3, 6, 7)] == [False, True, True, False]


_STORY = ("Pellow Vale Ferries said on Monday that it had cancelled 61 sailings since March.\n\n"
          "The company said a second vessel would return to service in June.\n\n")
_STORY_ROWS = [
    ("Pellow Vale Ferries", "organisation", "it had cancelled 61 sailings since March"),
    ("Pellow Vale Ferries", "organisation", "a second vessel would return to service in June"),
]


# earlier_versions.paragraph_around and earlier_version_spans (35b): a note is read within its own line (a later
# paragraph's `It also said` is no second slip), to the text's end when no line break closes it, and every note of a
# text is dropped, not only the last.
def test_a_later_paragraph_s_it_also_said_is_no_second_slip() -> None:
    text = (_STORY + "Correction: An earlier version of this story said the company had cancelled 16 sailings.\n\n"
            "The harbour board said the slipway would reopen on Friday. It also said the ramp had been repaired.\n")
    assert rows(text) == _STORY_ROWS + [
        ("the harbour board", "unresolved", "the slipway would reopen on Friday"),
        ("the harbour board", "unresolved", "the ramp had been repaired")]


def test_a_note_at_the_text_s_very_end_is_dropped() -> None:
    text = _STORY + "Correction: An earlier version of this story said the company had cancelled 16 sailings."
    assert (rows(text), earlier_version_spans(text)) == (_STORY_ROWS, [(150, 238)])


def test_two_notes_are_both_dropped() -> None:
    text = ("An earlier version of this story said Pellow Vale Ferries had cancelled 16 sailings.\n\n" + _STORY
            + "Correction: An earlier version of this story said the company had sold 14 vessels.\n")
    assert (rows(text), earlier_version_spans(text)) == (_STORY_ROWS, [(0, 84), (236, 318)])


# earlier_versions.paragraph_around (35b, round 36's re-run): a later note's line starts after the line break just
# before it, never at the text's start nor after its first line (so an earlier note and a later paragraph's `It also
# said` are never read as one note with a second slip).
def test_a_second_note_reads_its_own_line_only() -> None:
    text = (_STORY + "Correction: An earlier version of this story said the company had cancelled 16 sailings.\n\n"
            "The harbour board said the slipway would reopen on Friday. It also said the ramp had been repaired.\n\n"
            "Correction: An earlier version of this story said the company had sold 14 vessels.\n")
    assert rows(text) == _STORY_ROWS + [
        ("the harbour board", "unresolved", "the slipway would reopen on Friday"),
        ("the harbour board", "unresolved", "the ramp had been repaired")]


# table.find_rows (its loop, read through 35b's file): each row whole: its id counts the same quotation's
# occurrences, and its claim, offsets, kind, cue and confidence are the row's own.
def test_find_rows_gives_whole_rows() -> None:
    text = "Pellow Vale Ferries said fares would rise by 4%.\n\nThe company said fares would rise by 4%.\n"
    assert find_rows(text, "p.txt") == [
        Row("c0922c8016ca6", "p.txt", "Pellow Vale Ferries", "Fares would rise by 4%.", "fares would rise by 4%", 25,
            47, "organisation", "said", 0.911),
        Row("c53d788bb9eec", "p.txt", "Pellow Vale Ferries", "Fares would rise by 4%.", "fares would rise by 4%", 67,
            89, "organisation", "said", 0.911)]


# table.find_rows (round 36's re-run): the claim is made standalone with the row's own kind (`she` stands for a
# person speaker, so her name is added).
def test_find_rows_makes_the_claim_standalone_by_the_row_s_kind() -> None:
    text = "Marta Quill, the ferry company's chief executive, said she would step down in June.\n"
    assert find_rows(text, "q.txt") == [
        Row("c05685f50e4a1", "q.txt", "Marta Quill", "She [Marta Quill] would step down in June.",
            "she would step down in June", 55, 82, "person", "said", 0.989)]


# described_bodies.lead_description (35c): one to three describing words, each in lower case and neither a
# determiner nor a closed word (`a decision that the commission` is no description), three the most; a name that
# opens the lead and a description set off after it (`Marrick, the county's ... panel,`) is an apposition.
@pytest.mark.parametrize(("lead", "noun", "expected"), [
    ("Tarrow Athletic will appeal against a decision that the commission reached on Friday.", "commission", None),
    ("Tarrow Athletic were fined by an independent football regulatory commission on Friday.", "commission",
     "independent football regulatory commission"),
    ("Marrick, the county's independent planning panel, refused the quarry on Friday.", "panel", None),
], ids=["a-closed-word-and-a-determiner", "three-describing-words", "an-apposition-to-the-lead-s-first-word"])
def test_lead_description(lead: str, noun: str, expected: str | None) -> None:
    assert lead_description(lead, noun) == expected


# speakers.references.reference (35c's lines, round 36's re-run): a bare `the commission` the lead only describes is
# that description, of the kind its own words show (`regulatory commission`: an inspectorate), not a plain organisation.
def test_a_described_body_keeps_the_kind_its_words_show() -> None:
    text = ("Tarrow Athletic were fined by an independent football regulatory commission on Friday.\n\n"
            "The commission said the club had broken its spending rules.\n")
    assert rows(text) == [
        ("independent football regulatory commission", "inspectorate", "the club had broken its spending rules")]
