"""A cue that shares its subject with an earlier verb (`X analysed NHS data for 140 hospitals and found that`): the
names inside the first verb's object are what X worked on, never who speaks; the subject ends before that verb."""
from __future__ import annotations

import re

from ..vocabulary import IRREGULAR_PAST, ORG_REFERENCES, without_possessive

from .words import COMMON_NOUNS

_AND_END_RE = re.compile(r",?\s(?:and|then|and\s+then|but)\s*$")
"""`... and` (or `, but`, wave 42d) right before the cue: the cue is the second verb of one subject."""
_ACRONYM_BRACKETS_RE = re.compile(r"\([A-Z][A-Z&]{1,7}\)")
"""A body's letters in brackets inside a first predicate's object (`Z's Relief Fund (ZRF)`): no end of the predicate."""
_PAST_RE = re.compile(r"(?<=[\s,])(?P<verb>[a-z]{3,}ed|%s)(?=\s)" % "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True)))
"""A lower-case verb in the past (`analysed`, `surveyed`, `took`) that may open the first predicate."""
_STOP_RE = re.compile(r",\s|[;:()\"\u201c\u201d]")
"""Punctuation the first predicate never spans: a comma sets off an aside (a figure's comma, `6,300`, does not)."""
_NOT_PREDICATES: frozenset[str] = frozenset("published released issued commissioned produced compiled based called named "
                                            "led funded owned run operated backed appointed".split())
"""Participles that describe the name before them (`a study published by X and`), never open a predicate."""
_MAX_PREDICATE_CHARS = 180
"""The first predicate is a verb and its object: longer, the sentence is read too loosely to cut."""


def subject_end(text: str, start: int, end: int) -> int:
    """Return where the subject of a cue ends when the cue's verb is the second of one subject (`X, a charity,
    analysed NHS data and found`): the start of the first verb; else `end`, the region unchanged."""
    if end - start < 12 or text.find("and", end - 9, end) < 0 and text.find("then", end - 9, end) < 0 \
            and text.find("but", end - 9, end) < 0:
        return end  # no `and` right before the cue: the cheap test first, most cues follow their subject straight
    tail = _AND_END_RE.search(text, max(start, end - 12), end)
    if tail is None:
        return end  # most cues follow their subject straight: nothing to cut
    low = max(start, tail.start() - _MAX_PREDICATE_CHARS)
    cut = next((m for m in _PAST_RE.finditer(text, low, tail.start())
                if m.group("verb") not in _NOT_PREDICATES and _one_predicate(text, m.start(), tail.start())), None)
    if cut is None or not _names_before(text, start, cut.start()) or not _names_in(text, cut.end(), tail.start()):
        return end  # no subject named before the verb, or no name inside the object to mislead
    return cut.start()


_SET_OFF_VERB_RE = re.compile(r",\s+(?:[a-z]{3,}ed|%s)\s" % "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True)))
"""A past verb right after a comma (`Jo Roe, general secretary of X, called ...`): the predicate after an apposition."""
_MAX_SET_OFF_CHARS = 400
"""How far before the cue a predicate after an apposition may start."""


def set_off_subject_end(text: str, start: int, end: int) -> int | None:
    """Return where the subject ends when a cue after `and` or `but` is the second verb of a subject set off by an
    apposition (`Jo Roe, general secretary of the X Union, called the profits "obscene", and said`, `Jo Roe, officer at
    the X Council, welcomed the figures, but said`): before the first past verb right after a comma, however long its
    predicate; None when the cue follows no `and` nor `but`, or no such verb comes after a named subject and its
    apposition."""
    if end - start < 12 or text.find("and", max(start, end - 9), end) < 0 \
            and text.find("but", max(start, end - 9), end) < 0:
        return None  # the cheap test first: most cues follow their subject straight; `, but said` too (wave 53d)
    tail = _AND_END_RE.search(text, max(start, end - 12), end)
    if tail is None:
        return None
    low = max(start, tail.start() - _MAX_SET_OFF_CHARS)
    verb = _SET_OFF_VERB_RE.search(text, low, tail.start())
    if verb is None or low > start or text.find(",", start, verb.start()) < 0 \
            or not text[start:start + 1].isupper():
        return None  # no apposition before the verb, or the sentence opens on no name
    return verb.start()


def _one_predicate(text: str, start: int, end: int) -> bool:
    """Say whether text[start:end] holds no punctuation that ends a predicate."""
    return _STOP_RE.search(_ACRONYM_BRACKETS_RE.sub(lambda m: " " * len(m.group()), text[start:end])) is None


def _names_in(text: str, start: int, end: int) -> bool:
    """Say whether text[start:end] names a body or a person (`Kelmont Council`), not only a date (`in June 2025`), or
    refers to a body after `the` (`talks with the hospital board`, wave 42a)."""
    words = text[start:end].split()
    return any(word[:1].isupper() and bare_word(word) not in COMMON_NOUNS for word in words) \
        or any(bare_word(word) in ORG_REFERENCES and "the" in words[max(0, at - 2):at] for at, word in enumerate(words))


def bare_word(word: str) -> str:
    """Return a word in lower case without its closing punctuation or possessive `'s`."""
    return without_possessive(word.lower().rstrip(".,"))


def _names_before(text: str, start: int, end: int) -> bool:
    """Say whether text[start:end] holds a capitalised word: a name, a subject to keep or an object to cut."""
    return any(word[:1].isupper() for word in text[start:end].split())


_MAX_SUBJECT_WORDS = 6
"""A subject the extractor cannot name is kept in its own words only when it is this short."""


def subject_words(text: str, start: int, cut: int) -> str | None:
    """Return the words of a subject no name resolves (`Network Southbridge visited X and said`): the last clause
    before the first verb when it opens with a capital and is short, else None."""
    clause = re.split(r",\s", text[start:cut].strip())[-1].strip()
    words = clause.split()
    return clause if words and len(words) <= _MAX_SUBJECT_WORDS and clause[:1].isupper() else None
