"""A report known by its title as the subject of a cue (wave 41b): `Delving into Delays (pdf) has today revealed A`,
`Running on Empty has found A`. A title's capitalised words are joined by lower-case words (`into`, `on`, `the`:
`data/title_joiners.txt`), at which the name reader cuts it; the title speaks as that document when the text gives
it as a file (`(pdf)`) or names it again, so that a capitalised phrase the text uses once is never taken for one; a
post (`Minister of State`) or a body (`Department of Health`) is none, nor a phrase the text writes before `said`
(`Hope for Carers said`: a body speaks in the past, a report says or finds; wave 46a).
"""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..vocabulary import ROLES, TITLE_JOINERS, verb_alternation

_JOINERS = verb_alternation(TITLE_JOINERS)
_WORD = r"[A-Z][\w'\u2019-]*"
FILE_TITLE_RE = re.compile(
    rf"(?P<title>{_WORD}(?:\s+{_WORD})*(?:\s+(?:{_JOINERS})(?:\s+(?:{_JOINERS}))*\s+{_WORD}(?:\s+{_WORD})*)+)"
    r"(?P<file>\s*\((?:pdf|PDF)\))?(?:\s+(?:has|have|had|also))*(?:\s+today)?(?:\s*\([^()\n]{1,30}\))?\s*")
"""A title with a lower-case joining word, then `(pdf)`, `has`, `today` and a date in brackets, each if written."""


def file_title(text: str, start: int, end: int) -> str | None:
    """Return the title a cue's subject text[start:end] is, when the text gives it as a file or names it again;
    else None."""
    if not text[start:end].lstrip()[:1].isupper():
        return None
    found = FILE_TITLE_RE.fullmatch(text, start + len(text[start:end]) - len(text[start:end].lstrip()), end)
    if found is None:
        return None
    title = found.group("title")
    words = title.lower().split()
    if words[0] in ROLES or words[-1] in ROLES \
            or any(m.name == title for m in find_mentions(text, found.start("title"), found.end("title"))):
        return None  # "Minister of State", "Department of Health": a post or a body the name reader reads whole
    if found.group("file"):
        return title
    return title if text.count(title) >= 2 and not _said_by(text, title) else None


def _said_by(text: str, title: str) -> bool:
    """Say whether the text writes the words right before `said` somewhere (`Hope for Carers said ...`): a body's
    name the text names again, never a report's title (wave 46a)."""
    return f"{title} said" in text
