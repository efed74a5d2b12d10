"""A verb's present form in -s told from a plural noun by its place (wave 66x): `The audit lists three failings`,
`its report lists areas`, `she warns that`. English writes both as a word ending in `s`; the verb follows a singular
subject (a pronoun, a name, or a noun after a determiner, a noun or two between) and is followed by what it takes (an
object, a number, `that`; wave 67x: `to` and a bare verb, `plans to open`, `aims to cut`, or the preposition the verb
governs, `warns of`, `relies on`, `data/governed_prepositions.txt`), while a plural noun after a noun (`the bus fares`) is followed by its own verb, a
preposition, a comma or nothing (`the bus fares rose`, `the care homes in Kelby`, `the school fees will rise`).
"""
from __future__ import annotations

import re

from .vocabulary import (
    ARTICLES, CLAUSE_CONJUNCTIONS, FINITE_WORDS, POSSESSIVE_PRONOUNS, PREPOSITIONS, SENTENCE_STARTERS, is_past_form,
    load_words,
)

_S_FORM_RE = re.compile(r"[a-z]{2,}[^\Wsu'\u2019\d_]s")
"""A lower-case word ending in a single `s` after a letter, four letters or more (`lists`, `plans`; never `glass`,
`bonus`, `this`: `-ss`, `-us`, `-is`)."""
SINGULAR_SUBJECTS: frozenset[str] = frozenset({"he", "she", "it", "who", "which"})
"""Pronouns that take a verb in -s (`it lists`, `which shows`)."""
SUBJECT_DETERMINERS: frozenset[str] = ARTICLES | POSSESSIVE_PRONOUNS | frozenset({"this", "that", "each", "every"})
"""Words opening a singular subject's noun phrase (`the audit`, `its report`, `each ward`)."""
NOT_OBJECTS: frozenset[str] = FINITE_WORDS | PREPOSITIONS | CLAUSE_CONJUNCTIONS | frozenset(
    {"and", "or", "but", "been", "being"})
"""Words after a plural noun that a verb in -s never takes next (`fares rose`, `homes in`, `fees will`, `bills and`)."""
MAX_SUBJECT_NOUNS = 2
"""The most nouns between a subject's determiner and its verb (`the ward office expects`)."""
GOVERNED_PREPOSITIONS: frozenset[tuple[str, str]] = frozenset(
    (verb, preposition) for verb, preposition in (pair.split() for pair in load_words("governed_prepositions")))
"""A verb in -s and the preposition it governs (`warns of`, `relies on`; `data/governed_prepositions.txt`)."""
_BARE_VERB_RE = re.compile(r"[a-z]{2,}")
"""A bare verb's shape after `to` (`open`, `cut`): lower-case letters only."""
_NOT_BARE_VERBS: frozenset[str] = ARTICLES | POSSESSIVE_PRONOUNS | SENTENCE_STARTERS | FINITE_WORDS | PREPOSITIONS \
    | frozenset({"this", "that", "these", "those", "each", "every", "all", "some", "more", "most"})
"""Words after `to` that open a noun phrase or a clause, never a bare verb (`to the north`, `to this`)."""
_STOPS = ",;:.!?)\u2014\u2013"
"""Marks that end a phrase: a word so closed is no verb before its object, nor a subject before its verb."""


def present_verb_at(words: list[str], at: int) -> bool:
    """Say whether words[at] (as `str.split` cuts them) is a verb's present form in -s: after a singular subject and
    before a word it takes."""
    word = words[at]
    if _S_FORM_RE.fullmatch(word) is None or at == 0 or at + 1 >= len(words):
        return False  # the cheap test first: most words end in no single `s`
    after = words[at + 1].lower().strip(_STOPS)
    if after in NOT_OBJECTS and _takes_preposition(words, at, after):
        return _singular_subject(words[:at])  # "the trust plans to open", "the board warns of delays" (67x)
    if not after or after in NOT_OBJECTS or is_past_form(after):
        return False  # "the bus fares rose", "the care homes in Kelby": a plural noun's own verb or preposition
    return _singular_subject(words[:at])


def _takes_preposition(words: list[str], at: int, after: str) -> bool:
    """Say whether the preposition after words[at] is one its verb takes: `to` before a bare verb (`plans to open`),
    or the preposition the verb governs (`warns of`, `relies on`)."""
    if (words[at].lower(), after) in GOVERNED_PREPOSITIONS:
        return words[at + 1].lower() == after  # no mark between: "warns of", never "warns, of"
    if after != "to" or words[at + 1].lower() != "to" or at + 2 >= len(words):
        return False
    verb = words[at + 2]
    return _BARE_VERB_RE.fullmatch(verb) is not None and verb not in _NOT_BARE_VERBS and not verb.endswith("ing")


def _singular_subject(before: list[str]) -> bool:
    """Say whether the words before a verb close on a singular subject: a pronoun, a name, or a determiner and one or
    two nouns in no `s`."""
    last = before[-1]
    if last[-1:] in _STOPS:
        return False
    if last.lower() in SINGULAR_SUBJECTS or last[:1].isupper() and last.lower() not in SENTENCE_STARTERS:
        return True  # "it lists", "Kelby Trust plans"
    for back in range(1, min(MAX_SUBJECT_NOUNS, len(before) - 1) + 1):
        noun = before[-back]
        if not noun.isalpha() or noun.lower() in SUBJECT_DETERMINERS or noun.endswith("s") and not noun.endswith("ss"):
            return False
        if before[-back - 1].lower() in SUBJECT_DETERMINERS:
            return True  # "the audit lists", "its report lists", "the ward office expects"
    return False
