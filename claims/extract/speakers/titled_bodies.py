"""A title read as a body when the text names its holder with it (wave 22a): after `Chief Ombudsman Mereana Roe has
found`, `The Chief Ombudsman's report` and `the Auditor General's office` are hers, never a body called `Chief
Ombudsman` that later unowned findings (`The investigation found`) fall back to. Only a title made of post words
(`Chief Ombudsman`, `Auditor General`, `Deputy Commissioner`): an ombudsman or commissioner named by its remit
(`Housing Complaints Ombudsman`, `Information Commissioner`) is a body, whoever the text names heading it. Two people
with the title, or none, leave the body as read.

Below `context` (which asks it when a name is registered); `titles` reads the same names for a title in lower case.
"""
from __future__ import annotations

import re

from ..entities import is_person_name
from ..vocabulary import INSPECTORATE_HEADS, ROLES, names_no_one
from ..text_caches import per_text

_TITLE_ENDS: frozenset[str] = ROLES | INSPECTORATE_HEADS
"""Last words of a title that a name reader may take for a body's (`Ombudsman`, `Auditor`, `Commissioner`)."""
_MAX_TITLE_WORDS = 4
"""The most words such a title has (`Chief Ombudsman`, `Deputy Police and Crime Commissioner`)."""


@per_text(64)
def titled_names(text: str, title: str) -> frozenset[str]:
    """Return the names a text writes right after a title, in any case (`Floods Minister Rachel Roe`), once per
    text and title."""
    pattern = r"[ \t]+".join(re.escape(w) for w in title.split())
    return frozenset(" ".join(m.group("name").split()) for m in re.finditer(
        rf"\b(?i:{pattern})[ \t]+(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][\w'\u2019\-]+){{1,2}})", text)
        if is_person_name(m.group("name")) and not _longer_title(text, m.start()))


_REMIT_BEFORE_RE = re.compile(r"(?<![\w'\u2019\-])(?P<word>[A-Z][\w'\u2019\-]*)[ \t]+\Z")
"""A capitalised word right before a title (`Housing` of `Housing Ombudsman Jo Roe`): the title may be a longer one's
end."""


def _longer_title(text: str, start: int) -> bool:
    """Say whether a title found at `start` ends a longer capitalised title (`Housing Ombudsman Jo Roe` for
    `Ombudsman`): its holder heads a body named by its remit, no holder of the bare title (wave 39b)."""
    before = _REMIT_BEFORE_RE.search(text, max(0, start - 40), start)
    return before is not None and not names_no_one(before.group("word")) \
        and before.group("word").lower() not in _TITLE_ENDS  # "The Chief Ombudsman", "Deputy Chief Ombudsman": titles


def title_holder_of(text: str, name: str) -> str | None:
    """Return the one person the text names right after a body's name that is only a title (`Chief Ombudsman` in
    `Chief Ombudsman Mereana Roe`), else None."""
    words = name.split()
    if not words or len(words) > _MAX_TITLE_WORDS or words[-1].lower() not in _TITLE_ENDS:
        return None  # the cheap test first: most bodies' names end in no title
    if not all(w.lower() in _TITLE_ENDS for w in words):
        return None  # "Housing Complaints Ombudsman": a scheme named by its remit is a body, whoever heads it
    holders = titled_names(text, name.lower())
    return next(iter(holders)) if len(holders) == 1 else None


_EXAMINING_WORKS: frozenset[str] = frozenset("investigation inquiry review report findings audit".split())
"""Unowned documents that are the work of whoever examines (`The investigation found that the council:`)."""


def examining_holder(noun: str, titles: dict[str, str]) -> str | None:
    """Return the one person the text titled as an examiner (`Chief Ombudsman Jo Roe`, `Auditor General Jo Roe`) for
    an unowned examining document (`The investigation found`) when no examining body is in focus, else None."""
    if noun not in _EXAMINING_WORKS:
        return None
    holders = {name for title, name in titles.items() if title.split()[-1] in INSPECTORATE_HEADS}
    return next(iter(holders)) if len(holders) == 1 else None
