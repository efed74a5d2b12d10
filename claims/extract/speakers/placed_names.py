"""A name placed by a preposition is no one `he` or `she` means (`broke her wrist on Harlow Tor ... she said`, `a
powder sold as Vitaflex Gold ... He said`): a two-word name or longer that the text writes, somewhere, right after a
word of place or manner (`data/place_prepositions.txt`), optionally with `the`, and never after an honorific, is where
something happened or what something is, so it never becomes the last person named (wave 27j)."""
from __future__ import annotations

import re

from ...finding import find_all
from ..entities import Mention
from ..vocabulary import PLACE_PREPOSITIONS

from .honoured_names import honoured_surname
from ..text_caches import per_text


_BEFORE_RE = re.compile(r"(?:^|[^\w'\u2019-])([a-z]+)[ \t]+(?:the[ \t]+)?$")
"""The lower-case word right before a name, past an optional `the`."""

_SPAN = 24
"""How far before a name its preposition is read."""


def placed_name(text: str, mention: Mention) -> bool:
    """Say whether a person-shaped mention with no title names a place or a thing (`placed_in_text`)."""
    if mention.possessive or mention.title or " " not in mention.name:
        return False
    return placed_in_text(text, mention.name)


@per_text(256)
def placed_in_text(text: str, name: str) -> bool:
    """Say whether the text writes a name after a preposition of place or manner (never as an owner: `at Jo Roe's
    farm`), and its surname never after an honorific (`Mr Tor`)."""
    if honoured_surname(text, name):
        return False
    return any(not _owner_at(text, at + len(name)) and _placed_at(text, at) for at in find_all(text, name))


def placed_here(text: str, mention: Mention) -> bool:
    """Say whether a person-shaped mention with no title is written, here, right after a word of place or manner (`a
    warehouse in Marlow Heath`): where something happened, never who speaks of it (wave 44d)."""
    return not mention.possessive and not mention.title and " " in mention.name \
        and not _owner_at(text, mention.end) and _placed_at(text, mention.start)


def _owner_at(text: str, end: int) -> bool:
    """Say whether a name ending at `end` owns what follows (`held at Jo Roe's studio`: she is no place)."""
    return text.startswith(("'s", "\u2019s"), end)


def _placed_at(text: str, at: int) -> bool:
    """Say whether a word of place or manner stands right before an offset, past an optional `the` (`in the `)."""
    found = _BEFORE_RE.search(text, max(0, at - _SPAN), at)
    return found is not None and found.group(1) in PLACE_PREPOSITIONS


_NAME_GOES_ON_RE = re.compile(r"[ \t]+[A-Z]")
"""A capitalised word right after a name: the name is part of a longer one (`Twin Cities Bakers United`)."""


@per_text(256)
def only_placed(text: str, name: str) -> bool:
    """Say whether a text writes a name, wherever it stands alone, only right after a word of place or manner (`6 in
    the Twin Cities`; its spots inside a longer name, `Twin Cities Bakers United`, left out; an owner's, `on the X's
    service`, never a place): a place, never the company a text is about (wave 39a)."""
    alone = [at for at in find_all(text, name) if _NAME_GOES_ON_RE.match(text, at + len(name)) is None
             and not _owner_at(text, at + len(name))]  # "on the JSE's news service": an owner
    return bool(alone) and all(_placed_at(text, at) for at in alone)
