"""A quotation a reported `that` opens and a later sentence closes (`He added that "the budget is balanced. Reserves
stand at £4m."`): the cue's sentence claims the quotation's first sentence, and each later sentence of the quotation is
the same speaker's, as a quotation going on; no other reading takes those sentences (wave 43e)."""
from __future__ import annotations

import re

from ..items import is_statement
from ..text import Block, Span, split_sentences, strip_span

from .patterns import MIN_SPEECH_WORDS
from .records import Attribution

_OPENED_AFTER_THAT_RE = re.compile(r"\bthat\s+$")
"""A reported `that` right before a quotation's opening mark."""
_CLOSING: dict[str, str] = {'"': '"', "\u201c": "\u201d"}
"""The mark that closes each opening mark."""
_MARKS = "\u201c\u201d\"'\u2018\u2019"


def quotation_end(text: str, sentence: Span, block: Block, attribution: Attribution | None) -> int:
    """Return where a quotation that the sentence's claim opens after `that` and does not close ends: its closing mark
    in the paragraph, else the paragraph's end when no mark follows (the quotation goes on below); else -1."""
    if attribution is None or not attribution.spans:
        return -1
    mark = attribution.spans[-1][0]
    if text[mark:mark + 1] not in _CLOSING or not _OPENED_AFTER_THAT_RE.search(text, max(0, mark - 12), mark):
        return -1
    closing = _CLOSING[text[mark]]
    if text.find(closing, mark + 1, sentence[1]) >= 0 or sentence[1] >= block.end:
        return -1
    found = text.find(closing, sentence[1], block.end)
    if found >= 0:
        return found
    rest = text[sentence[1]:block.end]
    return block.end if not any(each in rest for each in "\"\u201c\u201d") else -1


def quotation_goes_on(text: str, sentence: Span, end: int, attribution: Attribution) -> list[Attribution]:
    """Give each sentence of the quotation after the cue's sentence, up to its end, to the cue's speaker."""
    spans = [strip_span(text, span, " \u00a0" + _MARKS) for span in split_sentences(text, sentence[1], end)]
    return [Attribution(attribution.speaker, attribution.kind, "quotation continues", (span,)) for span in spans
            if len(text[span[0]:span[1]].split()) >= MIN_SPEECH_WORDS and is_statement(text[span[0]:span[1]])]
