"""A table's header (wave 35a, `attribution.table_headers`): the line that names a table's columns by periods and dates
(`Charge | Now | From 1 April`, `| | 26 weeks to 2 Oct | Change |`, `Jun-27   May-27`) or stands above a markdown rule
(`|---|---|`), and the rule itself, are no claim, and the rows below them stay the lead-in's or the source's. Each case
is a short text written for this test in our own words about invented parties, and the whole table it must give as
(speaker, speaker_kind, quote) rows, in text order, or the whole value a helper returns."""
import pytest

from claims.extract.attribution.table_headers import is_rule, period_spans
from claims.extract.text import split_blocks
from extract_rows import rows


def test_a_header_of_dates_under_a_lead_in_is_no_claim() -> None:
    assert rows("Brindle Water said its charges would change as follows:\n\n"
                "Charge | Now | From 1 April\n"
                "Water standing charge (per day) | 21.4p | 22.9p\n"
                "Sewerage standing charge (per day) | 30.2p | 31.1p\n\n"
                "The company said the rise was the smallest in five years.\n") == [
        ("Brindle Water", "organisation", "Water standing charge (per day) | 21.4p | 22.9p"),
        ("Brindle Water", "organisation", "Sewerage standing charge (per day) | 30.2p | 31.1p"),
        ("Brindle Water", "organisation", "the rise was the smallest in five years")]


def test_a_header_and_its_rule_under_a_heading_keep_the_rows_below_them() -> None:
    assert rows("PRESS RELEASE\n\nPellow Inns plc results\n\nFinancial highlights\n\n"
                "|  | 26 weeks to 2 Oct | 26 weeks to 3 Oct (prior year) | Change |\n"
                "|---|---|---|---|\n"
                "| Revenue | £42.1m | £39.8m | +5.8% |\n"
                "| Adjusted profit | £3.3m | £2.9m | +13.8% |\n\n"
                "Pellow Inns plc said trading since the period end had been in line with its expectations.\n") == [
        ("Pellow Inns plc", "organisation", "Revenue | £42.1m | £39.8m | +5.8%"),
        ("Pellow Inns plc", "organisation", "Adjusted profit | £3.3m | £2.9m | +13.8%"),
        ("Pellow Inns plc", "organisation", "trading since the period end had been in line with its expectations")]


def test_a_header_above_a_rule_over_a_source_s_table_is_no_claim() -> None:
    assert rows("Empty shops rose again, figures show.\n\n"
                "| Town | Vacancy, Q2 2027 | Vacancy, Q2 2026 |\n"
                "|---|---|---|\n"
                "| Eastby | 14.2% | 12.9% |\n"
                "| Westby | 9.8% | 10.4% |\n\n"
                "Source: Harlan Partners\n")[1:] == [
        ("Harlan Partners", "organisation", "| Eastby | 14.2% | 12.9% |"),
        ("Harlan Partners", "organisation", "| Westby | 9.8% | 10.4% |")]


def test_rows_of_dates_alone_are_no_header() -> None:
    assert rows("Brindle Water said its depots would reopen as follows:\n\n"
                "Depot | Reopens\n"
                "Eastby | 3 March\n"
                "Westby | 10 March\n") == [
        ("Brindle Water", "organisation", "Eastby | 3 March"), ("Brindle Water", "organisation", "Westby | 10 March")]


@pytest.mark.parametrize(("line", "expected"), [
    ("|---|---|---|", True), ("| :--- | ---: |", True), ("|---|", True), ("| Revenue | £4m |", False),
    ("Revenue --- £4m", False),
], ids=["rule", "aligned-rule", "one-column", "row", "dashes-in-a-row"])
def test_is_rule(line: str, expected: bool) -> None:
    text = line + "\n"
    assert is_rule(text, split_blocks(text)[0]) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("|  | 26 weeks to 2 Oct | Change |", ["26 weeks to", "2 Oct"]),
    ("Jun-27      May-27", ["Jun-27", "May-27"]),
    ("| Region | Vacancy, Q2 2027 |", ["Q2", "2027"]),
    ("| Revenue | £42.1m | 5 Mayfield Road |", []),
], ids=["weeks-and-a-day", "months-of-a-year", "a-quarter-and-a-year", "no-period"])
def test_period_spans(line: str, expected: list[str]) -> None:
    assert [line[s:e] for s, e in period_spans(line, (0, len(line)))] == expected
