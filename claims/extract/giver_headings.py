"""A statement's heading that names its giver before the statement's noun (wave 59e): `Chief Jo Roe Statement on
Recent Flooding`, `Governor Tam Holloway Remarks Following the Storm`, `Mayor Roe Message to Residents`: the words
before the noun are the giver, the words after its preposition the topic. The noun is written with a capital, as a
heading writes it (`the Chief's statement on flooding was late` is a sentence, never this heading)."""
from __future__ import annotations

import re

GIVER_FIRST_HEADING_RE = re.compile(
    r"(?P<who>[A-Z][^\n.!?:]{2,80}?)[ \t]+(?:Statement|STATEMENT|Remarks|REMARKS|Message|MESSAGE)[ \t]+"
    r"(?:on|On|ON|regarding|Regarding|about|About|following|Following|after|After|to|To)[ \t]+[^\n!?]{3,120}?"
    r"[ \t]*:?[ \t]*")
"""A heading naming its giver first, then the statement's capitalised noun and its topic after a preposition."""


def giver_first_heading(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the match of a heading in text[start:end] that names its giver before the statement's noun, else None."""
    return GIVER_FIRST_HEADING_RE.fullmatch(text, start, end)
