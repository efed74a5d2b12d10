"""A document described by a clause naming a party that did not write it (wave 37a): who commissioned it (`A review
commissioned by the department last year found`, `The national review of X commissioned by the Department of Y
reported`) or whom it was presented or read to (`The public analyst's report, read to the court, found`, `according
to the budget report presented to the panel`). The party neither wrote nor published the document, so the document
speaks, named as the text names it: with its commissioner (`A review commissioned by the department`), which tells it
apart, or up to its noun and what it is `of` (`The public analyst's report`). A participle naming the author (`carried
out by X`, `published by X`) is not read here.

Below `regions` (which tries it before any other reading of a subject).
"""
from __future__ import annotations

from ..vocabulary import ARTICLES, DOCUMENT_NOUNS, load_words, without_possessive

PARTY_PARTICIPLES: frozenset[tuple[str, str]] = frozenset(
    tuple(line.split()) for line in load_words("party_participles"))  # type: ignore[misc]
"""A participle and its preposition naming a party that did not write a document (`commissioned by`, `read to`)."""
PARTICIPLE_WORDS: frozenset[str] = frozenset(participle for participle, _ in PARTY_PARTICIPLES)
"""The participles alone: the cheap test before a subject's words are read."""
NAME_LINKS: frozenset[str] = frozenset("of and for the &".split())
"""Small words a commissioner's name may hold between its capitalised words (`Department of Housing`)."""
AGENT_ENDS: frozenset[str] = frozenset("last this next earlier in on at during and to from which that who with after "
                                      "before".split())
"""Words that end a commissioner named by a noun (`the department| last year`)."""
DOCUMENT_TAILS: frozenset[str] = frozenset("of into on".split())
"""Words after a document's noun that go on naming what it is about (`review of rural fire crews`)."""


def party_document(raw: list[str]) -> str | None:
    """Return the name of a document a subject's words (as written) describe by a party that did not write it,
    else None."""
    lower = [word.lower().strip(",.;:") for word in raw]
    if PARTICIPLE_WORDS.isdisjoint(lower) or not lower or lower[0] not in ARTICLES:
        return None  # the cheap tests first: most subjects hold no such participle, and the document opens them
    at = next((i for i in range(1, len(lower) - 1) if (lower[i], lower[i + 1]) in PARTY_PARTICIPLES), None)
    noun = _document_noun(lower, at) if at is not None else None
    if at is None or noun is None:
        return None
    named = [*raw[1:at - 1], raw[at - 1].rstrip(",")]
    if sum(word.isalpha() for word in lower[1:noun + 1]) >= 2:
        return " ".join(named)  # "the budget report presented to the panel": the budget report
    agent = _agent_words(raw, at + 2)  # "A review commissioned by the department": its noun alone says too little
    return " ".join([*named, *raw[at:at + 2 + agent]]).rstrip(",") if agent else None


def _document_noun(lower: list[str], at: int) -> int | None:
    """Return where a document's noun stands before a participle, alone or with what it is `of`, its article the
    subject's first word, else None."""
    for index in range(at - 1, 0, -1):
        if without_possessive(lower[index]) in DOCUMENT_NOUNS:
            tail = lower[index + 1:at]
            if ARTICLES.isdisjoint(lower[1:index]) and (not tail or tail[0] in DOCUMENT_TAILS):
                return index
            return None  # "The union welcomed the report presented to": a verb's object, not the subject's document
    return None


def _agent_words(raw: list[str], start: int) -> int:
    """Return how many words from `start` name a commissioner: `the` and its nouns (`the sports commission`, `the
    department| last year`), or a capitalised name and its small words (`the Department of Housing, Local Government
    and Heritage`); 0 for none."""
    words = raw[start:]
    if len(words) >= 2 and words[0] == "the" and words[1][:1].islower():
        count = 1
        for word in words[1:]:
            bare = word.rstrip(",.;:")
            if not bare.isalpha() or bare in AGENT_ENDS:
                break
            count += 1
            if bare != word:
                break  # "the department, led by": a comma ends it
        return count if count > 1 else 0
    count = 0
    for index, word in enumerate(words):
        if word[:1].isupper():
            count = index + 1
        elif not (word.lower() in NAME_LINKS and (index > 0 or word == "the")):
            break
    return count
