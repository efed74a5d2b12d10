"""wire_credits (wave 41c, 53h): an outlet's header line over a reporter's byline names the outlet, no party; asserted
on the whole value (round 54m, mutation)."""
from claims.extract.wire_credits import in_outlet_header

_STORY = "\n\n".join(f"Paragraph {n} of the story about the grid." for n in range(1, 9)) + "\n"


def test_a_header_over_a_byline_a_few_lines_down_is_the_outlets() -> None:
    text = "GRID LEDGER | Transmission\nNew line to open in May\n\nBy Jo Roe\n\n" + _STORY
    assert in_outlet_header(text, 0, len("GRID LEDGER")) is True


def test_a_header_with_its_byline_past_the_reach_is_no_outlets() -> None:
    text = "GRID LEDGER | Transmission\nNew line to open in May\n\n" + _STORY + "\nBy Jo Roe\n"
    assert in_outlet_header(text, 0, len("GRID LEDGER")) is False
