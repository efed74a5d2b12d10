"""A cue's subject joined by `and` to a finished clause of the writer's before it (`The road was shut for an hour and
police say they ...`, `The pupils had been at Marlow College and Aine Tolan, its principal, said`): the subject is the
noun phrase after `and`, never a name nor a phrase of the clause before it (wave 61f). The clause before is finished
when it holds an auxiliary, a copula, a modal or an irregular past (`data/finite_words.txt`, `data/irregular_past.txt`),
no comma and no subordinating word after its first (`after an audit of ... and`, `data/clause_conjunctions.txt`); the
phrase after `and` opens on a capital, a determiner or a plural of people and holds no verb of its own. `The council
and the police said` has no such clause; `X was fined and ordered to pay, the court said` opens on no subject after
`and`."""
from __future__ import annotations

import re

from ..vocabulary import ARTICLES, CLAUSE_CONJUNCTIONS, FINITE_WORDS, IRREGULAR_PAST, POSSESSIVE_PRONOUNS
from .words import PEOPLE_GROUPS

AND_RE = re.compile(r"[ \t]and[ \t]+(?P<next>[\w\u00c0-\u024f'\u2019\-]+)")
"""The `and` that joins two clauses, and the word after it."""
WORD_RE = re.compile(r"[\w\u00c0-\u024f'\u2019\-]+")
"""One word of the clause before `and`."""
CONTRACTED_RE = re.compile(r"(?:it|that|there|here|he|she|who|what|we|they|you|i)['\u2019](?:s|re|ve|d|ll|m)",
                           re.IGNORECASE)
"""A pronoun and its auxiliary written as one word (`It's`, `they've`): a finite verb; never a possessive (`X's`)."""
CLAUSE_BREAKS = frozenset(",;:\"\u201c\u201d()")
"""Marks that end or interrupt the clause before `and`: a clause set off so is left to the region's own cuts."""
SUBJECT_OPENERS: frozenset[str] = \
    ARTICLES | POSSESSIVE_PRONOUNS | PEOPLE_GROUPS | frozenset("police gardaí gardai".split())
"""Lower-case words that open a subject after `and` (`the`, `its`, `police`, `officials`)."""
LATER_JOIN_RE = re.compile(r",[ \t]+(?:and|but|while)[ \t]")
"""A later clause joined after a comma: the first `and` joined words inside the clause before it."""
SUBORDINATORS: frozenset[str] = CLAUSE_CONJUNCTIONS - {"as"}
"""Words that open a subordinate clause inside the clause before `and` (`after`, `when`); never `as`, a preposition
as often (`known as the worst fire in years and Gardaí say`)."""
MIN_CLAUSE_WORDS = 3
"""Words the clause before `and` needs at least, a subject and its verb's phrase (`The road was shut`)."""


def finite(word: str) -> bool:
    """Say whether a word of the clause before `and` is a finite verb (`was`, `had`, `It's`, `fell`)."""
    lower = word.lower()
    return lower in FINITE_WORDS or lower in IRREGULAR_PAST or CONTRACTED_RE.fullmatch(word) is not None


def opens_subject(word: str) -> bool:
    """Say whether the word after `and` may open a cue's subject: a capitalised word, a determiner or people."""
    return word[:1].isupper() or word.lower() in SUBJECT_OPENERS


def joined_subject_start(text: str, start: int, end: int) -> int:
    """Return where the subject after `and` starts when `and` joins it to a finished clause before it; else `start`."""
    joined = AND_RE.search(text, start, end)
    if joined is None or any(mark in CLAUSE_BREAKS for mark in text[start:joined.start()]):
        return start
    before = WORD_RE.findall(text, start, joined.start())
    after = WORD_RE.findall(text, joined.start("next"), end)
    if len(before) < MIN_CLAUSE_WORDS or not any(finite(word) for word in before):
        return start
    if any(word.lower() in SUBORDINATORS for word in before[1:]):
        return start  # "X has fined Y after an audit of sites at Tarn and Ashby found": the `and` is the audit's
    if not opens_subject(joined.group("next")) or any(word.lower() in FINITE_WORDS for word in after) \
            or LATER_JOIN_RE.search(text, joined.end(), end):
        return start  # "at Shawfield and Bridgeton, and we expect": the `and` joined two names, not the clauses
    return joined.start("next")
