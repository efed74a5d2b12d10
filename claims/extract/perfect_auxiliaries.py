"""Rows of an act told in the perfect (wave 42e): `The Harbour Board has confirmed a leak at its east pier`, `The
inspectorate has criticised the home's staffing` give the act as a row that opens on its own cue word (`confirmed a
leak at its east pier`), and the auxiliary right before it (`has`, `have`, `had`) was left out, though it belongs to
the claim: it says the act was done, and a reader quoting the row expects `has confirmed`. A row whose words open on
its cue (`confirmed`, `confirmed that`), with `has`, `have` or `had` right before it, starts at the auxiliary. A row
that opens past its cue (`has said that A`: A alone) and one whose cue word stands elsewhere keep their start.

A day word between the subject and the act's verb (`Acme Forms today reported record sales`, `The board has today
confirmed`, wave 46c) is the act's too: release wire copy puts `today` there, and a reader quoting the act quotes it
with its day; the row starts at the day word (or at the auxiliary before it)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution.records import Found

_DAY_WORD = r"(?:today|yesterday|tonight)"
"""A day word that wire copy writes between a subject and its verb (`Acme today reported`)."""
AUXILIARY_BEFORE_RE = re.compile(rf"\b(?:(?:has|have|had)(?:[ \t]+{_DAY_WORD})?|{_DAY_WORD})[ \t]+$")
"""A perfect's auxiliary, a day word or both right before a row (`has `, `today `, `has today `), on the same line."""
LOOK_BEHIND_CHARS = 16
"""How far before a row its auxiliary and day word are looked for (`have yesterday ` and a space)."""


def auxiliary_start(text: str, found: Found) -> int:
    """Return where a row starts with the perfect's auxiliary or a day word before its cue word (`has confirmed`,
    `today reported`), else its start."""
    start, end = found.span
    cue = found.cue
    if not cue[:1].islower() or not text.startswith(cue, start) or not text[start + len(cue):end][:1].isspace():
        return start  # the row opens on no cue word of its own
    before = AUXILIARY_BEFORE_RE.search(text, max(0, start - LOOK_BEHIND_CHARS), start)
    return before.start() if before is not None else start


def with_perfect_auxiliaries(text: str, found: Sequence[Found]) -> list[Found]:
    """Return the rows with each act told in the perfect opening on its auxiliary (`has confirmed a leak`) or day word
    (`today reported record sales`)."""
    return [f if (start := auxiliary_start(text, f)) == f.span[0] else f._replace(span=(start, f.span[1]))
            for f in found]  # most rows open where they did: no copy made
