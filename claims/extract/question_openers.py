"""A yes-or-no question's auxiliary before a name (`Has Meridian paid a ransom?`, `Is Open Access staffed?`,
`Explainer: Are Feedrun's riders employees now?`, wave 36a): a question heading's first word in capitals joins the
run of the name after it, but is no part of that name; read in a question only, so that a given name that is also
an auxiliary (`Will Tanner said ...`) keeps its place.

Below `entities` (which cuts the auxiliary off a run before naming it).
"""
from __future__ import annotations

import re

from .vocabulary import load_words

QUESTION_AUXILIARIES: frozenset[str] = load_words("question_auxiliaries")
"""The auxiliaries that open a yes-or-no question (`has`, `is`, `should`)."""
CLAUSE_END_RE = re.compile(r"[.!?\n]")
"""The first stop or line end after a run: a question mark there makes its sentence a question."""


def question_opener_end(text: str, start: int, end: int) -> int:
    """Return where the name starts in a run text[start:end] that opens a question on an auxiliary (`Has Meridian`
    in `Has Meridian paid a ransom?`: after `Has `); else `start`."""
    space = text.find(" ", start, end)
    if space < 0 or text[start:space].lower() not in QUESTION_AUXILIARIES:
        return start  # the cheap test first: most runs open on no auxiliary
    stop = CLAUSE_END_RE.search(text, end)
    return space + 1 if stop is not None and stop.group() == "?" else start
