"""A bare data noun that names again the document just before it (wave 58h): `The ONS have today released their crime
statistics. The stats show A`, `Latest figures show B. ... the statistics also show C`, `The figures held the
results of a survey ... The data showed D`. `The data` (a definite article, plain modifiers and a noun of data
or results, no owner of its own) is a short reference to the nearest document named before it in its own paragraph or
the one before, and speaks as that document does: its maker when the text names one, else its own words. Two
documents there whose makers differ leave the owner untold (unresolved); no document there leaves it to the other
readers, and so does an owner they found (`the figures` after `figures published by X`, 25g's `the report`), unless
that owner is a body and another body made the nearest document (`A said B. X published its fares report. The figures
show`: X's, not A's, the body in focus; wave 63x)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ...model import BODY_KINDS
from ..entities import find_mentions
from ..text import line_start
from ..vocabulary import DOCUMENT_NOUNS, load_words

from .context import Who
from .words import PUBLISHED_ACTIVE_RE

BARE_DATA_NOUNS: frozenset[str] = load_words("bare_data_nouns")
"""Nouns of data or results that point back to a document (`the data`, `the stats`; `data/bare_data_nouns.txt`)."""
_BARE_RE = re.compile(r"(?:^|(?<=[,;:])|(?<=\band)|(?<=\bbut)|(?<=\byesterday)|(?<=\btoday))[ \t]*[Tt]he"
                      r"(?P<mods>(?:[ \t]+[a-z]+){0,2}?)[ \t]+(?P<noun>%s)(?:[ \t]+(?:also|further|now))?[ \t]*$"
                      % "|".join(sorted(BARE_DATA_NOUNS)))
"""A speaker region that ends in `the`, at most two lower-case words and a data noun (`The stats`, `the latest
figures also`), opening the region or a clause of it (after a comma, `and`, `but`, a fronted `yesterday`)."""
_DOCUMENT_RE = re.compile(r"\b(?:%s)\b" % "|".join(sorted(DOCUMENT_NOUNS | BARE_DATA_NOUNS, key=len, reverse=True)))
"""A document's or a data noun anywhere before the bare one."""
_NOUN_PHRASE_START_RE = re.compile(r"(?:(?<![^\n])|[.;:!?\n(]|\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|of|from|on)\b)"
                                   r"[ \t]*(?=[^.;:!?\n(]*$)")
"""Where a document's noun phrase starts: after its determiner, a preposition, a sentence's start or its line's (a
search from a line's start sees the break before it)."""
_MAKER_TAIL_RE = re.compile(r"(?:,?[ \t]+[a-z]+ed(?:[ \t]+[a-z]+)?)?[ \t]+(?:by|from)[ \t]+[^.,;:\n]{2,80}?"
                            r"(?=[ \t]+(?:show|shows|showed|has|have|had|is|was|were|found|reveal|reveals)\b|[.,;:\n])")
"""A maker named after the noun (`figures released by the Office of National Statistics`, `an analysis by X`,
`figures from the charity`)."""
_DETERMINERS = ("the", "a", "an", "their", "its", "his", "her")
"""Words that open a document's noun phrase."""

Resolve = Callable[[int, int], "Who | None"]
"""Reads who a region of the text names (`regions._region_speaker` over it)."""


def bare_data_start(text: str, start: int, end: int) -> int | None:
    """Return where a region's bare data noun starts (`The stats`, `, the statistics also`), else None."""
    region = text[start:end]
    if not any(word in BARE_DATA_NOUNS for word in region.split()[-2:]):
        return None  # no data noun last, nor before a last `also` (the cheap test before the pattern)
    found = _BARE_RE.search(region)
    if found is None or any(w in _DETERMINERS for w in found.group("mods").split()):
        return None
    return start + found.start() + len(found.group(0)) - len(found.group(0).lstrip(" \t"))


def bare_reading(who: Who, text: str, start: int, end: int) -> bool:
    """Say whether the other readers left a bare data noun as only its own words (`The stats`, unresolved or a
    document): the one reading this module may replace, never an owner they found (`the figures` after `figures
    published by X`)."""
    at = bare_data_start(text, start, end)
    return at is not None and (who.kind == "unresolved" or who.kind == "document"
                               and who.name.lower() == " ".join(text[at:end].lower().split()[:len(who.name.split())]))


def nearer_maker(who: Who, nearest: Who | None) -> bool:
    """Say whether the body that made the document named just before a bare data noun should speak for it over the
    body the other readers found (`A said B. X published its fares report. The figures show`: X, never A, the body
    in focus; wave 63x): both bodies, and neither name within the other (`the Department of Justice, Home Affairs and
    Migration` read to its comma is that body still)."""
    return nearest is not None and nearest.kind in BODY_KINDS and _another_body(who, nearest.name)


