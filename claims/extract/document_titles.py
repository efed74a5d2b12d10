"""A document's title whose last capitalised words read as a party (wave 43d): the name reader cuts a title at its
lower-case joining words (`data/title_joiners.txt`), so `the Guild's annual State of the Trade report` left `Trade`,
and `The guidance, Working Safely on Tidal Crossings, advises` left `Tidal Crossings`, a body that then spoke for the
document. A name is none when it ends such a title: cut at a joining word after capitalised words, and either
before a document's noun after an owner's possessive or a determiner, or set off by commas right after a document's
noun that opens its sentence, or named there by `titled`, `entitled` or `called` (`The report, titled Behind Doors,
found`); `data/titled_document_nouns.txt` adds the nouns such a title follows."""
from __future__ import annotations

import re

from .owned_unit_names import after_possessive, closes_on_document
from .vocabulary import DOCUMENT_NOUNS, PUBLISHER_PARTICIPLES, TITLE_JOINERS, load_words

_PUBLISHING: frozenset[str] = PUBLISHER_PARTICIPLES
"""Participles of a document coming out (`published`, `released`): an aside after its title (`, published today,`)."""
_JOINERS: frozenset[str] = TITLE_JOINERS
"""Lower-case words joining a title's capitalised words (`of`, `the`, `on`)."""
_TITLED_NOUNS: frozenset[str] = DOCUMENT_NOUNS | load_words("titled_document_nouns")
"""A document's nouns a title may follow in commas (`report`, `guidance`)."""
_OPENERS: frozenset[str] = frozenset({"The", "A", "An", "Its", "Their", "Our"})
"""Capitalised determiners opening a sentence before a title, never its word."""
_REACH = 80
"""How far before a name its title's opening words are read."""
_DETERMINER_RE = re.compile(r"(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)[ \t]+(?:[a-z]+[ \t]+){0,2}$")
"""A determiner before a title, a lower-case word or two between at most (`the latest `)."""
_APPOSED_RE = re.compile(r"(?:^|[.?!:]\s+|\n)(?:The|Its|Their|Our|This|[A-Z][\w'\u2019-]*['\u2019]s)[ \t]+"
                         r"(?:[\w'\u2019-]+[ \t]+){0,3}?(?P<noun>[a-z]+),[ \t]+(?P<named>(?:titled|entitled|called)[ \t]+)?$")
"""A sentence's subject that is a document, then the comma that sets its title off (`The board's new plan, `), maybe
with the word that names it (`The group's report, titled `)."""
_CLOSE_RE = re.compile(r"[^,.;:\n]*,[ \t]+[a-z]")
"""The rest of a title set off by commas, up to the comma and the lower-case verb after it (`..., advises`)."""


def ends_document_title(text: str, start: int, end: int) -> bool:
    """Say whether the name text[start:end] is in a document's title (`State of the |Trade| report`, `The guidance,
    |Working Safely| on |Tidal Crossings|, advises`): no party."""
    title = title_words_start(text, start)
    if title >= 0 and closes_on_document(text, end):
        before = text[max(0, title - _REACH):title]
        return after_possessive(text, title) or _DETERMINER_RE.search(before) is not None
    return _in_apposed_title(text, start if title < 0 else title, end)


def title_words_start(text: str, start: int) -> int:
    """Return where a title's first capitalised word starts when capitalised words and then joining words stand
    right before `start` (`State of the |`), else -1."""
    words = text[max(0, start - _REACH):start].split(" ")
    if len(words) < 3 or words[-1] != "" or words[-2] not in _JOINERS:
        return -1  # the common case: no joining word right before the name
    at, first = start - 1, -1
    for word in reversed(words[:-1]):
        if word in _OPENERS or not (word in _JOINERS or word[:1].isupper()):
            break  # "The State of the": the determiner before the title; "annual": no title word
        at -= len(word) + 1
        if word[:1].isupper():
            first = at + 1
    return first


def _in_apposed_title(text: str, start: int, end: int) -> bool:
    """Say whether text[start:end] opens a title set off by commas after a document's noun that opens its sentence,
    the title holding a joining word (`The guidance, |Working Safely| on Tidal Crossings, advises`) or the noun heading
    its subject (`The report, |Charity Lane II|, published today, outlines`, wave 57e)."""
    if text[start - 2:start] != ", " and not text.endswith(_NAMING, 0, start):
        return False  # the common case: no comma nor naming word right before
    apposed = _APPOSED_RE.search(text, max(0, start - _REACH), start)
    if apposed is None or apposed.group("noun") not in _TITLED_NOUNS:
        return False
    close = _CLOSE_RE.match(text, end)
    if close is None:
        return False
    words = (text[start:end] + text[end:close.end() - 1].rstrip(", \t")).split()
    return all(w in _JOINERS or w[:1].isupper() or w[:1].isdigit() for w in words) \
        and (apposed.group("named") is not None or not _JOINERS.isdisjoint(words) or _headed_by_noun(apposed))


def _headed_by_noun(apposed: re.Match[str]) -> bool:
    """Say whether the document's noun before a title's comma heads its subject, no joining word before it (`The
    report, |Charity Lane II|, published today,`), never one inside a post (`Its head of policy, Jo Roe,`): a title
    with no joining word of its own then stands set off alone (wave 57e)."""
    words = apposed.group().split()[1:-1]
    return _JOINERS.isdisjoint(words)


_NAMING: tuple[str, ...] = ("titled ", "entitled ", "called ")
"""The words naming a title set off by commas (`, titled Behind the Door,`)."""
_TITLE_ASIDE_RE = re.compile(r",[ \t]+(?:(?:titled|entitled|called)[ \t]+)?(?P<title>[A-Z][^,.;:!?\n]{0,120}?),"
                             r"(?:[ \t]+(?:%s)\b[^,.;:!?\n]{0,40},)?[ \t]*\Z" % "|".join(sorted(_PUBLISHING)))
"""A title set off by commas right before a cue (`, Working Safely on Tidal Crossings, `), maybe with when it came out
set off after it (`, Charity Lane II, published today, `, wave 57e); `\\Z` is the region's end."""


def title_aside_start(text: str, start: int, end: int) -> int | None:
    """Return where a document's title set off by commas between the document and its cue opens (`The guidance|,
    Working Safely on Tidal Crossings, advises`), so that the document is the subject, else None."""
    if text[start:end].rstrip()[-1:] != ",":
        return None  # the common case: no comma right before the verb
    aside = _TITLE_ASIDE_RE.search(text, max(start, end - _REACH - 60), end)
    if aside is None or not _in_apposed_title(text, aside.start("title"), aside.start("title")):
        return None
    return aside.start()
