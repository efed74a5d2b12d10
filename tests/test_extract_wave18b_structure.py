"""Structure of results releases, tables and letters, and the party in focus after findings (wave 18b): each case is
a short text written for this test in our own words about invented parties, and the whole table it must give as
(speaker, speaker_kind, quote) rows, in text order, or the whole value a helper returns."""
import pytest

from claims.extract.attribution.lists import HEADING_LEAD_IN_RE, sub_label
from claims.extract.text import split_blocks
from extract_rows import rows

# A period's highlights heading (18b, attribution/lists.HEADING_LEAD_IN_RE): a results release heads its bullets
# with the period (`Second Quarter 2026 Highlights`, `Q2 FY27 Results`); the bullets are the company's.
PERIOD_HIGHLIGHTS = (
    "Brindle Robotics today announced results for its second quarter.\n\n"
    "Second Quarter 2026 Highlights\n\n"
    "- Total revenue was $88.2 million, up 9% year over year.\n"
    "- Net loss narrowed to $4.1 million.\n")


def test_a_period_s_highlights_heading_hands_on_its_bullets() -> None:
    assert rows(PERIOD_HIGHLIGHTS) == [
        ("Brindle Robotics", "organisation", "results for its second quarter"),
        ("Brindle Robotics", "organisation", "Total revenue was $88.2 million, up 9% year over year"),
        ("Brindle Robotics", "organisation", "Net loss narrowed to $4.1 million")]


@pytest.mark.parametrize(("heading", "expected"), [
    ("Second Quarter 2026 Highlights", True),
    ("Q2 FY27 Results", True),
    ("Fourth Quarter and Full Year Highlights", True),
    ("Key findings", True),
    ("Financial highlights", True),
    ("Lessons from the main findings", False),  # lower-case words: a sentence's phrase, not a period
    ("What the figures show", False),
])
def test_heading_lead_in_re(heading: str, expected: bool) -> None:
    assert (HEADING_LEAD_IN_RE.fullmatch(heading) is not None) is expected


# A label under a lead-in (18b, attribution/lists.sub_label): guidance set out by period (`Third Quarter:`, `Full
# Year 2026:`) is the lead-in's speaker's in every part; `Quarter` is no person's name (`data/not_names.txt`).
GUIDANCE = (
    "Brindle Robotics today announced results for its second quarter.\n\n"
    "Outlook\n\n"
    "Brindle Robotics is issuing the following guidance:\n\n"
    "Third Quarter 2026:\n- Total revenue of $90 million to $93 million\n\n"
    "Full Year 2026:\n- Total revenue of $350 million to $360 million\n- Adjusted EBITDA of $12 million to $14 million\n")


def test_labels_under_a_lead_in_keep_its_speaker() -> None:
    assert rows(GUIDANCE) == [
        ("Brindle Robotics", "organisation", "results for its second quarter"),
        ("Brindle Robotics", "organisation", "Total revenue of $90 million to $93 million"),
        ("Brindle Robotics", "organisation", "Total revenue of $350 million to $360 million"),
        ("Brindle Robotics", "organisation", "Adjusted EBITDA of $12 million to $14 million")]


def test_a_person_s_label_is_no_sub_label() -> None:
    text = "Brindle Robotics set out its plans:\n\nJo Roe:\n\n\"We will hire 40 engineers in Leeds next year.\"\n"
    assert rows(text)[-1][0] == "Jo Roe"


@pytest.mark.parametrize(("line", "expected"), [
    ("Fourth Quarter Fiscal 2027:", True),
    ("Full Year 2026/27:", True),
    ("North America:", True),
    ("Jo Roe:", False),  # a person's label opens her words
    ("Sales rose 4% in the year:", False),  # a sentence
    ("Fourth Quarter", False),  # no colon: a heading
])
def test_sub_label(line: str, expected: bool) -> None:
    block = split_blocks(line)[0]
    assert sub_label(line, block, []) is expected
