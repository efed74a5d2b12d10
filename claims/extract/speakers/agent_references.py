"""A document whose maker the text gives after `by` as a common noun (wave 23d): `A survey of 88 residents carried
out by the association in February found`, `Figures obtained by the group under freedom of information laws show`,
`A survey by the students' union of 1,300 students found`. The body that noun means speaks (the association named
before), or the noun's own words, unresolved, when it belongs to people (`the students' union`) and the text names
no such body; never the body in focus.

A capitalised maker (`research by Shoppers First`) is `document_authors`'; a body's people (`a report by the council's
planning officers`) and a person's post (`a review by the chief inspector`) are read elsewhere.
"""
from __future__ import annotations

from ..vocabulary import DOCUMENT_NOUNS

from .context import Context
from .references import reference
from .words import BODY_NOUNS, PEOPLE_GROUPS
MAKING_PARTICIPLES: frozenset[str] = frozenset(
    "carried conducted commissioned undertaken obtained gathered collected run done compiled".split())
"""Participles between a document and its maker (`carried out by`, `obtained by`); `published`, `prepared` and
their kin are read by `publishers`."""
PARTICLES: frozenset[str] = frozenset("out up".split())
"""Particles after a participle (`carried out`, `drawn up`)."""
TAIL_WORDS: frozenset[str] = frozenset("in on at of under during last this earlier for from between".split())
"""Words that open what follows a maker and only says when, where or of whom (`in February`, `of 1,300 students`)."""
MAX_OF_WORDS = 6
"""How long the `of ...` phrase between a document and its maker may be (`of 88 residents`)."""
MAX_MAKER_WORDS = 3
"""How many words a maker's common noun phrase holds after `the` (`the students' union`, `the residents' group`)."""


def made_by_reference(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a subject that is a document made `by the <body noun>` (`A survey of 88 residents carried out by the
    association in February`): the body the noun means; the noun's words, unresolved, for people's own body no name
    gives (`the students' union`); None for any other subject, or a noun that resolves to no body."""
    if "by" not in words:
        return None  # the cheap test first
    noun = document_at(words)
    by = words.index("by")
    if noun is None or not made_between(words[noun + 1:by]):
        return None  # document_at stops at the first `by`, so the noun always stands before it
    maker = maker_end(words, by + 1)
    if maker is None:
        return None
    maker_raw = raw[by + 1:maker + 1]
    if any(w[:1].isupper() for w in maker_raw[1:]):
        return None  # "by the National Audit Office": a name, read as one
    found = reference(words[by + 1:maker + 1], ctx)
    people = people_modifier(maker_raw)
    if found is not None and found[1] != "unresolved" and found[0] in ctx.kinds \
            and (people is None or people in found[0].lower()):
        return found  # "carried out by the association": the residents' association named before
    return (" ".join(maker_raw), "unresolved") if people is not None else None  # "by the students' union"


def people_modifier(raw: list[str]) -> str | None:
    """Return the people a maker's noun belongs to (`students` in `the students' union`, `residents` in `the
    residents' association`): a body of its own, never the body they are around; else None."""
    for word in raw[1:-1]:
        base = word.rstrip("'\u2019").lower()
        if base != word.lower() and base in PEOPLE_GROUPS:
            return base
    return None


def document_at(words: list[str]) -> int | None:
    """Return where the document noun stands when the subject opens with it, after a determiner and at most two
    modifiers (`A survey`, `Figures`, `a new analysis`), else None."""
    for index, word in enumerate(words[:4]):
        if word in DOCUMENT_NOUNS:
            return index
        if word == "by" or not word.isalpha():
            return None
    return None


def made_between(words: list[str]) -> bool:
    """Say whether the words between a document and `by` only say what it covers and how it was made: nothing, an
    `of ...` phrase, a making participle (`of 88 residents carried out`)."""
    if words[-1:] and words[-1] in PARTICLES:
        words = words[:-1]
    if words[-1:] and words[-1] in MAKING_PARTICIPLES:
        words = words[:-1]
    return not words or words[0] == "of" and len(words) <= MAX_OF_WORDS and "by" not in words


def maker_end(words: list[str], start: int) -> int | None:
    """Return where the maker's noun ends after `by` (`the association` in `the association in February`), when the
    words are `the`, at most three lower-case words ending in a body's noun, then nothing or a tail of time, place
    or coverage; else None."""
    if words[start:start + 1] != ["the"]:
        return None
    end = next((i for i in range(start + 1, len(words)) if words[i] in TAIL_WORDS), len(words))
    phrase = words[start + 1:end]
    if not 1 <= len(phrase) <= MAX_MAKER_WORDS or phrase[-1] not in BODY_NOUNS \
            or not all(w.replace("'", "").replace("\u2019", "").isalpha() for w in phrase):
        return None
    return end - 1
