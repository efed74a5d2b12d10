"""A quotation and its tag broken apart by a paragraph break (wave 68e): a lead-in with no colon above a quotation
(`Jo Roe, director of X, said,`, `X said in a statement` and nothing, `..., added -`, `told the paper,`) and a tag on
the line below a quotation closed after a comma (`"A,"` / `said Jo Roe, head of X.`). Each case is a short text written
for this test in our own words about invented parties, with the whole table it must give as (speaker, speaker_kind,
cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.attribution.quotation_leads import ends_open, leads_quotation_below, open_quotation_lead
from claims.extract.text import Block, split_blocks
from extract_rows import cued_rows

HEAD = "The Orrin Licensing Board fined a taxi firm on Monday.\n\n"
QUOTE = "\u201cWe suspended 14 licences in March.\u201d"


@pytest.mark.parametrize(("lead", "cue"), [
    ("Maren Holt, Head of Licensing said,", "said"),
    ("Maren Holt, Head of Licensing, said,", "said"),
    ("Maren Holt said", "said"),
    ("In a statement, Maren Holt, the board's chair, said", "said"),
    ("Maren Holt said in a statement on Monday,", "said"),
    ("Speaking at the hearing, Maren Holt added \u2013", "added"),
    ("Speaking at the hearing, Maren Holt said...", "said"),
    ("Maren Holt told reporters,", "told"),
])
def test_a_lead_in_without_a_colon_gives_the_quotation_below(lead: str, cue: str) -> None:
    assert cued_rows(HEAD + lead + "\n\n" + QUOTE + "\n") == [
        ("Maren Holt", "person", cue, "We suspended 14 licences in March.")]


def test_the_quotation_goes_on_in_the_paragraph_after() -> None:
    text = HEAD + "Maren Holt, Head of Licensing said,\n\n\u201cWe suspended 14 licences in March.\n\n" \
        "\u201cWe are checking every meter in the city.\u201d\n"
    assert cued_rows(text) == [
        ("Maren Holt", "person", "said", "We suspended 14 licences in March."),
        ("Maren Holt", "person", "quotation continues", "We are checking every meter in the city.")]


@pytest.mark.parametrize("lead", [
    "Maren Holt said,",  # no quotation below: plain words are no claim of hers here
])
def test_no_lead_in_without_a_quotation_below(lead: str) -> None:
    assert cued_rows(HEAD + lead + "\n\nWe suspended 14 licences in March.\n") == []


def test_a_headline_with_a_cue_above_a_quotation_keeps_its_tag() -> None:
    text = "Orrin board says taxi checks will go on\n\n\u201cWe suspended 14 licences in March,\u201d said Maren Holt.\n"
    assert cued_rows(text) == [("Maren Holt", "person", "said", "We suspended 14 licences in March")]


def test_a_tag_on_the_line_below_its_quotation() -> None:
    text = HEAD + "\u201cWe suspended 14 licences in March,\u201d\nsaid Maren Holt, head of licensing at the board.\n" \
        "\u201cEvery meter in the city will be checked by June.\u201d\n" \
        "\u201cOur drivers lost 200 fares a week to the checks,\u201d\n\nsays Oskar Brandt, owner of Brandt Cabs.\n"
    assert cued_rows(text) == [
        ("Maren Holt", "person", "said", "We suspended 14 licences in March"),
        ("Maren Holt", "person", "quotation continues", "Every meter in the city will be checked by June."),
        ("Oskar Brandt", "person", "says", "Our drivers lost 200 fares a week to the checks")]


def test_split_blocks_joins_a_tag_to_its_quotation() -> None:
    text = "\u201cFares rose 5%,\u201d\nsaid Jo Penn.\n\u201cNo more.\u201d\n"
    assert [text[b.start:b.end] for b in split_blocks(text)] == [
        "\u201cFares rose 5%,\u201d\nsaid Jo Penn.", "\u201cNo more.\u201d"]


def test_split_blocks_keeps_a_closed_quotation_apart() -> None:
    text = "\u201cFares rose 5%.\u201d\nsaid to be the highest rise.\n"
    assert [text[b.start:b.end] for b in split_blocks(text)] == [
        "\u201cFares rose 5%.\u201d", "said to be the highest rise."]


@pytest.mark.parametrize(("line", "expected"), [
    ("Jo Penn said,", True), ("Jo Penn said", True), ("Jo Penn added \u2013", True), ("Jo Penn said...", True),
    ("Jo Penn said.", False), ("Jo Penn said:", False), ("Fares rose", False),
])
def test_ends_open(line: str, expected: bool) -> None:
    assert ends_open(line, 0, len(line)) is expected


def test_leads_quotation_below_needs_a_quotation_mark_below() -> None:
    text = "Jo Penn said,\n\n\u201cFares rose.\u201d"
    assert (leads_quotation_below(text, 0, 13), leads_quotation_below("Jo Penn said,\n\nFares rose.", 0, 13)) \
        == (True, False)


def test_open_quotation_lead() -> None:
    text = "Jo Penn said in a statement,\n\n\u201cFares rose.\u201d\n\nFares rose,\n\n\u201cNo.\u201d"
    assert (open_quotation_lead(text, Block(0, 28, 0, False)), open_quotation_lead(text, Block(46, 57, 46, False))) \
        == (True, False)


def test_open_quotation_lead_needs_the_quotation_and_its_own_cue() -> None:
    """No quotation below: no lead-in, whatever the paragraph holds; a cue past the paragraph is not its own (69m)."""
    text = "Jo Penn said in a statement,\n\nFares rose.\n\nFares rose,\n\n\u201cNo,\u201d said Jo Penn."
    assert (open_quotation_lead(text, Block(0, 28, 0, False)), open_quotation_lead(text, Block(43, 54, 43, False))) \
        == (False, False)


@pytest.mark.parametrize(("line", "expected"), [
    ("Jo Penn added -", True), ("Jo Penn added --", True), ("Jo Penn said\u2026", True),
    ("Jo Penn said, ", True), ("Jo Penn said\u00a0", True), ("Jo Penn said... ", True), ("Jo Penn unsaid", False),
    ("Jo Penn, said the firm", False),
])
def test_ends_open_edges_round_69m(line: str, expected: bool) -> None:
    assert ends_open(line, 0, len(line)) is expected


def test_a_straight_quotation_mark_below_a_lead_in() -> None:
    text = "Jo Penn said,\n\n\"Fares rose.\""
    assert (leads_quotation_below(text, 0, 13), leads_quotation_below("Jo Penn said,\n\n\u2018Fares rose.\u2019", 0, 13)) \
        == (True, True)
