"""A US school district the text calls `the district`: `X City Schools`, `X Unified School District`, or the
district inside its board's name (`The X City Schools Board of Education voted ..., a decision the district says`)."""
from __future__ import annotations

import re

from .vocabulary import load_words

DISTRICT_HEADS = load_words("district_heads")
"""Words that end a school district's name (`schools`, `school district`)."""
DISTRICT_RE = re.compile(r"(?P<district>\S+(?:\s+\S+)*?\s+(?:%s)(?:\s+\d{1,4}(?=\s|$))?)(?=\s|$)" % "|".join(
    r"\s+".join(head.title().split()) for head in sorted(DISTRICT_HEADS, key=len, reverse=True)))
"""A name up to a district's head, at its first: `Marlow Creek City Schools` in `... Schools Board of Education`,
with the number that completes it (`Rock Valley School District 212`, wave 27g)."""


def district_name(name: str) -> str | None:
    """Return the school district a body's name is or holds (`X City Schools Board of Education` -> `X City
    Schools`), else None."""
    if "School" not in name:
        return None  # the cheap test first: most names hold no school
    found = DISTRICT_RE.match(name)
    return found.group("district") if found is not None else None


def only_district(names: list[str]) -> str | None:
    """Return the one school district the bodies named so far are or hold, else None (none, or two districts)."""
    districts = {found for found in map(district_name, names) if found is not None}
    return next(iter(districts)) if len(districts) == 1 else None
