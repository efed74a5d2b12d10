"""A company's abbreviated legal form keeps the full stop the text writes (`Brambleton Inc., the maker of ...`,
`Quorin Corp. said`): the name runs read `Inc` without it, so the speaker was `Brambleton Inc` while the text names
`Brambleton Inc.` (wave 27g). The stop is the name's only where the sentence goes on after it (a comma, a lower-case
word); a stop that may end a sentence proves nothing."""
from __future__ import annotations

import functools
import re

from ..vocabulary import load_words

STOPPED_FORMS: frozenset[str] = load_words("stopped_forms")
"""Abbreviated legal forms a text may write with a full stop (`inc`, `corp`, `ltd`, `bros`)."""
_GOES_ON_RE = re.compile(r"[ \t]*[,;:]|[ \t]+[a-z(]")
"""What after a stop shows the sentence goes on: a comma, a semicolon or colon, a lower-case word, a bracket
(`Acme Inc. (NYSE: ACM) said`: a ticker's bracket inside the sentence)."""


def _form_lacks_stop(speaker: str) -> bool:
    """Say whether a speaker ends with an abbreviated legal form written without its stop (`Acme Inc`)."""
    words = speaker.split()
    return len(words) > 1 and words[-1].lower() in STOPPED_FORMS


@functools.lru_cache(maxsize=256)
def _written_stopped(text: str, speaker: str) -> bool:
    """Say whether the text writes the speaker with a stop after it where the sentence goes on (`Acme Inc., the`)."""
    pattern = re.compile(rf"(?<![\w&]){re.escape(speaker)}\.")
    return any(_GOES_ON_RE.match(text, match.end()) for match in pattern.finditer(text))


def with_form_stop(text: str, speaker: str) -> str:
    """Return the speaker with its legal form's full stop when the text writes the name so inside a sentence
    (`Brambleton Inc` -> `Brambleton Inc.`), else the speaker unchanged."""
    if not _form_lacks_stop(speaker) or not _written_stopped(text, speaker):
        return speaker
    return speaker + "."
