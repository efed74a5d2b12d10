"""The maker the next sentence names for a document the text first names without one (`A survey released this morning
has found A.` / `The survey in May of 300 groups, conducted by X, shows B.`; `The largest survey of charities reveals
A.` / `The Y report, published today by X, reveals B.`; `according to the latest data.` / `... an analysis by X.`): a
document row the other readers left as the document (`document_makers`, which match a maker to a document of the same
noun) speaks for the body the sentence after its first row names after a document's noun and a participle of making
it, or after the noun's bare `by`, as the guide's "the trust's annual report shows" is the trust's (wave 57p: real
pages gave the document where the text names its maker a sentence away, in three of eighteen sets). The maker speaks
whoever the work was done for or commissioned by (`subject_makers`, wave 54a). Two makers named there: the
document's owner is not told (unresolved); none, or another named later in that sentence's paragraph: the document
speaks as itself."""
from __future__ import annotations

import re

from ..entities import Mention, find_mentions
from ..speakers.words import SENTENCE_END_RE
from ..text import line_end
from ..vocabulary import NUMBER_WORDS, RECORDED_DATA_HEADS, verb_alternation
from .records import Found
from .subject_makers import MADE_HEADS, MAKING_VERBS, maker_kind, sentence_start

DATA_HEADS: frozenset[str] = RECORDED_DATA_HEADS
"""Data a body records and gives out (`figures`, `data`, `statistics`): a maker named after them only (48d)."""
_NOUNS = "|".join(sorted(MADE_HEADS | DATA_HEADS, key=len, reverse=True))
MAKER_RE = re.compile(r"\b(?i:%s)\b(?:[^.;:\n]{0,60}?[ \t,]+(?:%s)\b(?:[ \t]+[A-Za-z]+)?|,?)[ \t]+by[ \t]+"
                      % (_NOUNS, verb_alternation(MAKING_VERBS)))
"""A document's noun, at most sixty characters of what it covers or when it came out, a making participle and at most
one word of when (`report, published today by `, `survey in April of 297 groups conducted by `), or the noun's bare
`by` (`an analysis by `): the maker's name follows."""
_OWN_MAKER_RE = re.compile(r"\b(?:%s)[ \t]+by[ \t]" % verb_alternation(MAKING_VERBS))
"""A maker named in the row's own sentence (`The report, Fair Play, was led by X`): that sentence's readers decide."""
_ONE_OF_RE = re.compile(r"\bone[ \t]+of\b|\b(?:of|among)[ \t]+(?:the[ \t]+)?(?:\d+|%s|several|many)[ \t]+[a-z]+s\b"
                        % "|".join(sorted(NUMBER_WORDS)))
"""A document named as one of several (`the first of three studies published this week`, `one of the reports`): a
maker named next may have made another of them."""
_MAKER_SPAN = 80
"""How far after `by` the maker's name is read."""
_THE = "the "
"""What may open a maker's name after `by` and stand outside it (`by the Charities Aid Foundation`)."""


def next_sentence(text: str, at: int) -> tuple[int, int] | None:
    """Return the span of the sentence after the one holding `at` (in the same paragraph, or opening the next one);
    None when the text ends first."""
    stop = SENTENCE_END_RE.search(text, at)
    line = text.find("\n", at)
    start = stop.end() if stop is not None and (line < 0 or stop.start() < line) else line
    if start < 0:
        return None
    start = len(text) - len(text[start:].lstrip())
    if start >= len(text):
        return None
    after = SENTENCE_END_RE.search(text, start)
    line = text.find("\n", start)
    stops = [end for end in (after.start() + 1 if after is not None else -1, line) if end >= 0]
    return start, min(stops) if stops else len(text)


def _body_at(text: str, at: int, stop: int) -> Mention | None:
    """Return the body whose name starts at a position (after `the `, if it opens there), else None."""
    found = find_mentions(text, at, min(stop, at + _MAKER_SPAN))
    opening = at + len(_THE) if text[at:at + len(_THE)].lower() == _THE else at
    if found and found[0].start in (at, opening) and found[0].kind == "org" and not found[0].possessive:
        return found[0]
    return None


def next_makers(text: str, at: int) -> list[Mention]:
    """Return the bodies the sentence after the one holding `at` names as a document's makers, each name once, in
    their order; none when the sentence holding `at` names a maker itself, or when the rest of that next sentence's
    paragraph names another maker (two producers: which made the document is not told)."""
    span = next_sentence(text, at)
    if span is None or " by " not in text[span[0]:span[1]] \
            or _OWN_MAKER_RE.search(text, sentence_start(text, at), span[0]) is not None:
        return []  # no `by` next, or a maker named in the row's own sentence
    makers = _makers_in(text, span)
    rest = (span[1], line_end(text, span[1]))
    if any(later.name not in {maker.name for maker in makers} for later in _makers_in(text, rest)):
        return []  # "A study by X covered 300 farms. An analysis by Y covered 80.": two producers, none told (wave 13)
    return [maker for index, maker in enumerate(makers) if all(m.name != maker.name for m in makers[:index])]


def _makers_in(text: str, span: tuple[int, int]) -> list[Mention]:
    """Return the bodies a stretch names as a document's makers (after the noun's participle or its bare `by`)."""
    return [maker for match in MAKER_RE.finditer(text, *span)
            if (maker := _body_at(text, match.end(), span[1])) is not None]


def with_next_makers(text: str, found: list[Found]) -> list[Found]:
    """Return the rows with each document speaker made the one maker the sentence after its first row names, or
    unresolved when that sentence names two parties; the others, and a document named as one of several, unchanged."""
    firsts: dict[str, int] = {}
    for item in found:
        if item.kind == "document" and _ONE_OF_RE.search(item.speaker) is None:
            firsts.setdefault(item.speaker, item.span[0])
    if not firsts:
        return found
    makers = {speaker: next_makers(text, at) for speaker, at in firsts.items()}
    rows = []
    for item in found:
        named = makers.get(item.speaker, []) if item.kind == "document" else []
        if len(named) == 1:
            item = item._replace(speaker=named[0].name, kind=maker_kind(named[0]))
        elif named:
            item = item._replace(kind="unresolved")
        rows.append(item)
    return rows
