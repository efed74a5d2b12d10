"""An inquiry named by what it examined (`an inquiry into publications regarding the X paper has found`, `A public
inquiry into Invercarron's heat network has found`, `an investigation into the Y Hospital found`): the body, work or
place examined never speaks for it, so the speaker is the document in the text's own words, up to what it examined
(wave 55f). `inquiry` and `investigation` are no document nouns (a body may be called `the Inquiry`), so the readers of
`a review of X` never saw them."""
from __future__ import annotations

from ..vocabulary import ARTICLES

from .context import Context
from .documents import DOCUMENT_NOUNS, EXAMINING_NOUNS
from .examined_phrases import CLAUSE_WORDS, EXAMINED_OPENERS, MAX_EXAMINED_WORDS

MAX_ADJECTIVES = 2
"""How many lower-case words may stand between the article and the inquiry's noun (`a public`, `an independent`,
`a long-awaited`)."""
NAME_ENDS: frozenset[str] = frozenset("by in on at last this during published released carried conducted completed "
                                      "commissioned led chaired".split())
"""Words that end what an inquiry examined and open who, when or how it was done (`led by X`, `in 2023`)."""


def examined_inquiry(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Return the text's words for an inquiry a subject names by what it examined (`an inquiry into X regarding Y`),
    kind `document`, else None (another document's noun, a maker named after it, a clause after it)."""
    at = next((i for i in range(1, min(len(words) - 2, MAX_ADJECTIVES + 2))
               if words[i] in EXAMINING_NOUNS and words[i] not in DOCUMENT_NOUNS), None)
    if at is None or words[0] not in ARTICLES or words[at + 1] not in EXAMINED_OPENERS \
            or not all(w.replace("-", "").isalpha() and w.islower() for w in raw[1:at]):  # "long-awaited" (56m)
        return None
    tail = words[at + 2:]
    end = next((i for i, w in enumerate(tail) if w in NAME_ENDS), len(tail))
    if tail[:end] != tail or len(tail) > MAX_EXAMINED_WORDS or not CLAUSE_WORDS.isdisjoint(tail):
        return None  # "an inquiry into X led by Jo Roe found": its maker speaks (another reader)
    name = " ".join(raw).strip(" ,;:")
    ctx.kinds.setdefault(name, "document")
    return name, ctx.kinds[name]
