"""A cue inside a noun phrase: a document named by the body it comes from and a participle of showing (`The claims
follow figures from the Central Statistics Office showing that A`, `after a survey by the Tenants Forum finding that
A`): A is that body's claim, as `The figures from X show that A` would be (wave 31g). The body must be named (a capital
after `from` or `by`); a sentence that is a question, or whose document is wished for or denied (`asked for figures
... showing how`, `no figures ... showing that`), reports nothing."""
from __future__ import annotations

import re

from ..speakers import Context, speaker_from_region
from ..text import Span
from ..vocabulary import any_script, DOCUMENT_NOUNS, verb_alternation

from .characterisations import object_spans
from .records import SPEAKING_KINDS, Attribution, inside_holes

SHOWING_PARTICIPLES = ("showing", "finding", "revealing", "suggesting", "indicating")
"""The participles of a document's showing, one of which a sentence must hold before the pattern is tried."""
DOCUMENT_PARTICIPLE_RE = any_script(re.compile(
    rf"\b(?P<doc>{verb_alternation(DOCUMENT_NOUNS)})"
    r"\s+(?:(?:published|released|issued|compiled)\s+)?(?:from|by)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][^,;:.!?\"\u201c\u201d]{1,80}?)\s+"
    rf"(?P<cue>(?:{'|'.join(SHOWING_PARTICIPLES)})\s+that)\s+(?=\S)"))
"""`figures from the Central Statistics Office showing that `, `a survey by the Tenants Forum finding that `: the
document, its named source and the participle with `that`."""
DENYING_ARTICLES: frozenset[str] = frozenset({"no", "any", "without"})
"""Words before the document that deny or doubt it (`no figures from X showing that`, `asked for any data`)."""


def document_participle(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `... figures from X showing that A.` to X: A, to the sentence's end, is X's claim; None when no body
    is named, the document is denied or the sentence asks."""
    if text[sentence[1] - 1] == "?" or not any(text.find(p, *sentence) >= 0 for p in SHOWING_PARTICIPLES):
        return None  # the cheap test first
    match = DOCUMENT_PARTICIPLE_RE.search(text, *sentence)
    if match is None or inside_holes(match.start(), holes) or _denied(text, sentence[0], match.start("doc")):
        return None
    who = speaker_from_region(text, match.start("who"), match.end("who"), ctx)
    if who is None or who.kind not in SPEAKING_KINDS:
        return None
    spans = object_spans(text, (match.end(), sentence[1]), holes)
    return Attribution(who.name, who.kind, " ".join(match.group("cue").split()), spans) if spans else None


def _denied(text: str, start: int, doc: int) -> bool:
    """Say whether one of the three words before a document's noun denies or doubts it (`no figures`, `any data`)."""
    return any(word.lower() in DENYING_ARTICLES for word in text[max(start, doc - 60):doc].split()[-3:])


def may_show_in_document(body: str) -> bool:
    """Say whether a paragraph may hold a document's participle of showing (the cheap test first)."""
    return any(f"{p} that" in body for p in SHOWING_PARTICIPLES) and DOCUMENT_PARTICIPLE_RE.search(body) is not None
