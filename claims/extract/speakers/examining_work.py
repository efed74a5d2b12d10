"""What a body does to others as their examiner or the judge of their cases (wave 34e), read by `regulator_signs` at
each place the text writes the body's name: a kind read from what the text shows the body doing, not from its name's
words (`Carrow Lane Partners`, `Office of the City Controller` and `Appeal Board` say nothing of what they are).

- Its standing work, in the present, examines others (`data/examining_verbs.txt`): right after its name or after `,
  which` (`X audits the council's accounts`, `X, which investigates complaints about councils,`), or in what the text
  says it is (`X is the UK body that investigates whether ...`, `X is an independently elected office that audits
  ...`). The past (`X investigated the breach`) is a body's own matter.
- It rules on another party's case, its name the subject (`data/ruling_verbs.txt` before `data/ruled_matters.txt`
  within five words: `X has upheld a complaint by Y`, `X on Tuesday dismissed an appeal by Y`, `X upheld in part two
  complaints`); a body that brings one (`X lodged a complaint`) is none.

Councils, police forces, governments and courts investigate and dismiss appeals as part of governing or judging:
`regulator_signs` reads these signs only where it reads a body's sanctions.
"""
from __future__ import annotations

import re

from ..vocabulary import RULED_MATTERS, RULING_VERBS, load_words, verb_alternation

EXAMINING_VERBS: frozenset[str] = load_words("examining_verbs")
"""A body's standing work in the present that examines others (`audits`, `investigates`)."""

_EXAMINING = rf"(?:also\s+)?(?:{verb_alternation(EXAMINING_VERBS)})\b"
_DESCRIPTION = r"(?:(?!(?:to|of|for|by|with|from|at|on|in|and|or|than)\b)[\w'\u2019\-]+\s+){1,5}?"
"""The words of what the text says a body is, before `that` (`independently elected office`), never a preposition (`a
supplier to the firm that audits`: another body does the work)."""
_WHEN = r"(?:(?:on|this|last)\s+[A-Za-z]+\s+|today\s+|yesterday\s+)?"
"""When a body ruled, between its name and its verb (` on Tuesday `)."""
STANDING_WORK_RE = re.compile(
    rf"(?:\s*\([^()\n]{{1,12}}\))?(?:,\s+which)?\s+(?:{_EXAMINING}"
    rf"|(?:is|was)\s+(?:the|an?)\s+{_DESCRIPTION}(?:that|which)\s+{_EXAMINING})")
"""Standing examining work after a body's name: ` audits`, `, which investigates`, ` is the UK body that
investigates`."""
RULING_RE = re.compile(
    rf"(?:\s*\([^()\n]{{1,12}}\))?\s+{_WHEN}(?:(?:has|have|had)\s+)?(?:also\s+)?"
    rf"(?:{verb_alternation(RULING_VERBS)})\s+(?:in\s+part\s+)?(?:[^\s.;:]+\s+){{0,4}}?"
    rf"(?:{verb_alternation(RULED_MATTERS)})\b")
"""A ruling on another's case after a body's name: ` has upheld a complaint`, ` on Tuesday dismissed an appeal`."""


def examines_others(text: str, end: int) -> bool:
    """Say whether the words right after a body's name, ending at `end`, show it examining others as standing work or
    ruling on another's complaint or appeal."""
    return STANDING_WORK_RE.match(text, end) is not None or RULING_RE.match(text, end) is not None
