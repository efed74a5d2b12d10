"""A person's party, ward or seat in brackets right after the name (`Cllr Jo Roe (Lib Dem, Hill Top)`, `Jo Roe
(Liberal Democrat)`), as local and parliamentary reports write them: the words in the brackets name no person (wave
55d)."""
from __future__ import annotations

import re

AFFILIATION_RE = re.compile(r"[ \t]?\((?P<inside>[A-Z][\w&'\u2019.\-]*(?:[ \t]+(?:[A-Z][\w&'\u2019.\-]*|and|of|ward|&))*"
                            r"(?:,[ \t]+[A-Z][\w&'\u2019.\-]*(?:[ \t]+(?:[A-Z][\w&'\u2019.\-]*|and|of|ward|&))*){0,2})\)")
"""A bracket right after a name holding one to three comma-separated runs of capitalised words (`(Lib Dem, Lyndon)`,
`(Liberal Democrat, Hill Top ward)`): a party, a ward, a seat."""


def in_affiliation(text: str, person_end: int, at: int) -> bool:
    """Say whether a run starting at `at` sits in the brackets of a party, ward or seat right after the name of a
    person that ends at `person_end` (`Jo Roe (Lib Dem, Hill Top)`): never a person of its own."""
    bracket = AFFILIATION_RE.match(text, person_end)
    return bracket is not None and bracket.start("inside") <= at < bracket.end("inside")
