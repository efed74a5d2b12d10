"""A document named with a participle after its noun (`A fire risk assessment carried out last year`, `a facilities
study presented to the board`): the participle opens a clause that only describes the document, so the speaker is
the document its noun names (`fire risk assessment`), a document and never a person (wave 27j).

Not a participle of sending (`a notice sent to X`: where it went names it, as wave 21e keeps it), nor when the
participle goes on to its agent (`a survey carried out by X`: the agent's and publisher's rules decide), nor a bare
noun (`figures released under freedom of information`: the clause is all that names them), nor a capitalised word
(`Harbour Survey Limited`: a name), nor when an owner is written before the noun (`the council's survey ...`: the
owner's rules decide). Run by `table.find_rows` on every row's speaker."""
from __future__ import annotations

from ..vocabulary import ARTICLES, DOCUMENT_NOUNS, POSSESSIVE_PRONOUNS, load_words

IRREGULAR_PARTICIPLES: frozenset[str] = load_words("irregular_participles")
"""Past participles not in `-ed` (`held`, `seen`, `undertaken`)."""
SENDING_PARTICIPLES: frozenset[str] = load_words("sending_participles")
"""Participles of sending (`sent`, `addressed`): where a document went tells it apart, its words stay whole."""


def is_participle(word: str) -> bool:
    """Say whether a lower-case word reads as a past participle that only describes a document (`carried`,
    `presented`, `held`; never one of sending, `sent`)."""
    if word in SENDING_PARTICIPLES:
        return False  # "a basing notice sent to the state legislature": named by where it went (wave 21e)
    return len(word) > 4 and word.endswith("ed") and word.isalpha() or word in IRREGULAR_PARTICIPLES


def document_head(speaker: str) -> str | None:
    """Return the document a speaker with a participle's clause after its noun names, without its article, else
    None."""
    words = speaker.split()
    lower = [word.lower() for word in words]
    for index, word in enumerate(lower[:-1]):
        if word in DOCUMENT_NOUNS and words[index + 1].islower() and is_participle(lower[index + 1]):
            head = lower[:index + 1]
            if "by" in lower[index + 1:] or any(w in POSSESSIVE_PRONOUNS or w.endswith(("'s", "\u2019s")) for w in head):
                return None  # "carried out by X", "the council's survey": other rules read them
            while head and head[0] in ARTICLES:
                head = head[1:]
            start = index + 1 - len(head)
            return " ".join(words[start:index + 1]) if len(head) >= 2 else None  # bare `figures` say too little
    return None
