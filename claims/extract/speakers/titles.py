"""Titles and the people who hold them: `the Chief Constable`, a title holder named elsewhere in the text, a title
only."""
from __future__ import annotations

import functools
import re

from ..entities import Mention, is_person_name
from ..vocabulary import any_script, ORG_HEADS, ROLES, VOICE_ROLES

from .context import Context
from .remit_offices import remit_holders
from .titled_bodies import titled_names
from .words import FILLER_WORDS
from ..text_caches import per_text

_TITLE_LINKS: frozenset[str] = frozenset("and of for".split())


def title_only(clause: str, ctx: Context) -> tuple[str, str] | None:
    """Return who a capitalised title alone means (`the Police and Crime Commissioner`): its holder named before,
    else the title as the text's words, a person; never the title as a body."""
    words = clause.split()
    if not 2 <= len(words) <= 7 or words[0].lower() != "the" or words[-1].lower() not in ROLES \
            or words[-1].lower() in VOICE_ROLES:
        return None
    if not all(w[:1].isupper() or w in _TITLE_LINKS for w in words[1:]) or words[-1].lower() in ORG_HEADS:
        return None
    holder = ctx.titles.get(words[-1].lower()) or title_holder(ctx.text, " ".join(words[1:]))
    return (holder, "person") if holder else (" ".join(words), "person")


@functools.lru_cache(maxsize=1024)
def without_filler(clause: str) -> str:
    """Return a clause's words without the filler between a subject and its cue (`the minister has` -> `the
    minister`); remembered for the last clauses asked (wave 40a: a sentence's few subject clauses are asked for some
    twenty times), the answer the clause's alone."""
    words = clause.split()
    while len(words) > 1 and words[-1].lower() in FILLER_WORDS:
        words.pop()
    return " ".join(words)


def title_holder_named(text: str, clause: str, ctx: Context) -> tuple[str, str] | None:
    """Return the one person the text names with this title before their name (`the floods minister` for `Floods
    Minister Rachel Ibbotson`, before or after), else None: two holders or none leave the text's words."""
    words = clause.split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the" or not all(w.isalpha() for w in words[1:]):
        return None
    holders = {ctx.full_person(name) for name in titled_names(text, " ".join(words[1:]).lower())
               or (remit_holders(text, " ".join(words[1:-1]).lower(), words[-1].lower())
                   if words[-1].lower() in ROLES else ())}
    if len(holders) != 1:
        return None
    holder = holders.pop()
    ctx.kinds.setdefault(holder, "person")
    return holder, "person"


TITLE_HOLDER_RE = any_script(re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z'\u2019\-]+){1,2}),?[ \t]+(?:(?:is|was|has[ \t]+been)[ \t]+)?the[ \t]+"
    r"(?P<title>[A-Z][a-z]+(?:[ \t]+(?:(?:and|of|for)[ \t]+)?[A-Z][a-z]+){0,4})\b"))
"""`Dana Holt is the Police and Crime Commissioner`, `Dana Holt, the Police and Crime Commissioner,`: who holds a
title the text writes with capitals."""


@per_text(64)
def title_holder(text: str, title: str) -> str | None:
    """Return the one person a text says holds a capitalised title, else None (nobody, or two people)."""
    if text.find(title) < 0:
        return None
    names = {m.group("name") for m in TITLE_HOLDER_RE.finditer(text) if f"{m.group('title')} ".startswith(f"{title} ")
             and is_person_name(m.group("name"))}  # "the Police and Crime Commissioner for Wexdale" holds it too
    return names.pop() if len(names) == 1 else None


_INDEFINITE: frozenset[str] = frozenset("a an".split())
MAX_INDEFINITE_TITLE_WORDS = 5
"""The capitalised words of a title after `a`: `Deputy Garda Commissioner`, `Assistant Chief Fire Officer`."""
FIRST_WORD_REACH = 40
"""How far before the title's last word its first word may stand where the text names the holder (`Deputy Commissioner
Fiona Brereton` for `a Deputy Garda Commissioner`)."""


def indefinite_title(clause: str, text: str, ctx: Context) -> tuple[str, str] | None:
    """Return who a capitalised title after `a` means in a news lead (`..., a Deputy Garda Commissioner has told a
    committee`): the one person the text names with a title opening and ending with the same words (`Deputy
    Commissioner Fiona Brereton`); with nobody, or two, the title in the text's words, a person (never a name read
    inside the title, `Garda Commissioner`); None when the clause is no such title."""
    words = without_filler(clause).split()
    if not 3 <= len(words) <= MAX_INDEFINITE_TITLE_WORDS + 1 or words[0].lower() not in _INDEFINITE \
            or not all(w[:1].isupper() for w in words[1:]) or words[-1].lower() not in ROLES \
            or words[-1].lower() in VOICE_ROLES or words[-1].lower() in ORG_HEADS:
        return None
    first, last = words[1].lower(), words[-1].lower()
    holders = {ctx.full_person(name) for name in titled_names(text, last)
               if _opens_title(text, name, first, last)}
    if len(holders) == 1:
        holder = holders.pop()
        at = text.find(holder)
        return ctx.add(Mention(at, at + len(holder), holder, "person", False, "")), "person"  # every short form
    return " ".join(words), "person"


def _opens_title(text: str, name: str, first: str, last: str) -> bool:
    """Say whether the text writes a name after a title that opens with `first` and ends with `last` (`Deputy
    Commissioner Fiona Brereton`)."""
    for match in re.finditer(rf"\b(?i:{re.escape(last)})[ \t]+{re.escape(name)}\b", text):
        before = text[max(0, match.start() - FIRST_WORD_REACH):match.start()].lower().split()
        if first == last or first in before[-3:]:
            return True
    return False
