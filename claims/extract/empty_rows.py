"""Empty rows (wave 39c): rows that claim nothing a reader could check, left out of the table.

- **A list's lead-in cut at its colon** (`the three busiest crossings in Dunmore for 2026 are` before `:` and the list
  on the lines below): the row ends on a word only a cut leaves last (`cut_endings.txt`: an article, an auxiliary,
  `of`, `than`) right before a colon that ends its line; the items below are the claims, the lead-in is none.
- **A comparison's verb read as a cue** (`took four minutes longer than claimed to boil a jug`): a cue right after
  `than` measures against what was claimed and reports no claim of its own.
- **An ellipsis** (`The board insists there is.`, `said it would not`): only `there` or a subject pronoun, then
  auxiliaries and `not`: it answers a question the row does not hold.
- **The writer's framing of a source's figures carried on as the source's** (`The results arrive at a time of slack
  demand.`, `Three more kiosks were not counted in these numbers.` after `according to X`): a whole sentence
  carried under `according to` that sets the figures against their time or says what they leave out
  (`attribution/figure_framings`, wave 68n); the carrying goes on past it as before.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution.figure_framings import frames_figures
from .attribution.records import Found
from .statements import CUT_ENDINGS, FINITE_WORDS, words_of
from .text import Span
from .vocabulary import SUBJECT_PRONOUNS

_COLON_LINE_END_RE = re.compile(r"[ \t]*:[ \t]*\n")
"""A colon that ends its line right after a row: a list follows on the lines below."""
ELLIPSIS_SUBJECTS = SUBJECT_PRONOUNS | {"there"}
"""What opens an ellipsis (`there is`, `it will`)."""
MAX_ELLIPSIS_WORDS = 3
"""An ellipsis has at most this many words (`it will not`)."""
_THAN_WINDOW = 40
"""How far before a row the words `than` and its cue are looked for."""


def list_lead_tail(text: str, span: Span) -> bool:
    """Whether a row is a list's lead-in cut at its colon: it ends on a word only a cut leaves last, right before a
    colon that ends its line (`the three busiest crossings are:`)."""
    words = words_of(text, span)
    return bool(words) and words[-1] in CUT_ENDINGS and _COLON_LINE_END_RE.match(text, span[1]) is not None


def than_cue(text: str, span: Span, cue: str) -> bool:
    """Whether a row's cue stands right after `than` before it (`longer than claimed to boil`): a comparison."""
    before = text[max(0, span[0] - _THAN_WINDOW - len(cue)):span[0]]
    return bool(cue) and "than" in before and re.search(rf"\bthan\s+{re.escape(cue)}\s*$", before) is not None
    # the cheap test first (wave 40a): no `than`, no match, and no pattern to build for the row's cue


def ellipsis(text: str, span: Span) -> bool:
    """Whether a row is only `there` or a subject pronoun then auxiliaries and `not` (`there is`, `it will not`)."""
    words = words_of(text, span)
    if not 1 < len(words) <= MAX_ELLIPSIS_WORDS:
        return False  # the count first: most rows are long, and no word of theirs need be folded (wave 61s)
    folded = [word.casefold() for word in words]
    return folded[0] in ELLIPSIS_SUBJECTS and all(word in FINITE_WORDS or word == "not" for word in folded[1:])


def carried_framing(text: str, row: Found) -> bool:
    """Whether a row is a whole sentence carried under `according to` that frames the source's figures (`The results
    arrive at a time of ...`), not the sentence that names the source (`..., according to X.`)."""
    return row.cue.lower() == "according to" and text[row.span[1]:row.span[1] + 1] in (".", "!") \
        and frames_figures(text, row.span)


def is_empty(text: str, row: Found) -> bool:
    """Whether a row claims nothing: a list's lead-in cut at its colon, a comparison's verb read as a cue, an
    ellipsis, the writer's framing of figures carried as a source's."""
    return list_lead_tail(text, row.span) or than_cue(text, row.span, row.cue) or ellipsis(text, row.span) \
        or carried_framing(text, row)


def drop_empty_rows(text: str, found: Sequence[Found]) -> list[Found]:
    """The rows without those that claim nothing."""
    return [row for row in found if not is_empty(text, row)]
