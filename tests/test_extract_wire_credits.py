"""Credits of wires and broadcasters (`claims.extract.wire_credits`): the outlet that filed a story is no party in it
(wave 54q: a credit in a dateline; wave 41c, 53h: an outlet's header line over a byline, round 54m)."""
import pytest

from claims.extract.wire_credits import in_dateline_credit, in_outlet_header
from extract_rows import cued_rows

LEAD = ("{place} \u2013 A new count shows more people sleeping rough in the city.\n\n"
        "On Wednesday, officials released the numbers. According to their findings, 1,240 people slept rough on one "
        "night.\n\nThe report also noted that the rate is the same as in other cities.\n")
"""A broadcaster's story: its dateline, then a document that `their findings` and `the report` name."""


# wave 54q: a broadcaster's or a wire's credit in brackets between a dateline's place and its dash is the station
# that filed the story: never the body `their findings` or `the report` falls back on.
@pytest.mark.parametrize("place", ["DARLOW (KQRT)", "DARLOW (KQRT News)", "DARLOW (KQRT7)", "DARLOW (AP)"])
def test_a_broadcasters_credit_in_a_dateline_never_speaks(place: str) -> None:
    assert cued_rows(LEAD.format(place=place)) == [
        ("A new count", "person", "shows", "more people sleeping rough in the city"),
        ("their findings", "unresolved", "According to", "1,240 people slept rough on one night"),  # 54p: no owner named
        ("the report", "document", "noted that", "the rate is the same as in other cities"),
    ]


@pytest.mark.parametrize(("text", "at", "expected"), [
    ("DARLOW (KQRT) \u2013 A count rose.", 8, True),
    ("DARLOW (KQRT News) - The count rose.", 8, True),
    ("Darlow Council (DC) said the count rose.", 16, False),     # a body's own letters, no dateline
    ("DARLOW (KQRT) The count rose.", 8, False),                 # no dash: no dateline
    ("The count rose.\nDARLOW (KQRT) \u2013 A count rose.", 24, True),
])
def test_in_dateline_credit(text: str, at: int, expected: bool) -> None:
    assert in_dateline_credit(text, at) is expected


_STORY = "\n\n".join(f"Paragraph {n} of the story about the grid." for n in range(1, 9)) + "\n"


def test_a_header_over_a_byline_a_few_lines_down_is_the_outlets() -> None:
    text = "GRID LEDGER | Transmission\nNew line to open in May\n\nBy Jo Roe\n\n" + _STORY
    assert in_outlet_header(text, 0, len("GRID LEDGER")) is True


def test_a_header_with_its_byline_past_the_reach_is_no_outlets() -> None:
    text = "GRID LEDGER | Transmission\nNew line to open in May\n\n" + _STORY + "\nBy Jo Roe\n"
    assert in_outlet_header(text, 0, len("GRID LEDGER")) is False
