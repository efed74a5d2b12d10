"""A named party's words as a record reports them (`Clerk Jo Roe said the contract had been approved, according to
the minutes`): the party speaks, the minutes only carry the words; the record's owner never takes them."""
from __future__ import annotations

import itertools
import re

from ..entities import find_mentions
from ..text import Span
from ..vocabulary import DOCUMENT_NOUNS

from .owned_records import owned_record
from .patterns import CUE_RE, MAX_CUES_PER_SENTENCE
from .records import inside_holes

RECORD_SOURCE_RE = re.compile(r"(?:the|its|their|court|council|meeting)\s+(?:[a-z\-]+\s+){0,2}(?P<noun>[a-z]+)\s*$")
"""A record named after `according to` (`the minutes`, `court papers`, `the draft minutes`): its last noun."""

PERSON_CUE_WORDS = frozenset("said says told added explained insisted argued claimed stated".split())
"""Cues by which a named person speaks; a finding verb (`found`, `showed`) is the record's own voice."""


def person_speaks_in_record(text: str, sentence: Span, match: re.Match[str], holes: list[Span]) -> bool:
    """Say whether `according to <a record>` closes a sentence whose own cue has a name right before it as its subject
    (`Jo Roe said A, according to the minutes`, `Acme told the court A, according to court papers`): the named party
    speaks, not the record nor its owner."""
    who = match.group("who").strip()
    source = RECORD_SOURCE_RE.match(who) or owned_record(who)  # "the minutes", "the union's survey"
    if source is None or source.group("noun") not in DOCUMENT_NOUNS or sentence[0] >= match.start():
        return False
    for cue in itertools.islice(CUE_RE.finditer(text, sentence[0], match.start()), MAX_CUES_PER_SENTENCE):
        if inside_holes(cue.start(), holes) or cue.group().split()[0].lower() not in PERSON_CUE_WORDS:
            continue
        mentions = find_mentions(text, sentence[0], cue.start())
        return bool(mentions) and not mentions[-1].possessive \
            and not text[mentions[-1].end:cue.start()].strip(" ,")  # "Clerk Jo Roe said": the name right before
    return False
