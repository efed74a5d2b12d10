"""A new document named only by its noun and words of when or how it was made (`Latest figures show`, `Statistics
show`, `according to preliminary figures`): no maker named, so in a news report it speaks as itself, never as the body
in focus; on its issuer's own page (a release, or a page its own by signs) it is the issuer's evidence (wave 58g)."""
from __future__ import annotations

from ..vocabulary import DOCUMENT_ADJECTIVES, DOCUMENT_NOUNS

from .context import Context
from .short_councils import own_short_council
from .words import PUBLISHER_PARTICIPLES

OFFICIAL_WORDS: frozenset[str] = frozenset("official government".split())
"""Words that make figures a government's (`Official figures show`, `government statistics`; waves 21b, 58g)."""
_PARTY_WORDS: frozenset[str] = frozenset("by to from for under with of".split())
"""Words after a put-out document that name a party or a source (`released by X`, `given to the Post`)."""


def bare_document(phrase: list[str]) -> bool:
    """Say whether a document's phrase is its noun and only words of when or how it was made (`latest figures`,
    `statistics`, `preliminary figures released on January 9`): no article (`the latest figures` may be figures the text
    has met), no owner, no name, no clause's opener (`after independent tests found`: what the text tells of them
    before), no word that says official (a government's, wave 21b), and after the noun nothing but when it was put out
    (`figures from X`, `figures released to the Post`, `figures obtained by X` name a party)."""
    noun = next((i for i, w in enumerate(phrase) if w in DOCUMENT_NOUNS), None)
    if noun is None or not OFFICIAL_WORDS.isdisjoint(phrase):
        return False
    tail = phrase[noun + 1:]
    return all(w in DOCUMENT_ADJECTIVES for w in phrase[:noun]) \
        and (not tail or tail[0] in PUBLISHER_PARTICIPLES and _PARTY_WORDS.isdisjoint(tail))


def reported_bare(words: list[str], ctx: Context) -> bool:
    """Say whether a document is a bare one (`bare_document`) in a text that is not its issuer's own page (no release
    label, no own-page signs, no council's short form whose letters it writes, 41i): a news report's, which speaks as
    itself."""
    return not ctx.release and not ctx.signed_page and bare_document(words) \
        and own_short_council(ctx.text, ctx.bodies_named()) is None  # a council's own page by its letters (41i)
