"""A quotation whose sentence opens on a phrase naming its source, with no verb of speech (wave 69e): `According to
Jo Roe, "..."`, `In a statement signed by its spokesman, Jo Roe, "..."`, `In a release issued by the board, "..."`,
`In the words of Jo Roe, "..."`. The phrase is a statement's byline set inside the sentence: the party it names gives
the quotation (and the quotation paragraphs that go on from it), as after `Jo Roe said: "..."`."""
from __future__ import annotations

import re

from ..speakers import Context, Who, speaker_from_region
from ..text import Quote
from ..vocabulary import DOCUMENT_NOUNS, verb_alternation

_DOCUMENTS = verb_alternation(DOCUMENT_NOUNS)
FRONTED_SOURCE_RE = re.compile(
    r"\s*(?P<cue>[Aa]ccording[ \t]+to|[Ii]n[ \t]+the[ \t]+words[ \t]+of|[Qq]uoting"
    rf"|(?:[Ii]n|[Tt]hrough|[Vv]ia)[ \t]+(?:a|an|its|their|the|his|her)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?(?:{_DOCUMENTS})"
    r"[ \t]+(?:signed|issued|released|sent|made|given|published|posted|written|read|put[ \t]+out|circulated)"
    r"[ \t]+(?:by|on[ \t]+behalf[ \t]+of))"
    r"[ \t]+(?P<who>(?:[A-Z][a-z]{0,4}\.[ \t]|[^;:.!?\"\u201c\u201d\n]){3,160}?)[ \t]*,[ \t]*")
"""A source phrase that runs from a sentence's start to the comma before its quotation: `In a statement signed by
the force spokesman, Supt Jo Roe, ` (a title's dotted abbreviation inside allowed, `Insp. Jo Roe`)."""


def fronted_source(text: str, sentence_start: int, quote: Quote, ctx: Context) -> tuple[Who, str] | None:
    """Return the party a source phrase opening the quotation's sentence names (`According to Jo Roe, "..."`, `In a
    statement signed by its chair, Jo Roe, "..."`) and the phrase's cue words, else None (a verb of speech, another
    clause or nothing before the quotation)."""
    match = FRONTED_SOURCE_RE.fullmatch(text, sentence_start, quote.outer[0])
    if match is None:
        return None
    who = speaker_from_region(text, match.start("who"), match.end("who"), ctx)
    return (who, " ".join(match.group("cue").split())) if who is not None else None
