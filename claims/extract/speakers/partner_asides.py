"""An examining document's aside that names whom its work was done with (wave 31b): `Our review, carried out with the
help of an outside firm, has found`, `X's inquiry, conducted jointly with Y, found`, `X's investigation, which is being
conducted with the help of specialists, has confirmed`: the aside is set off between the document and its cue, and
the partner it names never speaks; the document's owner does. A participle that puts the document beside another
(`published with the annual accounts`) names no partner; `carried out by X` is left to the agent's rules. A subject's
companion set off the same way (`Jo Roe, along with Mayor Tim Ash, announced`) never speaks either (wave 47w)."""
from __future__ import annotations

import re

from ..vocabulary import IRREGULAR_PARTICIPLES, load_words

PARTNER_WORDS: tuple[tuple[str, ...], ...] = tuple(tuple(phrase.split()) for phrase in load_words("partner_words"))
"""The words after the participle that name the partner (`with`, `in partnership with`; `data/partner_words.txt`)."""
ALONGSIDE_PARTICIPLES: frozenset[str] = load_words("alongside_participles")
"""Participles after which `with` names another document, never a partner (`data/alongside_participles.txt`)."""
COMPANION_RE = re.compile(r",[ \t]+(?:%s)[ \t]+(?=\S)" % "|".join(
    r"[ \t]+".join(re.escape(word) for word in phrase.split()) for phrase in sorted(load_words("companion_openings"))))
"""A comma and the words that open an aside naming who stands with a subject (`, along with`;
`data/companion_openings.txt`)."""
_RELATIVE_OPENINGS: tuple[tuple[str, ...], ...] = (
    ("which", "is", "being"), ("which", "was", "being"), ("which", "has", "been"), ("which", "was"), ("which", "is"),
    ("that", "is", "being"), ("that", "was"))
"""The words a relative aside opens on before its participle (`which is being conducted with`)."""
_PARTICLES: frozenset[str] = frozenset("out jointly together up".split())
"""Words between the participle and the partner (`carried out with`, `undertaken jointly with`)."""


def is_partner_aside(clause: str) -> bool:
    """Say whether a clause set off after a document names whom its work was done with (`carried out with the help of
    an outside firm`, `which is being conducted with X`)."""
    if " with " not in f" {clause} " and " alongside " not in f" {clause} ":
        return False  # most clauses (the cheap test first)
    words = clause.lower().split()
    opening = next((len(o) for o in _RELATIVE_OPENINGS if tuple(words[:len(o)]) == o), 0)
    return _participle_with_partner(words[opening:])


def companion_start(text: str, start: int, end: int) -> int | None:
    """Return where an aside naming who stands with a subject starts in the words before a cue (`Ruth Penhale,
    Minister of Transport, along with Mayor Dana Kell, Mayor of Orrin, announced`: at the comma before `along`), else
    None: the subject before it speaks, never the companion nor the companion's post (wave 47w)."""
    found = COMPANION_RE.search(text, start, end)
    return found.start() if found is not None and text[start:found.start()].strip() else None


def _participle_with_partner(words: list[str]) -> bool:
    """Say whether words open on a participle of work, its particles, then a partner's words (`conducted with`)."""
    if len(words) < 3 or not _participle(words[0]) or words[0] in ALONGSIDE_PARTICIPLES:
        return False
    rest = words[1:]
    while rest and rest[0] in _PARTICLES:
        rest = rest[1:]
    return any(tuple(rest[:len(phrase)]) == phrase and len(rest) > len(phrase) for phrase in PARTNER_WORDS)


def _participle(word: str) -> bool:
    """Say whether a lower-case word is a past participle (`conducted`, `undertaken`)."""
    return word.isalpha() and (word.endswith("ed") or word in IRREGULAR_PARTICIPLES)
