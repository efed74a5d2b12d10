"""A name read as a person's that the text writes right after `the` is a body's (wave 28e): `while the Civic Liberals
said`, `The Pellingford Independents, whose members`, `the owners of the Brackenholt Estate padlocked`, `a survey by the
Nonprofit Compensation Exchange.` A name of two to four capitalised words with no head noun that says body reads like
a person's, but a person's name never takes an article. The name counts only where the article's phrase ends with it:
punctuation, or a verb after it (a cue, an auxiliary, a past form in `-ed`); `the Ellen Marsh award` is something
named after a person. A post read as a name (`The Night-Time Economy Adviser`), a name opening on a title or an
honorific, and a name the text treats as a person's (`Ms Lark`, `Lark said`: `misread_bodies.never_a_person`) stay
people.
"""
from __future__ import annotations

import re

from ..entities import is_post_noun
from ..misread_bodies import never_a_person
from ..vocabulary import CUE_VERBS, FINITE_WORDS, ROLES, is_word_character

_AFTER_RE = re.compile(r"[ \t]*(?:[,.;:)!?\n]|$|(?P<word>[a-z]+)\b)")
"""What follows a name: punctuation, the end, or a lower-case word."""


def named_with_article(text: str, name: str) -> bool:
    """Say whether a name read as a person's is written somewhere right after `the` closing the article's phrase, and
    is no post nor a name the text treats as a person's: a body's."""
    if "he " + name not in text:
        return False  # never after `the` or `The` (the cheap test first: most names are not)
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(word[:1].isupper() for word in words) or _titled(words):
        return False
    if any(_phrase_ends(text, end) for end in ends_after_article(text, name)):
        return never_a_person(text, name)
    return False


_WORD_EDGE_CHARACTERS = "'\u2019-"
"""Characters beside letters, digits and `_` that join a name to what stands next to it (`Acme's`, `Acme-owned`)."""


def ends_after_article(text: str, name: str) -> list[int]:
    """Return where each place the text writes a name right after `the` ends, the name a whole word (what
    `(?<![\\w'\u2019-])[Tt]he[ \\t]+NAME(?![\\w'\u2019-])` finds, with no pattern built for the name)."""
    ends: list[int] = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not _joins(text[end:end + 1]) and _article_before(text, at):
            ends.append(end)
        at = text.find(name, at + 1)
    return ends


def _article_before(text: str, at: int) -> bool:
    """Say whether `the` or `The`, a word of its own, then spaces or tabs stand right before text[at]."""
    spaces = at
    while spaces and text[spaces - 1] in " \t":
        spaces -= 1
    return spaces < at and spaces >= 3 and text[spaces - 3:spaces] in ("the", "The") \
        and not _joins(text[spaces - 4:spaces - 3])


def _joins(character: str) -> bool:
    """Say whether a character (or none, at a text's edge) joins a word to its neighbour: a letter or digit of any
    script, `_`, an apostrophe or a hyphen (what the pattern engine's `[\\w'\u2019-]` matches)."""
    return bool(character) and (is_word_character(character) or character in _WORD_EDGE_CHARACTERS)


def _titled(words: list[str]) -> bool:
    """Say whether a name opens on a title or an honorific, or ends on a post (`Economy Adviser`)."""
    first, last = words[0].lower().rstrip("."), words[-1].lower()
    return first in ROLES or last in ROLES or is_post_noun(words[-1])


def _phrase_ends(text: str, end: int) -> bool:
    """Say whether the article's phrase ends with the name: punctuation, the end, or a verb right after it."""
    after = _AFTER_RE.match(text, end)
    if after is None:
        return False
    word = after.group("word")
    return word is None or word in CUE_VERBS or word in FINITE_WORDS or word.endswith("ed")
