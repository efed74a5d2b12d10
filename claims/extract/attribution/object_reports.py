"""A thing found, reported or announced (`found severe maladministration`, `reported a 7 per cent rise in sales`): a
cue whose object is a noun phrase, not a clause, keeps its verb, or the claim is no statement (wave 24e)."""
from __future__ import annotations

import re

from ..text import Span

from ..vocabulary import FINITE_WORDS, is_past_form, load_words

OBJECT_REPORTS = load_words("object_reports")
"""Cue verbs whose noun-phrase object is a claim only with the verb (`data/object_reports.txt`)."""

CLAUSE_OPENERS: frozenset[str] = frozenset("that it he she they we i you there this these those its to by in on at for "
                                          "with from into over under during last yesterday today earlier".split())
"""First words of a clause, a pronoun subject or a phrase of the verb's own (`reported it had`, `found there were`,
`reported to us`, `reported last month that`): no noun phrase follows."""
OBJECT_WORD_RE = re.compile(r"[^\s,;:()]+|[,;:()]")
"""One word of the object, or a mark that ends its noun phrase."""
PHRASE_ENDS: frozenset[str] = frozenset(", ; : ( ) that which who whom whose where when while as after before because "
                                        "since and but".split())
"""Words and marks that end the head noun phrase: what follows them may hold a verb of its own."""
DEFINITE_OPENERS: frozenset[str] = frozenset("the its their his her our".split())
"""First words of a subject that a past verb may follow (`found the school gave`, `found the council placed`)."""
MAX_OBJECT_WORDS = 12
"""Words of the object read for a finite verb: a noun phrase's head comes early."""


def keeps_object_verb(text: str, verb: str, cue_text: str, after: int, end: int) -> bool:
    """Say whether a cue (`found`, `reported`) with no `that` or `how` takes a noun phrase (`a 7 per cent rise`), which keeps
    the verb in its claim; a clause (`the firm had ...`, `it would ...`) does not."""
    if verb not in OBJECT_REPORTS or cue_text.rstrip(" :;").lower().endswith(("that", "how")):
        return False
    words = [m.group().lower() for m in OBJECT_WORD_RE.finditer(text, after, min(end, after + 200))][:MAX_OBJECT_WORDS]
    if not words or words[0] in CLAUSE_OPENERS or words[0] in PHRASE_ENDS or words[0] in FINITE_WORDS:
        return False  # "which the investigation found was not accessed": the verb's subject stands before it
    definite = words[0] in DEFINITE_OPENERS
    for word in words[1:]:
        if word in PHRASE_ENDS:
            return True
        if word in FINITE_WORDS or definite and is_past_form(word):
            return False
    return True


MAX_OBJECT_GAP = 2
"""Characters between a cue's end and its first item for the item to be the verb's object."""


def with_object_verb(text: str, spans: tuple[Span, ...], verb_start: int, cue_end: int) -> tuple[Span, ...]:
    """Return a cue's items with its verb put before the first one, its object (`found` + `severe maladministration`);
    items are split as without the verb, so a later item does not repeat it."""
    if not spans or not 0 <= spans[0][0] - cue_end <= MAX_OBJECT_GAP or not text[verb_start:cue_end].strip():
        return spans
    return ((verb_start, spans[0][1]),) + spans[1:]
