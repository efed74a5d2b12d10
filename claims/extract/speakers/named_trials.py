"""A trial the text names by its code (`The HOMEWATCH trial`, `the BRIDGE-BP trial`) speaks as itself, as a document:
`The trial found`, `according to a randomized trial led by researchers at X`, `a large UK trial published on
Wednesday` are that trial's, never the unit that ran it nor a person (wave 24b)."""
from __future__ import annotations

import re
from ..text_caches import per_text

_NAMED_TRIAL_RE = re.compile(r"\b(?P<code>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*)[ \t]+trial\b")
"""A trial's code in capitals before the word `trial`: `HOMEWATCH trial`, `BRIDGE-BP trial`."""
_TRIAL_SUBJECT_RE = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?|[Tt]his|[Oo]ur|[Ii]ts)[ \t]+(?:[\w\-]+[ \t]+){0,3}?trial(?:['\u2019]s)?"
    r"(?:[ \t]*,?[ \t]+(?:led|run|published|funded|carried|conducted|sponsored|reported)\b[^.;:]*)?[ \t,]*")
"""A trial as the whole subject or source: `The trial`, `a large UK trial published on Wednesday`, `a randomized
trial led by researchers at X` (no `of`, `at`, `against` after `trial`: a court's trial of someone)."""


@per_text(4)
def named_trial(text: str) -> str | None:
    """Return the one trial the text names by its code (`HOMEWATCH trial`), else None (none, or two)."""
    if "trial" not in text:
        return None  # the cheap test first
    codes = {match.group("code") for match in _NAMED_TRIAL_RE.finditer(text)}
    return f"{codes.pop()} trial" if len(codes) == 1 else None


def trial_speaker(text: str, start: int, end: int) -> str | None:
    """Return the text's one named trial when text[start:end] is a trial as the subject or source (`The trial`,
    `according to a trial led by X`), else None."""
    if text.find("trial", start, end) < 0 or not _TRIAL_SUBJECT_RE.fullmatch(text, start, end):
        return None
    return named_trial(text)
