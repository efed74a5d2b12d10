"""What a party speaks in (wave 23d): `In a statement, X described the refusal as ...`, `X said Tuesday in its
quarterly letter to shareholders`, `A statement from the company outlined that ...`. The party the sentence gave is
the owner of that kind of document from then on, so a later `"...," the statement said` or `The letter argued that`
is that party's, never the body in focus (p541, p543, p527)."""
from __future__ import annotations

import re

from ..speakers import Context
from ..text import Span
from ..vocabulary import any_script, load_words

from .records import SPEAKING_KINDS, Attribution

MEDIUM_NOUNS: frozenset[str] = load_words("medium_nouns")
"""Documents a party speaks in (`data/medium_nouns.txt`)."""
_NOUNS = "|".join(sorted(MEDIUM_NOUNS))
MEDIUM_RE = any_script(re.compile(
    rf"\b(?:[Ii]n\s+(?:a|an|its|their|his|her)|(?:^|(?<=\s))(?:[Aa]n?|[Ii]ts|[Tt]heir)(?=\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(?:{_NOUNS})\s+from\b))\s+(?:[\w\-]+\s+){{0,2}}?(?P<noun>{_NOUNS})\b"))
"""`in a statement`, `in its quarterly letter`, `A statement from`: the document a party speaks in, as it speaks."""


def note_medium_owner(text: str, sentence: Span, attributions: list[Attribution], ctx: Context) -> None:
    """Note the one party a sentence's attributions give as the owner of the document it speaks in (`X said in a
    statement`); nothing when the sentence names none or gives two parties."""
    speakers = {(a.speaker, a.kind) for a in attributions}
    if len(speakers) != 1:
        return
    speaker, kind = speakers.pop()
    if kind not in SPEAKING_KINDS:
        return
    if not any(text.find(noun, *sentence) >= 0 for noun in MEDIUM_NOUNS):
        return  # no `statement` nor `letter` in the sentence (the cheap test first)
    medium = MEDIUM_RE.search(text, *sentence)
    if medium is not None:
        ctx.owners[medium.group("noun").lower()] = (speaker, kind)
