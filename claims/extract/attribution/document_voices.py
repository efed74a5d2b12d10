"""A document that just spoke (`X sold 900 boilers, the report says.`, `According to the complaint, X ...`, `The
opinion found that ...`) is what `it` means as the subject of a cue in the next sentence of its paragraph (`It adds
that ...`, `It says ...`, `..., it adds.`): that `it` speaks as the document was read, its owner or the text's own
words, never the body named last (wave 32c). The sentence pass notes the voice after each sentence (`note_voice`) and
`people.pronoun` reads it for the next (`Focus.document_voice`). A quotation closed by a document's cue (`"...," the
statement said. It added that ...`) is noted too, as the speaker the quotation was given to (wave 33i)."""
from __future__ import annotations

import re

from ..speakers import Context
from ..text import Span
from ..vocabulary import DOCUMENT_NOUNS, ROLES

from .records import Attribution

ALSO_WORDS: frozenset[str] = frozenset("also further then".split())
"""Adverbs between a document's noun and its cue (`The ruling also found`)."""
_WORD_RE = re.compile(r"[A-Za-z][\w'\u2019\-]*")
"""A word of the text."""
_SOURCE_RE = re.compile(r"[ \t]*(?:the|a|an|its|their)[ \t]+(?:[\w'\u2019\-]+[ \t]+){0,3}?(?P<noun>[a-z]+)[ \t]*,")
"""The source after `according to` up to its comma: `the complaint,`, `the board's latest report,`."""
_OPENING_SUBJECT_RE = re.compile(r"(?:The|A|An|Its|Their)[ \t]+(?:[\w'\u2019\-]+[ \t]+){0,3}?(?P<noun>[a-z]+)"
                                 r"(?=[ \t]*,|[ \t]+(?:of|by|into|for|on)\b)")
"""A sentence's opening noun phrase up to an aside's comma or the phrase that qualifies it: `The report, written by X,`,
`A review of X, published on Monday,`."""


QUOTATION_MARKS: str = "\"\u201c\u2018'"
"""Marks that open a quotation."""


def document_subject(text: str, sentence: Span, cue: str) -> bool:
    """Say whether a cue's subject in a sentence is a document's noun (`the report says`, `The ruling also found`,
    `According to the report,`)."""
    at = text.find(cue, *sentence) if cue else -1
    if at < 0 and cue[:1].islower():
        at = text.find(cue[:1].upper() + cue[1:], *sentence)  # "According to the report,"
    if at < 0:
        return False
    if cue.lower().startswith("according"):
        source = _SOURCE_RE.match(text, at + len(cue), sentence[1])
        return source is not None and one_document(source.group("noun"))
    words = [word.lower() for word in _WORD_RE.findall(text, sentence[0], at)[-3:]]
    while words and words[-1] in ALSO_WORDS:
        words.pop()
    return bool(words) and one_document(words[-1]) or _document_opening(text, sentence, at)


def _document_opening(text: str, sentence: Span, at: int) -> bool:
    """Say whether a cue after an aside closed by a comma has a document's noun opening its sentence as its subject
    (`The report, written by X, says`, `A review of X, published on Monday, says`, wave 49w)."""
    if not text[sentence[0]:at].rstrip().endswith(","):
        return False
    opening = _OPENING_SUBJECT_RE.match(text, sentence[0], at)
    return opening is not None and one_document(opening.group("noun"))


def one_document(noun: str) -> bool:
    """Say whether a noun is one document, what `it` may mean (`report`, `analysis`), never several (`Tests`,
    `figures`)."""
    return noun in DOCUMENT_NOUNS and (not noun.endswith("s") or noun.endswith(SINGULAR_ENDINGS))


SINGULAR_ENDINGS: tuple[str, ...] = ("ss", "is", "us")
"""Endings in `s` of a singular noun (`analysis`, `census`)."""


def named_thing(attribution: Attribution) -> bool:
    """Say whether a speaker is the text's own words for one thing (`the complaint`, `The opinion`): a definite
    singular noun left unresolved, never people (`the residents`, `the minister`)."""
    words = attribution.speaker.split()
    return attribution.kind == "unresolved" and len(words) == 2 and words[0].lower() == "the" \
        and words[1].isalpha() and words[1].islower() and words[1] not in ROLES \
        and (not words[1].endswith("s") or words[1].endswith(SINGULAR_ENDINGS))


def note_voice(text: str, sentence: Span, parts: list[Attribution], ctx: Context) -> None:
    """Note the document that spoke in this sentence, with the speaker it was read as, for the next sentence's `it`;
    any other sentence clears it."""
    last = parts[-1] if parts else None
    opening = text[sentence[0]:sentence[0] + 1]
    claimed = last is not None and (bool(last.spans) or bool(opening) and opening in QUOTATION_MARKS)
    spoke = last is not None and claimed and (named_thing(last) or document_subject(text, sentence, last.cue))
    ctx.document_voice = (last.speaker, last.kind, ctx.block) if spoke and last is not None else None