def published_nearer(who: Who, text: str, start: int, end: int) -> bool:
    """Say whether a bare data noun the other readers gave a body (the body in focus) follows a document another body
    published just before (`A said B. X published its fares report. The figures show`), read from the words alone:
    the cheap test before the document is read as `nearest_document` reads it (wave 63x)."""
    if who.kind not in BODY_KINDS:
        return False
    maker = nearest_publisher(text, start, end)
    return maker is not None and _another_body(who, maker)


def _another_body(who: Who, name: str) -> bool:
    """Say whether a body speaker and a name are two bodies: neither name within the other."""
    return who.kind in BODY_KINDS and name not in who.name and who.name not in name


def previous_paragraph_start(text: str, at: int) -> int:
    """Return where the paragraph before the one holding an offset starts (its line, blank lines skipped)."""
    here = line_start(text, at) - 1
    if here < 0:
        return 0
    while here > 0 and text[here - 1] in "\n \t":
        here -= 1  # blank lines and the spaces ending the paragraph before
    return line_start(text, here)


_CLAUSE_CUTS = (". ", ", and ", "; ")
"""Marks after which a clause starts inside a line."""


def _clause_start(text: str, line: int, at: int) -> int:
    """Return where the clause holding an offset starts: its line's start, or after the last `. `, `, and ` or `; `
    between the line's start and the offset."""
    cuts = [text.rfind(mark, line, at) for mark in _CLAUSE_CUTS]
    return max([line] + [cut + len(mark) for cut, mark in zip(cuts, _CLAUSE_CUTS) if cut >= 0])


def _noun_phrases(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the (start, end) of each document's noun phrase between two offsets, last noun of a run only, with a
    maker named after it."""
    phrases: list[tuple[int, int]] = []
    for noun in _DOCUMENT_RE.finditer(text, start, end):
        if _DOCUMENT_RE.match(text, noun.end() + 1) and text[noun.end():noun.end() + 1] == " ":
            continue  # "research report": the report, its last noun
        line = line_start(text, noun.start())
        opening = list(_NOUN_PHRASE_START_RE.finditer(text, max(line, noun.start() - 80), noun.start()))
        phrase_start = opening[-1].start() if opening else noun.start()
        while text[phrase_start:phrase_start + 1] in ".;:!?\n( \t" and phrase_start < noun.start():
            phrase_start += 1
        first = text[phrase_start:noun.start()].split()[:1]
        if first and first[0].lower() in ("of", "from", "on"):
            phrase_start = text.index(first[0], phrase_start) + len(first[0]) + 1
        if text[phrase_start:noun.start()].split()[:1] in (["its"], ["their"], ["Its"], ["Their"]):
            phrase_start = _clause_start(text, line, phrase_start)  # "X released their figures": X's, read whole
        tail = _MAKER_TAIL_RE.match(text, noun.end(), end)
        phrases.append((phrase_start, tail.end() if tail is not None else noun.end()))
    return phrases


def nearest_publisher(text: str, start: int, end: int) -> str | None:
    """Return the body the text says published the nearest document before a region that is a bare data noun, in
    its paragraph or the one before (`X published its fares report. The figures show`: X), read from the words alone
    (no name registered); else None (wave 63x)."""
    at = bare_data_start(text, start, end)
    phrases = _documents_before(text, at) if at is not None else []
    found = PUBLISHED_ACTIVE_RE.search(text, *phrases[0]) if phrases else None
    if found is None:
        return None
    bodies = [m for m in find_mentions(text, *found.span("org")) if m.kind == "org"]
    return bodies[-1].name if bodies and bodies[-1].end == found.end("org") else None


def _documents_before(text: str, at: int) -> list[tuple[int, int]]:
    """Return the document phrases before a bare data noun starting at `at`, nearest first, in its paragraph or the
    one before, another bare one left out."""
    sentence = max(text.rfind(". ", 0, at) + 2, line_start(text, at))
    return [(phrase_start, phrase_end) for phrase_start, phrase_end
            in reversed(_noun_phrases(text, previous_paragraph_start(text, at), sentence))
            if bare_data_start(text, phrase_start, phrase_end) is None or phrase_end - phrase_start >= 30]


def nearest_document(text: str, start: int, end: int, resolve: Resolve) -> Who | None:
    """Return the speaker of the nearest document named before a region that is a bare data noun (`The data`), in
    its paragraph or the one before: its maker or its words; unresolved when two such documents' makers differ."""
    at = bare_data_start(text, start, end)
    if at is None:
        return None
    speakers = []
    for phrase_start, phrase_end in _documents_before(text, at):  # another bare `The figures` has none
        who = resolve(phrase_start, phrase_end)
        if who is not None and who.kind != "unresolved":
            speakers.append(who)
    if not speakers:
        return None
    makers = {who.name for who in speakers if who.kind != "document"}
    nearest = speakers[0]
    if len(makers) > 1:
        return Who(text[at:end].strip(" \t,"), "unresolved", at)  # "The stats\tshow": no tab kept (round 64m)
    return Who(nearest.name, nearest.kind, at)
