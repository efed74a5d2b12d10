"""A party written as one capitalised word the name reader does not know, opening a sentence as the subject of a verb
of publishing whose object is a document (wave 62d): `Harrowmere released findings from its survey of 900 carers.`,
`Brindle has published new research on ...`, `Kelso launched a report ...`. Publishing a document shows the word is a
body, never a person nor a sentence's opening word, so it is registered as one: the document's later bare name (`The
survey revealed`, `The research also found`) is its publisher's, as it is for a publisher the name reader knows
(`Harrowmere Trust released ...`), never left to the document's own words."""
from __future__ import annotations

import re

from ..entities import Mention
from ..speakers import Context
from ..speakers.words import names_no_party
from ..text import Span
from ..vocabulary import DOCUMENT_NOUNS, load_words

PUBLISHING_VERBS: frozenset[str] = load_words("publishing_verbs")
"""Verbs in the past by which a body puts out a document of its own (`released`, `published`, `launched`)."""
PUBLISHER_OPENING_RE = re.compile(
    r"(?P<name>[A-Z][A-Za-z'\u2019\-]*[a-z])[ \t]+(?:(?:has|have|had)[ \t]+)?(?:(?:today|yesterday|now|also)[ \t]+)?"
    r"(?:%s)[ \t]+(?:(?:the|its|their|a|an|new|latest|first)[ \t]+)*(?:[a-z\-]+[ \t]+){0,2}?(?P<noun>[a-z]+)\b"
    % "|".join(sorted(PUBLISHING_VERBS, key=len, reverse=True)))
"""A sentence's first word as the subject of a publishing verb before a document's noun, up to two modifiers between:
`Harrowmere released findings`, `Brindle has published new annual research`."""


def note_publisher_subject(text: str, span: Span, ctx: Context) -> None:
    """Register the one-word body a sentence opens on as the publisher of a document (`Harrowmere released findings
    from its survey`); a word the text or the name reader already knows is left alone."""
    opening = PUBLISHER_OPENING_RE.match(text, span[0], span[1])
    if opening is None or opening.group("noun") not in DOCUMENT_NOUNS:
        return
    name = opening.group("name")
    if names_no_party(name) or ctx.full_person(name) != name or name in ctx.kinds:
        return  # "Yesterday", "Council", a person or a body named before: read elsewhere
    ctx.add(Mention(opening.start("name"), opening.end("name"), name, "org"))
