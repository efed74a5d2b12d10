"""14a: a post's place or portfolio run into the name after it with no comma (`member for Eastgate South Tomas Brenning
said`, `Cabinet Member for Roads and Bridges Hannah Quist said`, `Minister in the Presidency Lerato Vhengani will`,
wave 45f): where the person's name starts in the run."""
from __future__ import annotations

import re

from .vocabulary import ROLES, VOICE_ROLES

_POST_FOR_RE = re.compile(r"\b(?P<post>[A-Za-z]+)[ \t]+(?:for|in[ \t]+the)[ \t]+")
"""A post and `for` or `in the` (`member for `, `Secretary for `, `Minister in the `, wave 45f): the place, portfolio or
office it holds comes next."""
_NAME_WORD_RE = re.compile(r"[A-Z][a-z\u00c0-\u024f'\u2019\-]+(?:-[A-Z][a-z\u00c0-\u024f'\u2019]+)?")
"""A name's word: a capital, then lower-case letters (never `TD`, `MP`), maybe a second capitalised part after a hyphen
(`Ilunga-Marr`, wave 45f)."""
NAME_WORDS = 2
"""How many words of the run's end are read as the person's name."""


def post_place_name_at(text: str, start: int, end: int) -> int:
    """Return where the person's name starts in the run text[start:end] when a post with `for` opens its place right
    before or inside it and at least one place word stands before the name's two words, else -1."""
    if text.find(" for ", max(0, start - 40), end) < 0 and text.find(" in the ", max(0, start - 40), end) < 0:
        return -1  # the common case: no `for` nor `in the` near the run
    post = None
    for post in _POST_FOR_RE.finditer(text, max(0, start - 40), end):
        pass
    if post is None or post.group("post").lower() not in ROLES or post.group("post").lower() in VOICE_ROLES \
            or post.end() > end:
        return -1  # "a spokesman for Mary Ann Lee": a voice speaks for the whole name
    place = text[post.end():end].replace(",", " ").split()  # from the post's `for` to the run's end
    if len(place) < NAME_WORDS + 1 or not all(w[:1].isupper() or w == "and" for w in place):
        return -1
    if text[end:end + 1] != " " or not text[end + 1:end + 2].islower():
        return -1  # the run must end where a verb follows (`... Hannah Quist said`)
    name = place[-NAME_WORDS:]
    if not all(_NAME_WORD_RE.fullmatch(w) for w in name):
        return -1  # "Declan Furlong TD": a post-nominal ends the run, no name's two words
    if text[start - 2:start] == ", " and len(text[start:end].split()) < NAME_WORDS + 2:
        return -1  # "Minister for Sport, Mary Ann Roe said": a name of three words set off by a comma
    joined = " ".join(name)
    return end - len(joined) if text[start:end].endswith(joined) else -1


_POST_IN_THE_RE = re.compile(r"\b(?P<post>[A-Za-z]+)[ \t]+in[ \t]+the[ \t]+\Z")
"""A post and `in the` right before a run (`Minister in the `): the run opens on the office the post is held in."""


def after_post_in_the(text: str, start: int) -> bool:
    """Say whether a run at `start` follows a post and `in the` (`Minister in the Presidency Lerato Vhengani`): its
    opening words are the post's office, never the person's name, however the run was read (wave 45f)."""
    post = _POST_IN_THE_RE.search(text, max(0, start - 40), start)
    return post is not None and post.group("post").lower() in ROLES
