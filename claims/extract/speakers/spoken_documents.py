"""A document that spoke in its own words speaks again (wave 34g): `Fares rose by 4%, figures show, but the union says
A. Crossings fell by 12%, figures show.` gives the second row to `figures`, as the first, never to the union that
spoke between. A bare document noun as a cue's subject (`figures`, `as new figures`, `the latest figures`, `the
report`) names again the last document of that noun the text let speak as itself in bare words too
(`Focus.spoken_documents`), whoever spoke since, in its paragraph or a later one. A document never heard before, one
first read under a longer name (`Draft minutes of a meeting held on Monday`), one the words give an owner (`the
union's figures`, `its report`) and any document of a noun the text gives an owner by a possessive anywhere (`its
quarterly letter to shareholders ... The letter argued ... The letter also said`) keep the older readings: the body in
focus, the owner."""
from __future__ import annotations

import re

from ..vocabulary import DOCUMENT_NOUNS, ORG_HEADS

from .context import Context
from .words import CLAUSE_OPENERS, DETERMINERS
from ..text_caches import per_text


def plain_document_noun(words: list[str]) -> bool:
    """Say whether a subject's words are a document's noun with at most `the` and plain lower-case modifiers before
    it (`figures`, `as new figures`, `the survey`): no possessive, no other determiner, no body's head."""
    words = [w for i, w in enumerate(words) if i or w not in CLAUSE_OPENERS]
    if not 1 <= len(words) <= 4 or words[-1] not in DOCUMENT_NOUNS:
        return False
    modifiers = words[1:-1] if words[0] == "the" else words[:-1]
    return all(w.isalpha() and w not in DETERMINERS and w not in ORG_HEADS for w in modifiers)


def spoken_again(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Return the last document of this noun that spoke in bare words of its own, for a bare document noun that no
    possessive in the text gives an owner, else None."""
    if not ctx.spoken_documents or not plain_document_noun(words):
        return None
    spoken = [name for name in ctx.spoken_documents if plain_document_noun(name.lower().split())
              and name.lower().split()[-1] == words[-1]]
    return (spoken[-1], "document") if spoken and not owned_anywhere(ctx.text, words[-1]) else None


@per_text(32)
def owned_anywhere(text: str, noun: str) -> bool:
    """Say whether the text gives a document of this noun an owner by a possessive (`its quarterly letter`, `the
    union's figures`), once per text and noun."""
    if noun not in text:
        return False  # the cheap test first
    return re.search(r"\b(?:its|their|\w+['\u2019]s)\s+(?:[\w\-]+\s+){0,3}?%s\b" % re.escape(noun), text,
                     re.IGNORECASE) is not None
