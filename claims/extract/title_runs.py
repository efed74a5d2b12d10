"""Capitalised runs that are titles, never a speaker's name: a headline's words, known by a capitalised verb after a name (`Jo
Roe Secures Deal`), and a publication's title standing before its document's noun (`the Cold Homes report`, `the
charity's annual Winter Count survey`), which read as a person's name."""

from __future__ import annotations

import re

from .vocabulary import DOCUMENT_NOUNS, ORG_HEADS, load_words

HEADLINE_VERBS = load_words("headline_verbs")
"""Verbs a title-case headline writes with a capital after a name: `Secures`, `Welcomes`."""
_CAPITALISED_VERBS: frozenset[str] = frozenset(f(w) for w in HEADLINE_VERBS for f in (str.title, str.upper))
"""`HEADLINE_VERBS` as a headline writes them (`Secures`, `SECURES`): a set test before the words are read."""
_NOUN_AFTER_RE = re.compile(r"[ \t]+([a-z]+)\b")
"""The lower-case word right after a run: `report` of `the Cold Homes report`."""
_DETERMINED_RE = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)|[A-Za-z]['\u2019]s?|s['\u2019])[ \t]+(?:[a-z]+[ \t]+){0,3}$")
"""A determiner or a possessive, maybe with lower-case words, right before a run: `the `, `the charity's new `."""
_LOOK_BACK = 60
"""How far before a run its determiner or possessive may start."""


def is_headline_run(words: list[str]) -> bool:
    """Say whether a run holds a headline's capitalised verb after its first word (`AG Jo Roe Secures Deal`): a
    headline's words, never a speaker's name (a headline is no speaker); not a body's name whose head follows the
    word at once (`The Opens Trust`)."""
    if _CAPITALISED_VERBS.isdisjoint(words):
        return False  # the common case, tested at once
    last = len(words) - 2 if words[-1].lower() in ORG_HEADS else len(words)
    return any(i and i != last and w[:1].isupper() and w.lower() in HEADLINE_VERBS for i, w in enumerate(words))


def titles_a_document(text: str, start: int, end: int) -> bool:
    """Say whether the run at text[start:end] stands between a determiner and a document's singular noun (`the Cold
    Homes report`); `Jo Roe reports that` is a person and a verb."""
    after = _NOUN_AFTER_RE.match(text, end)
    if after is None or after.group(1) not in DOCUMENT_NOUNS or after.group(1).endswith("s"):
        return False
    return _DETERMINED_RE.search(text, max(0, start - _LOOK_BACK), start) is not None
