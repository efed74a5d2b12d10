"""Appositions that only describe a person set off between the speaker and the cue: an age (`The owner, a
34-year-old from Rhyl who asked not to be named, told ...`, `Jo Roe, aged 71, said`). The speaker is the words
before them; a place inside them (`from Rhyl`) never speaks.
"""
from __future__ import annotations

import re

_AGED_RE = re.compile(r"\s*(?:(?:a|an)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[\-\u2010\u2011 ]year[\-\u2010\u2011 ]old\b"
                      r"|aged\s+\d{1,3}\b)")
"""An apposition that opens with a person's age: `a 34-year-old`, `an eighty-year-old`, `aged 71`."""


def describes_by_age(clause: str) -> bool:
    """Say whether a clause set off by commas opens with a person's age (`a 34-year-old from Rhyl`, `aged 71`)."""
    return ("year" in clause or "aged" in clause) and _AGED_RE.match(clause) is not None  # cheap tests first
