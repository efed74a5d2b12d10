"""A table's source line (wave 35a, `attribution.source_lines`): the party a `Source:` line names first speaks for the
rows above it, though the line goes on past its name (`Source: X, Y statistics`, `Source: X survey of ... . Figures
are rounded.`). Each case is a short text written for this test in our own words about invented parties, and the whole
table it must give as (speaker, speaker_kind, quote) rows, in text order, or the whole value a helper returns."""
import pytest

from claims.extract.attribution.source_lines import source_party
from claims.extract.speakers import Context
from claims.extract.text import split_blocks
from extract_rows import rows


TABLE = ("Grocery prices rose again in May, figures show.\n\n"
         "Chain | Share | Change\n"
         "Pellow | 27.1% | +0.4\n"
         "Fairbank | 15.2% | -0.3\n\n"
         "{source}\n")
"""A table nobody introduces, its source line below it."""


@pytest.mark.parametrize("source", [
    "Source: Marsh Valley Council, Tenancy Register statistics",
    "Source: Brindle Analytics survey of 1,200 shoppers in the region. Chains with fewer than ten stores are not "
    "shown because too few replied.",
    "Source: Brindle Analytics, Shop Tracker Q3 2027. Chains with fewer than ten stores not shown.",
], ids=["a-document-after-a-comma", "a-long-line-with-a-second-sentence", "a-comma-then-a-second-sentence"])
def test_the_party_a_source_line_names_first_speaks_for_the_rows(source: str) -> None:
    party = source.removeprefix("Source: ").split(",")[0].split(" survey")[0]
    assert rows(TABLE.format(source=source))[1:] == [
        (party, "organisation", "Pellow | 27.1% | +0.4"), (party, "organisation", "Fairbank | 15.2% | -0.3")]


@pytest.mark.parametrize(("line", "expected"), [
    ("Source: Marsh Valley Council, Tenancy Register statistics", "Marsh Valley Council"),
    ("Source: Brindle Analytics. Figures are rounded.", "Brindle Analytics"),
    ("Sources: Brindle Analytics analysis of till receipts", "Brindle Analytics"),
    ("Source: U.S. Grain Board", "U.S. Grain Board"),
    ("Source: Hale Dunmore, Shed Index Q2 2027", "Hale Dunmore"),
    ("Source: figures are rounded.", None),
    ("The source of the figures is Brindle Analytics.", None),
], ids=["before-a-comma", "before-a-second-sentence", "before-what-it-analysed", "initials-are-no-sentence-end", "a-name-read-as-a-person's",
        "no-party", "no-source-line"])
def test_source_party(line: str, expected: str | None) -> None:
    text = line + "\n"
    who = source_party(text, split_blocks(text)[0], Context(text=text))
    assert (who.name if who is not None else None) == expected
