"""A party named by description only (`the governing body`, `the vessel's classification society`): another party a
body's answer may report, in the text's own words (wave 27b)."""
from __future__ import annotations

import re

DESCRIBED_PARTY_RE = re.compile(r"the[ \t]+(?:[a-z\-]+['\u2019]s[ \t]+)?(?:[a-z\-]+[ \t]+){0,3}[a-z\-]+", re.IGNORECASE)
"""`the governing body`, `the vessel's classification society`, `the parish council`: `the`, maybe one possessive,
and at most four words, none of them capitalised but `The`."""


def is_described_party(speaker: str) -> bool:
    """Say whether an unresolved speaker is a party the text describes (`the governing body`), not a pronoun or a
    name: `the` and lower-case words only."""
    words = speaker.split()
    return bool(DESCRIBED_PARTY_RE.fullmatch(speaker)) and all(word.islower() for word in words[1:])
