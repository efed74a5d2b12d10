"""Resumed clauses (wave 40f): a clause that goes on with a quotation's sentence after the quotation closes.

A quotation can stop mid-sentence while its sentence goes on past the closing mark, after a comma (`told us the budget
"does nothing for the wharves", because ...`) or after a short cue that interrupts it (`"... a day," she said, "which
would double ..."`). The clause after the mark opens on a lower-case `which` or `because` (`RESUMING_WORDS`) and points
back to what the quotation said: alone it is no statement. When the row before it is of the same speaker, the two
become one row under the first one's cue. A clause with its own subject (`, while 120 were cancelled`), a capital
`Which` (a question of its own) or an interruption longer than a cue (`MAX_CUE_WORDS`) stays as it was.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution.records import Found
from .statements import words_of
from .stubs import mend_each
from .text import Span
from .vocabulary import CUE_VERBS

RESUMING_WORDS = frozenset({"which", "because"})
"""Lower-case words that go on with the sentence before them (a relative pronoun, a clause of cause)."""
MAX_CUE_WORDS = 4
"""An interrupting cue has at most this many words (`she said`, `Dr Petra Lund added`)."""
_GAP_RE = re.compile(r",?[\"\u201d\u2019]\s*,?(?:[ \t]+(?P<cue>[^\n\"\u201c\u201d,.;:!?]+?),)?[ \t]+"
                     r"[\"\u201c\u2018]?")
"""What lies between a quotation cut mid-sentence and its sentence's next clause: a closing mark, a comma, maybe an
interrupting cue and its comma, maybe the mark that opens the quotation again."""
_OPENING_MARKS = "\"\u201c\u2018"
"""Marks that may open a row right before its first word."""


def interrupting_cue(words: str | None) -> bool:
    """Whether the words between two halves of a quotation are a cue that interrupts it (`she said`), or none."""
    if words is None:
        return True
    found = words.split()
    return 0 < len(found) <= MAX_CUE_WORDS and any(word.casefold() in CUE_VERBS for word in found)


def resumes(text: str, span: Span, after: Span) -> bool:
    """Whether the row at `after` goes on with the sentence of the quotation the row at `span` ends with: a closing
    mark (and an interrupting cue) between, then a lower-case `which` or `because`."""
    gap = _GAP_RE.fullmatch(text, span[1], after[0])
    if gap is None or not interrupting_cue(gap["cue"]):
        return False
    start = after[0]
    while start < after[1] and text[start] in _OPENING_MARKS:
        start += 1
    words = words_of(text, (start, after[1]))
    return bool(words) and words[0] in RESUMING_WORDS


def join_resumed_clauses(text: str, found: Sequence[Found]) -> list[Found]:
    """Rows in span order with each clause that resumes a quotation's sentence joined to the row before it."""
    return mend_each(text, list(found), _mend)


def _mend(text: str, rows: list[Found], index: int) -> list[Found] | None:
    """The rows with the row at `index` joined to the row after it, or None when that row resumes nothing."""
    if index + 1 >= len(rows):
        return None
    row, after = rows[index], rows[index + 1]
    if after.speaker != row.speaker or not resumes(text, row.span, after.span):
        return None
    return rows[:index] + [row._replace(span=(row.span[0], after.span[1]))] + rows[index + 2:]
