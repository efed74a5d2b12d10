"""A document the writer says was published, then `It` (`The Corran Review was published on Monday. It found that bus
use fell`): the `It` opening the next sentence is that document, its maker when the text names one (`Acme's annual
report was released today. It shows`), never a body the sentence did not open on (wave 43j)."""
from __future__ import annotations

import re

from ..speakers import Context, speaker_from_region
from ..text import Span
from ..vocabulary import DOCUMENT_NOUNS

PUBLISHED_DOCUMENT_RE = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w\-'\u2019]+\s+){0,6}?(?:%s)\b" % "|".join(sorted(DOCUMENT_NOUNS)),
    re.IGNORECASE)
"""A document's noun phrase opening a sentence: a determiner, at most six words, a document's noun (`The Corran
Review`, `An audit`, `The Brindle Activity Monitor 2024 Annual Report`)."""
PUBLISHING_RE = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[\w\-'\u2019]+(?:\s+[\w\-'\u2019]+){0,3}?)?"
    r"\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:published|released|launched|issued|unveiled|tabled|presented)\b")
"""The passive that publishes it, after an `of` phrase at most (`An audit of the council was published`)."""
NEXT_IT_RE = re.compile(r"[ \t]*(?:\n[ \t]*){0,2}It[ \t]")
"""`It` opening the next sentence, in the same paragraph or the next one."""


def it_comes_next(text: str, end: int) -> bool:
    """Say whether the next sentence, here or in the next paragraph, opens with `It`."""
    return text.find("It", end, end + 8) >= 0 and NEXT_IT_RE.match(text, end) is not None


def note_published_document(text: str, span: Span, ctx: Context) -> None:
    """Note a document that opens a sentence saying it was published as the subject the next `It` means: its maker
    when named, else the document in the text's words, registered as a document."""
    opening = PUBLISHED_DOCUMENT_RE.match(text, span[0], span[1])
    if opening is None or PUBLISHING_RE.match(text, opening.end(), span[1]) is None:
        return
    who = speaker_from_region(text, opening.start(), opening.end(), ctx)
    if who is None or who.kind == "unresolved":
        return
    if who.kind == "document":
        ctx.kinds.setdefault(who.name, "document")
    ctx.subject = (who.name, ctx.block)
