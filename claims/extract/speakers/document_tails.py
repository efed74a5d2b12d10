"""A document named with a participle after its noun (`A fire risk assessment carried out last year`, `a facilities
study presented to the board`): the participle opens a clause that only describes the document, so the document's
name ends at its noun (`fire risk assessment`), a document and never a person, and `the assessment` later is it
(wave 27j; read where a new document, `a` or `an`, is named since wave 28a: `documents.document`).

Not a participle of sending (`a notice sent to X`: where it went names it, as wave 21e keeps it), nor when the
participle goes on to its agent (`a survey carried out by X`: the agent's and publisher's rules decide), nor a bare
noun (`figures released under freedom of information`: the clause is all that names them), nor a capitalised word
(`Harbour Survey Limited`: a name), nor when an owner is written before the noun (`the council's survey ...`: the
owner's rules decide)."""
from __future__ import annotations

from ..vocabulary import (ARTICLES, DOCUMENT_NOUNS, IRREGULAR_PARTICIPLES, POSSESSIVE_PRONOUNS, SENDING_PARTICIPLES,
                          is_ed_form, SINGULAR_POSSESSIVES)



def is_participle(word: str) -> bool:
    """Say whether a lower-case word reads as a past participle that only describes a document (`carried`,
    `presented`, `held`; never one of sending, `sent`)."""
    if word in SENDING_PARTICIPLES:
        return False  # "a basing notice sent to the state legislature": named by where it went (wave 21e)
    return is_ed_form(word) and word.isalpha() or word in IRREGULAR_PARTICIPLES


def _owned(words: list[str]) -> bool:
    """Say whether lower-case words before a document's noun name its owner (`the council's`, `its`)."""
    return any(w in POSSESSIVE_PRONOUNS or w.endswith(SINGULAR_POSSESSIVES) for w in words)


def participle_cut(words: list[str]) -> int:
    """Return how many of a phrase's words (as written) name a document before a participle's clause after its noun
    (`a fire risk assessment| carried out last year`: 4), else 0."""
    lower = [word.lower() for word in words]
    for index, word in enumerate(lower[:-1]):
        if word in DOCUMENT_NOUNS and words[index + 1].islower() and is_participle(lower[index + 1]):
            if "by" in lower[index + 1:] or _owned(lower[:index + 1]):
                return 0  # "carried out by X", "the council's survey": other rules read them
            opening = next(i for i, w in enumerate(lower) if w not in ARTICLES)  # the noun is no article
            return index + 1 if index + 1 - opening >= 2 else 0  # a bare `figures` says too little
    return 0
