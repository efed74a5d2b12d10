"""A group of unnamed people as the subject of a subordinate clause that ends a cue's region (`A trust executive has
been suspended after health bosses said ...`, `Shares in Acme fell as analysts said ...`): the cue's subject is the
group, never a body the main clause names before it (wave 55d; `subordinate_subjects` reads the named subjects)."""
from __future__ import annotations

import re

from ..vocabulary import BODY_PEOPLE, load_words
from .words import PEOPLE_GROUPS

GROUP_NOUNS: frozenset[str] = PEOPLE_GROUPS | BODY_PEOPLE
"""Plural nouns of people who are no one party (`analysts`, `campaigners`) or a body's people (`bosses`, `officials`)."""
SUBORDINATE_GROUP_RE = re.compile(
    r"\S[ \t]+(?:after|as|when|while|since|because|before|until)[ \t]+"
    r"(?P<subject>(?:[a-z][a-z\-]*[ \t]+){0,2}(?P<group>[a-z]+))[ \t]*$")
"""A subordinating word after words of a main clause, then up to two lower-case words and a plural noun that end
the region (`after health bosses`, `as local campaigners`)."""
MAX_REACH = 60
"""How far before a cue the subordinating word may stand."""
CUE_RE = re.compile(r"[ \t]+(?P<verb>[a-z]+)\b")
"""The cue's verb right after the region."""
GROUP_CUES: frozenset[str] = load_words("group_speech_cues")
"""Verbs of speech the group's clause must take (`confirmed`, `found` may be what a body's main clause reports;
`data/group_speech_cues.txt`)."""


def group_subject_start(text: str, start: int, end: int) -> int:
    """Return where a group of unnamed people that is the subject of a subordinate clause ending a cue's region
    starts (`after health bosses said`), else `start`."""
    cue = CUE_RE.match(text, end)
    if cue is None or cue.group("verb") not in GROUP_CUES:
        return start
    found = SUBORDINATE_GROUP_RE.search(text, max(start, end - MAX_REACH), end)
    if found is None or found.group("group") not in GROUP_NOUNS:
        return start
    return found.start("subject")
