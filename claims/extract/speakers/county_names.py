"""`The county` in a text that names one county only as a place or an owner (`X County's health administrator Jo Roe
says ... the county reported 6 more cases`) is that county's government: US local news calls it so, and the text
names no county body with a head of its own (`X County Council`, `X County Board`) that the reference could mean
instead (wave 61r)."""
from __future__ import annotations

import re

from ..entities import Mention

COUNTY_RE = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+County\b(?!\s+[A-Z])(?![\w-])")
"""One capitalised word and `County`, no capitalised word after it (`Dunmore County`, `Dunmore County's`), so that no
`X County Council` nor `X County Sheriff's Office` is read as a county."""
NOT_COUNTIES: frozenset[str] = frozenset("The This That Each Every Any No One In At Of For From To By On Our Their".split())
"""Words that open a sentence or a phrase before `County` and name none (`The County`, `In County`)."""


def county_before(text: str, end: int) -> Mention | None:
    """Return the one county the text names before `end` as a body's mention (`Dunmore County`), else None: no county,
    two counties, or a county body with a head of its own (`Dunmore County Council`) anywhere in the text."""
    if re.search(r"\bCounty\s+[A-Z]", text):
        return None  # "X County Board", "Dunmore County Health Department": a body the reference may mean
    found = [match for match in COUNTY_RE.finditer(text, 0, end) if match.group().split()[0] not in NOT_COUNTIES]
    names = {" ".join(match.group().split()) for match in found}
    if len(names) != 1:
        return None
    first = found[0]
    return Mention(first.start(), first.end(), names.pop(), "org")
