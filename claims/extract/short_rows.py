"""Rows too short to stand (wave 15): two words or fewer that are a figure's piece (`1,893 fires`, `131 replied`,
`November 2025`) or a verb and its object with no subject (`recommended approval`). Not a statement a reader can check
on its own, whatever verb it holds (the annotation guide: a row that is not a statement is a fragment): the stub
mending (`stubs`) joins a figure's piece to the row before it in its sentence, of the same speaker, and grows a verb
and its object to its sentence. Two words with a subject and its verb (`costs fell`) stand as the writer cut them."""
from __future__ import annotations

import re

from .figures import is_figure_word
from .vocabulary import MODAL_VERBS, PAST_ED_RE

MAX_SHORT_WORDS = 2
"""A row of this many words or fewer may be too short to stand."""
_COLON_THEN_LINE_RE = re.compile(r"[ \t]*:[ \t]*\n")
"""A colon closing a line: a list follows."""


def figure_piece(words: list[str]) -> bool:
    """Say whether a row is a figure's piece of two words or fewer (`1,893 fires`, `131 replied`): it joins only the
    row before it in its sentence (the figure it breaks down); first in its sentence, it is the cue's object (`found
    23 errors`) and stands as the writer cut it."""
    return 0 < len(words) <= MAX_SHORT_WORDS and any(is_figure_word(w) for w in words)


def too_short(words: list[str]) -> bool:
    """Say whether a row's words are too few to stand: at most two, holding a figure (`1,893 fires`, `131 replied`,
    `November 2025`) or opening with a past verb (`recommended approval`)."""
    return figure_piece(words) or 0 < len(words) <= MAX_SHORT_WORDS and PAST_ED_RE.fullmatch(words[0]) is not None


def list_lead_in(text: str, span: tuple[int, int]) -> bool:
    """Say whether a row is a list's lead-in ending with a modal verb (`vocabulary.MODAL_VERBS`) before a colon and a
    line break (`..., Acme must:`, `The plan will:`): no statement of its own, its items say what it frames (`The main
    causes were:` says what the items are, and stays a row)."""
    if _COLON_THEN_LINE_RE.match(text, span[1]) is None:
        return False  # the cheap test first: most rows end with no colon
    words = text[max(span[0], span[1] - 12):span[1]].split()
    return bool(words) and words[-1].lower() in MODAL_VERBS
