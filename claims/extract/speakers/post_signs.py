"""A speaker read as a person's name whom the text gives a body's post (wave 56b): the text writes a spokesperson's or
a chief executive's noun right after the name (`Welland Valley Steel spokeswoman`, `Tessaly Mills chief executive`),
or a spokesperson `from` it (`A spokesperson from Hafren Dyfrdwy defended`), so the name is a body's; a person's has
no spokesperson from it. Read for a row once the text is read: who speaks stays as the rules read it, only the kind
moves; a name a known given name opens (`given_people`) stays a person's."""
from __future__ import annotations

import re

from ..given_people import opens_on_given_name
from ..text_caches import per_text
from ..vocabulary import CASELESS_FORMS, load_words

BODY_POST_NOUNS: frozenset[str] = load_words("body_post_nouns")
"""Posts of a body's people written after its name (`spokeswoman`, `chief executive`)."""
SPOKESPEOPLE: frozenset[str] = frozenset(noun for noun in BODY_POST_NOUNS if noun.startswith("spokes"))
"""The posts written before `from` and the body's name (`a spokesperson from X`)."""
_POSTS = "|".join(sorted(BODY_POST_NOUNS, key=len, reverse=True))
NAMES_KEPT = 256
"""How many texts and names `shown_with_post` keeps its answer for."""


def kind_by_posts(text: str, name: str, kind: str) -> str:
    """Return `organisation` for a row of a name read as a person's that the text gives a body's post, else the kind
    as it was."""
    return "organisation" if kind == "person" and shown_with_post(text, name) else kind


@per_text(NAMES_KEPT)
def shown_with_post(text: str, name: str) -> bool:
    """Say whether the text writes a body's post right after a name of two words or more (`X spokeswoman`) or a
    spokesperson from it (`a spokesperson from X`), the name opening on no known given name."""
    if len(name.split()) < 2 or opens_on_given_name(name):
        return False
    post_at, name_at = post_places(text)
    return any(text.endswith(name, 0, end) and _opens_name(text, end - len(name)) for end in post_at) \
        or any(text.startswith(name, start) and _closes_name(text, start + len(name)) for start in name_at)


_POST_AFTER_RE = re.compile(rf"\s(?=\s*(?i:{_POSTS})\b)")
"""Where a body's post follows, after white space (` spokeswoman`, ` chief executive`): any place a name may end (the
match's start; its first space is written first, so that the engine skips fast to white space)."""
_S_FORMS = "sS" + CASELESS_FORMS["s"]
"""Every form of the `s` every spokesperson's noun opens with, as IGNORECASE reads it."""
_SPOKES_AFTER_S = "|".join(noun[1:] for noun in sorted(SPOKESPEOPLE, key=len, reverse=True))
"""Each spokesperson's noun without its first letter (`pokeswoman`)."""
_SPOKES_FROM_RE = re.compile(rf"[{_S_FORMS}](?<=\b[{_S_FORMS}])(?i:{_SPOKES_AFTER_S})\s+from")
"""A spokesperson `from` (`spokesperson from`), a body's name after it: `\\b(?i:spokes...)\\s+from`, its first letter
written first in each of its forms, so that the engine skips fast to one."""
_SPACE_RE = re.compile(r"\s+")
_NAME_EDGE_RE = re.compile(r"[\w'\u2019]")
"""A character that may not touch a name's edge (a word's or an apostrophe)."""


@per_text(4)
def post_places(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Return, read once per text, where a name may end with a body's post after it (`X spokeswoman`) and where one
    may start after a spokesperson `from` and maybe `the` (`a spokesperson from the X`): every place the patterns
    `X\\s+(?i:post)\\b` and `(?i:spokes...)\\s+from\\s+(?:the\\s+)?X` let X end or start."""
    post_at = tuple(found.start() for found in _POST_AFTER_RE.finditer(text))
    name_at: list[int] = []
    for found in _SPOKES_FROM_RE.finditer(text):
        name_at += _after_space(text, found.end())
        gap = _SPACE_RE.match(text, found.end())
        if gap is not None and text.startswith("the", gap.end()):
            name_at += _after_space(text, gap.end() + 3)
    return post_at, tuple(name_at)


def _after_space(text: str, at: int) -> range:
    """Every place `\\s+` matched at `at` may end (none when no white space is there)."""
    gap = _SPACE_RE.match(text, at)
    return range(at + 1, gap.end() + 1) if gap is not None else range(0)


def _opens_name(text: str, start: int) -> bool:
    """Say whether a name may start at `start`: no word character nor apostrophe right before it."""
    return start == 0 or _NAME_EDGE_RE.match(text, start - 1) is None


def _closes_name(text: str, end: int) -> bool:
    """Say whether a name may end at `end`: no word character nor apostrophe right after it."""
    return _NAME_EDGE_RE.match(text, end) is None
