"""A statement's heading that names its giver before the statement's noun (`claims.extract.giver_headings`)."""
from __future__ import annotations

import pytest

from claims.extract import statement
from claims.extract.entities import Mention
from claims.extract.giver_headings import giver_first_heading
from claims.extract.text import split_blocks


def _giver(heading: str) -> str | None:
    """The giver's words a heading names before its statement's noun, or None."""
    found = giver_first_heading(heading, 0, len(heading))
    return found.group("who") if found is not None else None


@pytest.mark.parametrize("heading, giver", [
    ("Chief Orla Venn Statement on Recent Flooding", "Chief Orla Venn"),
    ("Governor Brack Remarks Following the Storm", "Governor Brack"),
    ("Mayor Ilse Varga Message to Residents:", "Mayor Ilse Varga"),
    ("Tarnmouth Water Statement Regarding Supply Interruptions", "Tarnmouth Water"),
])
def test_a_heading_names_its_giver_before_the_noun(heading: str, giver: str) -> None:
    assert _giver(heading) == giver


@pytest.mark.parametrize("line", [
    "The chief's statement on flooding was late.",  # a sentence, in small letters
    "Chief Orla Venn issued a statement on flooding",  # the noun in small letters: a sentence's object
    "Statement on Recent Flooding",  # no giver before the noun
    "Chief Orla Venn Statement",  # no topic after it
])
def test_any_other_line_names_no_giver_first(line: str) -> None:
    assert _giver(line) is None


def test_the_heading_is_read_to_the_end_it_is_given() -> None:
    """Only text[start:end] is read: the heading's line, never the paragraph after it (60m)."""
    text = "Chief Orla Venn Statement on Recent Flooding\n\nThe river rose by two metres."
    found = giver_first_heading(text, 0, text.index("\n"))
    assert found is not None and found.span() == (0, 44) and found.group("who") == "Chief Orla Venn"


def test_the_giver_first_heading_gives_the_statement_its_person() -> None:
    text = "Chief Orla Venn Statement on Recent Flooding"
    assert statement.statement_speaker(text, split_blocks(text)[0]) == Mention(0, 15, "Orla Venn", "person", False,
                                                                               "chief")
