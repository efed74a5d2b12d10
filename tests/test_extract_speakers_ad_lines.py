"""speakers/ad_lines: a scraped web page keeps its advertising slots' labels as lines of their own (`Hide Ad`,
`Advertisement`); such a line is no party, so the `he said` after it is the person named before the slot (wave 62d;
the real sets' 98th). Each text is written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from extract_rows import rows

from claims.extract.speakers.ad_lines import AD_LINES, on_ad_line

_BEFORE = "Joe Brannock, who runs a bakery across the road, raised the alarm.\n\n"
_AFTER = "\"Smoke was pouring from the roof when I unlocked the gate at 6am,\" he said.\n"


@pytest.mark.parametrize("slot", ["Hide Ad\nHide Ad", "Advertisement", "ADVERTISEMENT", "Story continues below advertisement"])
def test_the_person_before_an_ad_slot_speaks_after_it(slot: str) -> None:
    assert rows(_BEFORE + slot + "\n\n" + _AFTER) == [
        ("Joe Brannock", "person", "Smoke was pouring from the roof when I unlocked the gate at 6am")]


def test_an_ad_slot_between_paragraphs_is_never_a_body() -> None:
    text = ("Hide Ad\n\nA record 4,100 people used the Kelvale ferry in May, the operator has revealed.\n\n"
            "The operator said it would add two sailings a day.\n")
    assert rows(text) == [
        ("the operator", "unresolved", "A record 4,100 people used the Kelvale ferry in May"),
        ("the operator", "unresolved", "it would add two sailings a day")]


@pytest.mark.parametrize(("text", "at", "expected"), [
    ("Hide Ad", 0, True),
    ("Hide Ad", 5, True),
    ("Intro\nHide Ad\nMore", 8, True),
    ("Intro\n  Hide   Ad  \nMore", 9, True),  # spaces around and between the words
    ("Intro\nHide Ad\nMore", 2, False),  # a position on the line before
    ("Hide Adams said the ferry was late", 0, False),  # a name that opens a line of prose
    ("Jo Roe of Hide Ad Ltd said", 10, False),  # the words inside a longer line
    ("Advertising Standards Authority", 0, False),
    ("Advertisement", 3, True),
])
def test_on_ad_line(text: str, at: int, expected: bool) -> None:
    assert on_ad_line(text, at) is expected


def _whole_line(text: str, at: int) -> bool:
    """The reading before wave 62: the position's whole line, found from the text's start and end."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return end - start <= 60 and " ".join(text[start:end].lower().split()) in AD_LINES


_LONG = "The ferry was late again this morning, and the harbour office said the crossing would resume."


@pytest.mark.parametrize("text", [
    _LONG + "\nAdvertisement\n" + _LONG, "Advertisement\n" + _LONG, _LONG + "\nHide Ad",
    "x" * 55 + "\nstory continues below advertisement\n" + "y" * 70, "Hide Ad" + " " * 53 + "\nMore",
    "Hide Ad" + " " * 54 + "\nMore", " " * 61 + "Hide Ad", "Advertisement" + " " * 48,
    "Advertisement" + " " * 47, "\nAdvertisement" + " " * 47, "x\nAdvertisement" + " " * 47,  # a line of 60 exactly
    "\nHide Ad",  # a line break opening the text
])
def test_on_ad_line_reads_as_the_whole_line_did_at_every_position(text: str) -> None:
    """Wave 62: a label's line is looked for no further than a label's length on each side (a long line was read to
    both its ends once a name); every position of each text is read as before, at the limit's edges too."""
    assert [on_ad_line(text, at) for at in range(len(text) + 1)] == [_whole_line(text, at)
                                                                     for at in range(len(text) + 1)]
