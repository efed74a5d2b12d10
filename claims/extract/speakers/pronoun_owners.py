"""A document whose own words name its owner by a pronoun after its noun: `a report to its cabinet` (a body's report
to its own members), `data it published` (what the body published): the body `it` means, never the document."""
from __future__ import annotations

import re

from ..vocabulary import BYLINE_RE, DOCUMENT_NOUNS, load_words

from .context import Context
from .words import PUBLISHER_PARTICIPLES

_OWN_RECIPIENTS: frozenset[str] = load_words("own_organs")
"""The body's own people or organs a document goes to (`a report to its cabinet`; `data/own_organs.txt`)."""
_PUTTING: frozenset[str] = frozenset("presented submitted sent put tabled given".split())
"""Participles of putting a document to someone, before `to its board` (`figures presented to its board`)."""
_BYLINE_LINE_RE = re.compile(rf"^{BYLINE_RE.pattern}.*$", re.MULTILINE)
"""A byline's whole line (`By Jo Roe, Local News Service`): the body it names wrote the article, never a document in
it."""


def pronoun_owned(words: list[str]) -> bool:
    """Say whether a document's words go on, after its noun, to name its owner by a pronoun: `(presented) to its
    cabinet` (its own organ), `it published` (its own act); never `about its finances`, `to the council's cabinet` or
    `it disputes`."""
    for index, word in enumerate(words[:-2]):
        if word not in DOCUMENT_NOUNS:
            continue
        tail = words[index + 1:]
        if tail[0] in ("it", "they") and tail[1] in PUBLISHER_PARTICIPLES:
            return True  # "data it published": the pronoun's body published it ("it commissioned": never)
        tail = tail[1:] if tail[0] in _PUTTING and len(tail) > 1 else tail  # "figures presented to its board" (50y)
        if tail[0] == "to" and len(tail) >= 3 and tail[1] in ("its", "their") and tail[2] in _OWN_RECIPIENTS:
            return True  # "a report to its cabinet": the body's own officers report to its own members
    return False


def tail_owner(ctx: Context) -> str | None:
    """Return the body such a document's pronoun means: the body named last, else the first the text names (a cue
    after its content: `X spent ..., according to figures in a report to its cabinet`), never one only a byline names
    (`By Jo Roe, Local News Service`: the article's writer); None when there is none."""
    bylines = " ".join(found.group(0) for found in _BYLINE_LINE_RE.finditer(ctx.text))
    if ctx.last_org and _beyond(ctx.last_org, bylines, ctx.text):
        return ctx.last_org
    return next((ctx.add(mention) for mention in ctx.bodies_named() if _beyond(mention.name, bylines, ctx.text)), None)


def _beyond(name: str, bylines: str, text: str) -> bool:
    """Say whether the text names a body outside its bylines."""
    return bylines.count(name) < text.count(name)
