"""A body named as the agent of a regulating or sanctioning passive (wave 35m), read by `regulator_signs` at each place
the text writes a body's name: what others are shown undergoing at its hands shows what it is, where nothing the body
itself is shown doing does (`Carrowkeel is authorised by the Central Bank`, `The nursery had its licence suspended by
the Ministry of Education`).

- Its standing work over others (`data/regulated_participles.txt`): `X is authorised by Y`, `Both quarries are
  licensed by Y`, `a lender regulated by Y`, `homes inspected by Y`. `regulator_signs` reads it only for a body that
  is no council, police force, government's department or court, which license and inspect as part of governing.
- A sanction on another: what it granted taken back (`data/licence_nouns.txt` before
  `data/withdrawing_participles.txt`: `had its licence suspended by Y`, `the home's registration was revoked by Y`),
  or a sanction handed out (`data/sanctioned_participles.txt`: `was fined by Y`, `was censured by Y`), read where
  `regulator_signs` reads a body's sanctions (a ministry's too, never a council's or a court's).

Only Y moves: the regulated party of the same sentence (`X, which is regulated by Y, said`) keeps its kind, and the
words read are those right before Y's name, ending in `by` and maybe `the`. `approved by` (a council's scheme),
an election notice's `Authorised by X` opening its line,
`suspended by` without a licence (`Sailings were suspended by Tarn Ferries`) are none.
"""
from __future__ import annotations

import re

from ..vocabulary import load_words, verb_alternation

REGULATED_PARTICIPLES: frozenset[str] = load_words("regulated_participles")
"""Participles of a regulator's standing work over another before `by` (`authorised`, `regulated`, `licensed`)."""
WITHDRAWING_PARTICIPLES: frozenset[str] = load_words("withdrawing_participles")
"""Participles of a regulator taking back what it granted (`suspended`, `revoked`)."""
LICENCE_NOUNS: frozenset[str] = load_words("licence_nouns")
"""What a regulator grants and may take back (`licence`, `registration`)."""
SANCTIONED_PARTICIPLES: frozenset[str] = load_words("sanctioned_participles")
"""Participles of a sanction handed to another (`fined`, `censured`)."""

_BY = r"\s+by\s+(?:the\s+)?$"
"""`by` and maybe `the`, ending right before the body's name."""
_BEEN = r"(?:(?:is|are|was|were|be|been|being|has\s+been|have\s+been|had\s+been)\s+)"
"""A passive's auxiliary (`was `, `has been `)."""
_SUM = r"(?:\s+[£€$][\d.,]+(?:\s*(?:million|m|bn|billion|k)\b)?)?"
"""A sum a fine may name before `by` (` £4,000`)."""
REGULATED_BY_RE = re.compile(rf"(?i:(?<=[^\W\d][ \t])(?:{verb_alternation(REGULATED_PARTICIPLES)}){_BY})")
"""A regulating participle after a word of its clause, right before `by` and the body's name: `is authorised by the `,
`a lender regulated by `; never one opening a line or a sentence (`Authorised by the Harbour Party, 9 Quay Street`:
an election notice's line names who published it)."""
SANCTIONED_BY_RE = re.compile(
    rf"(?i:\b(?:{verb_alternation(LICENCE_NOUNS)})(?:\s+of(?:\s+[\w'\u2019-]+){{1,5}}?)?\s+{_BEEN}?"
    rf"(?:{verb_alternation(WITHDRAWING_PARTICIPLES)}){_BY}"
    rf"|\b{_BEEN}(?:\w+ly\s+)?(?:{verb_alternation(SANCTIONED_PARTICIPLES)}){_SUM}{_BY})")
"""A sanction's passive right before `by` and the body's name: `had its licence suspended by the `, `registration was
revoked by `, `the licence of the home was revoked by `, `was fined £4,000 by the `."""


def regulated_by(text: str, before: int, start: int) -> bool:
    """Say whether the words before a body's name, from `before` to its `start`, make it the agent of a regulating
    participle (`Harlow Mutual is authorised by the `)."""
    return _ends_in_by(text, before, start) and REGULATED_BY_RE.search(text, before, start) is not None


def sanctioned_by(text: str, before: int, start: int) -> bool:
    """Say whether the words before a body's name, from `before` to its `start`, make it the agent of a sanction on
    another (`had its licence suspended by the `, `was fined by `)."""
    return _ends_in_by(text, before, start) and SANCTIONED_BY_RE.search(text, before, start) is not None


def _ends_in_by(text: str, before: int, start: int) -> bool:
    """Say whether `by` stands among the last words before a name (the cheap test before any pattern)."""
    return text.rfind(" by ", max(before, start - 9), start) >= 0
