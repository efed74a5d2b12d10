"""A source named for figures set out in sentences of their own (wave 66f): the press often gives figures with no cue
and names where they came from in a sentence of its own, `The figures were published by X`, `The details are
contained in a report by X`, `The data is the result of a study done by X`. The sentences of figures that
no reading claimed, right before that sentence (in its paragraph and the paragraphs before it) and right after it, are
that source's: the writer reads out one source's figures around the sentence naming it. A paragraph with a claim, a
quotation or a heading, a sentence with no figure or a question ends the run; the naming sentence itself says only
where the figures came from (narration) and claims nothing."""
from __future__ import annotations

import re

from ..items import split_items
from ..release import has_figure
from ..speakers import Context, Who, speaker_from_region
from ..text import Block, Span, split_sentences
from ..vocabulary import DOCUMENT_NOUNS, load_words, verb_alternation

from .documents import is_heading
from .patterns import DOUBLE_MARKS
from .records import Found

PROVENANCE_NOUNS = load_words("provenance_nouns")
"""Nouns for a source's figures (`figures`, `details`, `data`; `data/provenance_nouns.txt`)."""
PROVENANCE_PHRASES = load_words("provenance_phrases")
"""Where figures came from (`published by`, `contained in`, `the result of`; `data/provenance_phrases.txt`)."""
PROVENANCE_RE = re.compile(
    r"(?:The|These|Those|This|That)\s+(?:(?:new|latest|above|full|official|same)\s+)?"
    rf"(?:{verb_alternation(PROVENANCE_NOUNS)})\s+(?:is|are|was|were|has\s+been|have\s+been|came|come|comes)\s+"
    r"(?:(?:first|all|also|originally)\s+)?"
    rf"(?:{verb_alternation(PROVENANCE_PHRASES)})\s+(?=\S)")
"""A sentence opening on figures and where they came from: `The figures were published by`, `The details were
contained in`, `These numbers come from`, `The data is the result of`."""
SOURCE_END_RE = re.compile(r",|;|\s+(?:on|at|to|during|after|following|when|last|this|today|yesterday|earlier|which"
                           r"|giving|showing|ahead)\s")
"""Where the words naming a source end: a comma, or when, where or what else it did (`by X| on Thursday`)."""
DOCUMENT_OF_RE = re.compile(rf"\b(?i:{verb_alternation(DOCUMENT_NOUNS)})\s+of\s+(?=(?:the\s+)?[A-Z])")
"""A document's noun and `of` before the body it belongs to (`the Lettings Survey Report of the Harbour Board`): the body
is the source, never the document's title."""
MAX_BLOCKS_AWAY = 3
"""How many paragraphs before or after the naming sentence its source's figures may run."""
SOURCE_KINDS = ("organisation", "inspectorate", "document", "person")
"""The kinds of a resolved source; an unresolved one (`the X show`) gives nothing."""


def provenance_source(text: str, sentence: Span, ctx: Context) -> Who | None:
    """Return the source a sentence names for the figures around it (`The figures were released by X on Monday`: X),
    else None: no such sentence, or its words name no party the text resolves."""
    opening = PROVENANCE_RE.match(text, *sentence)
    return _source_after(text, opening, sentence, ctx) if opening is not None else None


def _source_after(text: str, opening: re.Match[str], sentence: Span, ctx: Context) -> Who | None:
    """Return the source a naming sentence's words after its opening name, else None (no party the text resolves)."""
    end = SOURCE_END_RE.search(text, opening.end(), sentence[1])
    stop = end.start() if end is not None else sentence[1]
    while stop > opening.end() and text[stop - 1] in ".!?:) \t":
        stop -= 1
    owner = DOCUMENT_OF_RE.search(text, opening.end(), stop)
    who = speaker_from_region(text, owner.end() if owner is not None else opening.end(), stop, ctx)
    if who is None or who.kind not in SOURCE_KINDS:
        return None
    return _owner_only(who) if owner is not None else who


def _owner_only(who: Who) -> Who:
    """Return the body a resolved name holds after a document's noun and `of` (`Lettings Survey Report of the Tarn Board`,
    a title read as one name: the Tarn Board), else the name as resolved."""
    titled = DOCUMENT_OF_RE.search(who.name)
    return who._replace(name=who.name[titled.end():].removeprefix("the ")) if titled is not None else who


def _figures(text: str, sentence: Span) -> bool:
    """Say whether a sentence is a statement of figures in the writer's words: a figure, no question, no quotation."""
    words = text[sentence[0]:sentence[1]]
    return text[sentence[1] - 1] not in "?:" and has_figure(text, *sentence) and not any(m in words for m in DOUBLE_MARKS)


CONTRAST_JOIN_RE = re.compile(r",?\s+(?:while|whilst|whereas)\s+")
"""A conjunction joining two clauses of figures that contrast two measures (`812 left while only 497 joined`)."""


def _measures(text: str, sentence: Span) -> list[Span]:
    """Split a sentence of figures at a `while` or `whereas` joining two clauses that each give a figure (`The force lost
    812 members while only 497 joined`): each clause gives a measure of its own, so each is a claim of its own."""
    join = CONTRAST_JOIN_RE.search(text, *sentence)
    if join is None or not has_figure(text, sentence[0], join.start()) or not has_figure(text, join.end(), sentence[1]):
        return [sentence]
    return [(sentence[0], join.start()), (join.end(), sentence[1])]


def _claimed(spans: list[Span], sentence: Span) -> bool:
    """Say whether any claim found so far overlaps a sentence."""
    return any(start < sentence[1] and end > sentence[0] for start, end in spans)


def _run(text: str, blocks: list[Block], spans: list[Span], index: int, at: Span, step: int) -> list[Span]:
    """Return the unclaimed sentences of figures next to a naming sentence, going back (`step` -1) or on (+1)."""
    taken: list[Span] = []
    for place in range(index, index + step * (MAX_BLOCKS_AWAY + 1), step):
        if not 0 <= place < len(blocks) or place != index and is_heading(text, blocks[place], []):
            break
        sentences = split_sentences(text, blocks[place].body, blocks[place].end)
        side = [s for s in sentences if (s[1] <= at[0] if step < 0 else s[0] >= at[1])] if place == index else sentences
        for sentence in (reversed(side) if step < 0 else side):
            if _claimed(spans, sentence) or not _figures(text, sentence):
                return taken
            taken.append(sentence)
    return taken


def provenance_claims(text: str, blocks: list[Block], found: list[Found], ctx: Context) -> list[Found]:
    """Give the unclaimed sentences of figures around each sentence naming where figures came from to that source."""
    spans = [f.span for f in found]
    given: list[Found] = []
    for index, block in enumerate(blocks):
        if not PROVENANCE_RE.search(text, block.body, block.end):
            continue  # the cheap test first
        for sentence in split_sentences(text, block.body, block.end):
            opening = PROVENANCE_RE.match(text, *sentence)
            if opening is None:
                continue
            who = _source_after(text, opening, sentence, ctx)
            if who is None or _claimed(spans, sentence):
                continue
            cue = opening.group().split(None, 1)[1].strip()  # `figures were published by`
            run = _run(text, blocks, spans, index, sentence, -1) + _run(text, blocks, spans, index, sentence, 1)
            given += [Found(who.name, who.kind, cue, part) for s in sorted(run) for clause in _measures(text, s)
                      for part in split_items(text, clause)]
            spans += run
    return given
