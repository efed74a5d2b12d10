"""A reporting verb in its sense of having or keeping (wave 57f): `Central Vale District Council maintains the
country's lowest debt per household at $808`, `Easton City Council boasted the largest population with 292,612
people`, `The Company maintains a revolving credit facility`: a noun phrase for object, a thing held, no claim made, so
its subject is no speaker. `maintained that`, `maintains it was`, a clause after the noun (`maintained the late
envelopes should have been counted`) and a stance or an outlook held (`maintained its innocence`, `maintained its
deficit projection at 5.6%`) still report."""
from __future__ import annotations

import re

from ..vocabulary import FINITE_WORDS, GUIDANCE_NOUNS, load_words, verb_alternation

HOLDING_VERBS: frozenset[str] = load_words("holding_verbs")
"""Reporting verbs that also mean having or keeping (`maintains`, `boasted`; `data/holding_verbs.txt`)."""
HELD_STANCES: frozenset[str] = load_words("held_stances") | GUIDANCE_NOUNS
"""What is held as a claim, not as a thing (`innocence`, `position`; `data/held_stances.txt`), and every outlook (`forecast`, `guidance`)."""
HELD_THING_RE = re.compile(rf"(?:{verb_alternation(HOLDING_VERBS)})[ \t]+(?:a|an|the|its|their|his|her|our|one)[ \t]+"
                           r"(?P<phrase>(?:[\w'\u2019\-]+[ \t]+){0,3}[\w'\u2019\-]+)", re.IGNORECASE)
"""The verb, a determiner and the first words of its noun phrase (`maintains the country's lowest debt`)."""
CLAUSE_BREAK_RE = re.compile(r"[,;:.!?\n]")
"""Where the words after the verb stop being read for a clause's verb."""


def holds_a_thing(text: str, cue_start: int) -> bool:
    """Say whether the cue at `cue_start` is a verb of having or keeping with a noun phrase for object (`boasted the
    largest population`), not a stance or an outlook it keeps (`maintained its forecast`, `maintains its innocence`)."""
    held = HELD_THING_RE.match(text, cue_start)
    return held is not None and not any(word.lower().strip("'\u2019") in HELD_STANCES
                                        for word in held.group("phrase").split()) \
        and not _clause_follows(text, held.start("phrase"))


def _clause_follows(text: str, start: int) -> bool:
    """Say whether the words after the verb are a clause with `that` left out (`the late envelopes should have been
    counted`): an auxiliary, a copula or a modal before the next comma or sentence's end."""
    brk = CLAUSE_BREAK_RE.search(text, start)
    return any(word.lower() in FINITE_WORDS for word in text[start:brk.start() if brk else len(text)].split())
