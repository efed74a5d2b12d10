"""Spoken clauses (wave 40f): a quoted sentence that lists what its speaker did, one clause per claim.

A quotation is its speaker's claims sentence by sentence, and each item of a list is a claim of its own: `"We hired
12 drivers, we opened a second depot and we cut waits by a third."` is three claims. When a quoted sentence opens on
`we` or `I` (a contraction too: `We've`), each later same pronoun right after a comma, `and` or `, and` opens a new
clause of that list, and a sentence of three such clauses or more is cut there. A sentence opening on another
subject (`Our costs rose, and we ...`), the pronoun after any other word (`so that we`, `which we`) or a different
pronoun leaves it whole.
"""
from __future__ import annotations

import re

from ..text import Span

_OPENING_RE = re.compile(r"(?P<pronoun>[Ww]e|I)(?:['\u2019](?:ve|re|d|ll|m))?\s")
"""A sentence's opening subject pronoun, `we` or `I`, maybe contracted (`We've`, `I'm`)."""
_JOINS = {"we": re.compile(r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?=we(?:['\u2019](?:ve|re|d|ll))?\s)"),
          "i": re.compile(r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?=I(?:['\u2019](?:ve|d|ll|m))?\s)")}
"""What joins two clauses of the same pronoun: a comma, `, and` or `and`, right before the pronoun."""
MIN_CLAUSES = 3
"""A list has at least this many clauses (`we hired A, we opened B and we cut C`); two joined by `and` are most often a
fact and the speaker's stance on it (`We got this wrong and we are sorry`), and stay one sentence."""


def spoken_clauses(text: str, span: Span) -> list[Span]:
    """The clauses of a quoted sentence opening on `we` or `I`, cut before each later same pronoun after a comma or
    `and`; the sentence whole when it has none."""
    opening = _OPENING_RE.match(text, span[0], span[1])
    if opening is None:
        return [span]
    parts, start = [], span[0]
    for join in _JOINS[opening["pronoun"].lower()].finditer(text, span[0], span[1]):
        parts.append((start, join.start()))
        start = join.end()
    parts.append((start, span[1]))
    return parts if len(parts) >= MIN_CLAUSES else [span]
