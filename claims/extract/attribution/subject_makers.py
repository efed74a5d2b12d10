"""A document whose maker its own subject names speaks as that maker, whoever it was made for (wave 54a; the corpus
README's documents made for someone: `carried out for X by Y`: Y). The subject opening a row's sentence is a
document set off with its making participle and the maker after `by`, with words between that name no maker: who it
was done for, when (`The survey of 5,214 adults, carried out for the Centre by Ardmoor Research in March and April,
found`, `Our independent tenant survey, carried out in October by Ardmore Research, found`), the maker's trade before
its name (`carried out for the HAA by the research company Fieldline Insight`, `A review written for the council by
consultants Hartwell Grey, the Burial Space Review, found`), then the row's cue. The row's speaker read from the
document's owner or the party it was made for gives way to the maker; a commissioning participle (`commissioned by`)
names no maker. A later sentence naming that work again (`However, the review identified`, `The review estimates`)
and the items of its lead-in (`Among its findings:`) are that maker's too, where they were read as that same party's,
and so is a row going on the maker's sentence (`found that A, and that B: C`)."""
from __future__ import annotations

import re

from ..entities import Mention, find_mentions, is_person_name, org_kind
from ..speakers.publishers_of import WORK_NOUNS
from ..text import line_start
from ..vocabulary import ORG_HEADS, load_words, verb_alternation
from .records import Found

MAKING_VERBS: frozenset[str] = load_words("document_making_verbs")
"""Participles that say who made a document (`conducted`, `carried out`, `written`)."""
MADE_HEADS: frozenset[str] = load_words("made_document_heads")
"""Last words of a document a maker is named for (`survey`, `review`, `poll`)."""
MAKER_TRADES: frozenset[str] = load_words("maker_trades")
"""Plural or lower-case trades written before a maker's name (`consultants`, `pollsters`): the maker is a body."""
MAKING_VERBS_ALTERNATION: str = verb_alternation(MAKING_VERBS)
"""The making participles as one regex alternation, longest first, spaces as any white space (`carried\\s+out`)."""
_SUBJECT_RE = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?|[Oo]ur|[Ii]ts|[Tt]heir)\s+(?:[\w\-]+\s+){0,3}?(?:%s)\b"
    r"(?:\s+of\s+(?:[^,.;:()\n]|[,.](?=\d)){1,60}?)?,?\s+(?:%s)\b(?P<aside>[^,.;:()\n]{0,60}?)\s+by\s+"
    % ("|".join(sorted(MADE_HEADS, key=len, reverse=True)), MAKING_VERBS_ALTERNATION))
"""A document opening its sentence, its `of` phrase, and its making participle up to the maker's `by`."""
_MAKER_END_RE = re.compile(r"[,;:.(\n]|\s(?:in|between|during|on|over|last|this|which|who|that|found|finds)\s")
"""Where a maker's words end: a mark, or a word that opens a time, a place or a clause after it."""
_ORDERED_RE = re.compile(r"\b(?:commission|fund|paid)", re.IGNORECASE)
"""An aside saying a body ordered or paid for the work: the party after `by` is no maker."""
_TAIL_RE = re.compile(r"[^.;:\n]{0,80}\Z")
"""What may stand between the maker and the row's cue: a time or an apposition, no sentence's end."""
_AGAIN_RE = re.compile(
    r"\s*(?:(?:However|But|And|Also),?\s+)?(?:[Tt]he|[Ii]ts)\s+(?:[a-z\-]+\s+){0,2}?(?:%s)\s+(?:(?:also|then)\s+)?"
    r"(?:[a-z]+\s+(?:that\s+)?)?\Z" % "|".join(sorted(MADE_HEADS | WORK_NOUNS, key=len, reverse=True)))
"""A sentence opening on a bare definite name of a work up to the row (`However, the review identified`)."""


def subject_maker(text: str, item: Found) -> Mention | None:
    """Return the maker the document opening a row's sentence names in its own subject, else None."""
    if item.kind == "person":
        return None  # a person speaking of a survey keeps the words
    start = sentence_start(text, item.span[0])
    subject = _SUBJECT_RE.match(text, start, item.span[0])
    if subject is None or _ORDERED_RE.search(subject.group("aside")):
        return None
    stop = _MAKER_END_RE.search(text, subject.end(), item.span[0])
    end = stop.start() if stop is not None else item.span[0]
    mentions = [m for m in find_mentions(text, subject.end(), end) if m.kind in ("org", "person")]
    if len(mentions) != 1 or not _TAIL_RE.match(text, mentions[0].end, item.span[0]) \
            or item.cue and item.cue.split()[0] not in text[mentions[0].end:item.span[0]]:
        return None
    trade = text[subject.end():mentions[0].start].split()[-1:]
    return mentions[0]._replace(kind="org") if trade and trade[0].lower() in ORG_HEADS | MAKER_TRADES \
        else mentions[0]


def maker_kind(maker: Mention) -> str:
    """Return a maker's speaker kind: a person, an inspectorate or an organisation."""
    return "person" if maker.kind == "person" and is_person_name(maker.name) else org_kind(maker.name)


def names_again(text: str, item: Found) -> bool:
    """Say whether a row's sentence opens on a bare definite name of a work (`The review identified`)."""
    start = sentence_start(text, item.span[0])
    return _AGAIN_RE.match(text[start:item.span[0]]) is not None


def lead_in_paragraph(text: str, item: Found) -> tuple[int, int] | None:
    """Return the span of the paragraph whose lead-in (its cue ending on a colon) a list item's row hangs on."""
    if not item.cue.endswith(":"):
        return None
    at = text.rfind(item.cue, 0, item.span[0])
    if at < 0:
        return None
    return line_start(text, at), at + len(item.cue)


def same_sentence(text: str, span: tuple[int, int], item: Found) -> bool:
    """Say whether a row goes on the sentence of a row before it (`found that A, and that B: C`), no stop between."""
    between = text[span[0]:item.span[0]]
    return span[0] < item.span[0] and "\n" not in between and ". " not in between


def sentence_start(text: str, at: int) -> int:
    """Return where the sentence or line holding an offset starts (after the last full stop or line break)."""
    return max(text.rfind(".", 0, at) + 1, line_start(text, at))
