"""A person's words set out without quotation marks after their colon cue (`Dr Jo Roe, consultant epidemiologist,
said:`, then paragraphs of her own words): government news pages and statements print speech so. The paragraphs
are the person's while they go on plainly: the first speaks as `I` or `we`, and none after it is a bullet, quotes,
reports someone with a cue, names a person in full or is a heading.
"""
from __future__ import annotations

from ..entities import find_mentions
from ..items import is_statement
from ..text import Block, Quote, Span, split_sentences, strip_span
from ..vocabulary import FIRST_PERSON_RE, SPEECH_VERBS

from .patterns import ANY_CUE_RE, MIN_SPEECH_WORDS
from .records import Attribution, Found


def opens_speech(text: str, block: Block, quotes: list[Quote], pending: Attribution) -> bool:
    """Say whether a paragraph right after a person's colon cue (`X said:`) opens their unquoted words."""
    return pending.kind == "person" and pending.cue in SPEECH_VERBS and not pending.spans \
        and FIRST_PERSON_RE.search(text, block.body, block.end) is not None and goes_on(text, block, quotes)


def goes_on(text: str, block: Block, quotes: list[Quote]) -> bool:
    """Say whether a paragraph can be unquoted speech: sentences of words, no bullet, quotation, cue or person named."""
    return not block.bullet and not quotes and text[block.body:block.end].rstrip()[-1:] in (".", "!") \
        and ANY_CUE_RE.search(text, block.body, block.end) is None \
        and not any(m.kind == "person" and " " in m.name for m in find_mentions(text, block.body, block.end))


def speech_claims(text: str, block: Block, speaker: Attribution) -> list[Found]:
    """Return a paragraph of unquoted speech as its speaker's claims, a sentence each."""
    spans: list[Span] = [strip_span(text, sentence) for sentence in split_sentences(text, block.body, block.end)]
    return [Found(speaker.speaker, speaker.kind, speaker.cue, span) for span in spans
            if len(text[span[0]:span[1]].split()) >= MIN_SPEECH_WORDS and is_statement(text[span[0]:span[1]])]
