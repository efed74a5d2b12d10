"""Tags that relay a sentence holding its own attribution (wave 63d): the sentence is read without the tag, and its
own cue's subject speaks.

- A writer's credit closing a sentence (`..., the figures of this year's Harbour Travel Survey show, writes Dana
  Whitcombe.`, `..., Dana Whitcombe writes.`) is the byline, never a speaker (the guide): the survey's figures speak.
- A named closing speaker's cue after a named person's own speech (`Sgt. Ira Colley said the driver fled on foot
  and "returned with a ladder," Marla says.`): the reporter relays Ira Colley, whose words the sentence gives.

Only a sentence whose own reading finds a speaker is read so; the others keep the tag's speaker.
"""
from __future__ import annotations

import re

from ..entities import is_person_name
from ..text import Span

from .records import Attribution

_WRITER_VERBS = "writes|wrote"
_NAME = r"[A-Z][\w'\u2019\-]*\.?(?:[ \t]+[A-Z][\w'\u2019\-]*\.?){0,3}"
WRITER_CREDIT_RE = re.compile(
    rf"[,\u201d\"][ \t]*(?:[\u201d\"][ \t]*)?(?:(?:{_WRITER_VERBS})[ \t]+{_NAME}|{_NAME}[ \t]+(?:{_WRITER_VERBS}))"
    r"[.!]?[ \t]*$")
"""A writer's credit closing a sentence after a comma: `, writes Dana Whitcombe.`, `, Dana Whitcombe writes.`."""
RELAYED_VERBS: frozenset[str] = frozenset("said says told stated added".split())
"""The plain speech verbs of a relayed person's own cue (`admitted 640 students` takes an object, no speech)."""
MAX_SUBJECT_WORDS = 8
"""The words of a relayed speaker's subject before its speech verb (`Police Lt. Ira Colley`)."""
_OPENING_SPEECH_RE = re.compile(
    rf"(?P<who>[A-Z][^,;:\u201c\u201d\"\n]{{0,80}}?)[ \t]+(?P<cue>{'|'.join(sorted(RELAYED_VERBS))})\b")
"""A sentence opening on a capitalised subject and its speech verb: `Police Lt. Ira Colley said`."""


def writer_credit(text: str, sentence: Span) -> int | None:
    """Return where a writer's credit closing a sentence starts (its comma), else None."""
    start, end = sentence
    at = text.rfind(",", start, end)
    if at < 0 or "writ" not in text[at:end] and "wrote" not in text[at:end]:
        return None  # every credit opens on a comma and holds its verb (the cheap test first)
    found = WRITER_CREDIT_RE.search(text, max(start, at - 2), end)
    return found.start() if found is not None and found.start() > start else None


def opens_on_speech(text: str, start: int, end: int) -> bool:
    """Say whether text[start:end] opens on a capitalised subject of a few words and its speech verb (`Police Lt. Ira
    Colley said the driver ...`)."""
    found = _OPENING_SPEECH_RE.match(text, start, end)
    return found is not None and len(found.group("who").split()) <= MAX_SUBJECT_WORDS


def relays_person(text: str, start: int, inner: Attribution) -> bool:
    """Say whether the inner reading of a sentence's content is a named person's speech opening it: its speaker a
    person whose name the opening's subject writes, its cue a speech verb."""
    found = _OPENING_SPEECH_RE.match(text, start)
    if found is None or inner.kind != "person" or inner.cue.split()[0].lower() != found.group("cue").lower() \
            or not is_person_name(inner.speaker):
        return False
    return inner.speaker.split()[-1] in found.group("who").split()
