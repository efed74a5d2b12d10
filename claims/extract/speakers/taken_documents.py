"""A document that a clause of narration takes in from another party, right before a `which` clause of finding (`The
council welcomed new street count figures for the autumn which show`, `X has resigned following an inquiry into the lists
which found`, `accepting there are problems following membership figures which showed`): the document finds as itself,
in its own words, never the clause's subject, who only received, cited or followed it (wave 60k). The subject's own
document (`published its report which shows`, `issued the report which found`) is no taken one."""
from __future__ import annotations

import re

from ..vocabulary import ARTICLES, DOCUMENT_NOUNS, POSSESSIVE_PRONOUNS, load_words, without_possessive

RECEIVING_VERBS: frozenset[str] = load_words("document_receiving_verbs")
"""Verbs by which a clause receives a document (`welcomed`, `received`); `relative_antecedents` reads them too."""
TAKING_WORDS: frozenset[str] = RECEIVING_VERBS | load_words("document_taking_words")
"""Words by which a clause takes in a document another party made (`welcomed`, `cited`, `following`)."""
_WHICH_AFTER_RE = re.compile(r",?\s+which\b")
"""`which`, with or without a comma, right after the document's noun phrase."""
MAX_WORDS = 8
"""How many words a taken document's noun phrase may hold (`new street count figures for the autumn`)."""


def taken_document(text: str, start: int, end: int) -> str | None:
    """Return a document's own words when text[start:end] is its noun phrase (an article left off) right after a word
    that takes it in and right before `which`, with a document's noun and no owner in it, else None."""
    if not _WHICH_AFTER_RE.match(text, end):
        return None  # the cheap test first
    words = text[start:end].split()
    if not words or len(words) > MAX_WORDS or not any(_is_document(word) for word in words) \
            or any(without_possessive(word) != word or word.lower() in POSSESSIVE_PRONOUNS for word in words):
        return None  # "the council's figures, which show": an owner named, read as before
    before = text[max(0, start - 40):start].split()
    if before and before[-1].lower() in ARTICLES:
        before = before[:-1]
    if words[0].lower() in ARTICLES:
        words = words[1:]
    if not before or before[-1].lower().strip(",;:") not in TAKING_WORDS or not words:
        return None
    return " ".join(words).rstrip(",;:")


def taken_phrase(words: list[re.Match[str]], head: int) -> int | None:
    """Return the index of the first word of a taken document's noun phrase whose head is words[head] (after its
    article, itself after a word that takes it in), else None."""
    for at in range(head - 1, -1, -1):
        word = words[at].group().lower().strip(",;:")
        if word in POSSESSIVE_PRONOUNS:
            return None  # "received its annual report which revealed": the subject's own
        if word in TAKING_WORDS:
            return at + 1  # the phrase opens right after the taking word (at most on the head itself)
        if word in ARTICLES:
            return at + 1 if at > 0 and words[at - 1].group().lower().strip(",;:") in TAKING_WORDS else None
    return None


def _is_document(word: str) -> bool:
    """Say whether a word is a document's head noun (`figures`, `report,`)."""
    return without_possessive(word.lower().strip(",;:")) in DOCUMENT_NOUNS
