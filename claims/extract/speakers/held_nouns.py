"""64f: a bare definite noun for what a body gathers, keeps or sends to work (`The evidence revealed ...`, `The graph
showed ...`, `The inspection team found that ...`; `data/held_nouns.txt`), left unresolved, read as the one body the
text names holding or making it: by its possessive (`RQIA's inspection team`, `the Commission's assessors`) or as the
subject of a past verb whose object it is (`CCCS secured evidence from ...`, `the health department published a
graph`). A holder is read by its full name, a reference (`the health department`) as the body it means. Two such
bodies, or none, a person, or a sentence's opening word leave it unresolved."""
from __future__ import annotations

import re
from typing import Iterable

from ...model import BODY_KINDS
from ..entities import is_person_name
from ..vocabulary import ORG_HEADS, SENTENCE_STARTERS, load_words
from .context import Context
from .references import reference
from .words import DETERMINERS, NAME_RUN

HELD_NOUNS: frozenset[str] = load_words("held_nouns")
"""Nouns for what a body gathers, keeps or sends to work (`data/held_nouns.txt`)."""
_NAME = rf"(?<![\w\-]){NAME_RUN}"
"""A capitalised name: its words, joined by `of`, `for`, `and`; `The` before it is no word of it."""
_REFERENCE = r"(?<![\w\-])[Tt]he(?:[ \t]+[a-z][a-z\-]*){1,3}"
"""A reference: `the`, then up to three lower-case words (`the health department`)."""
_GAP = r"(?:[a-z][\w\-]*[ \t]+){0,3}"
"""Up to three lower-case words between the owner or the verb and the noun (`its weekly case`)."""
_VERB = r"(?:(?:has|have|had)[ \t]+)?(?:[a-z]+ly[ \t]+)?[a-z]{3,}ed[ \t]+(?:(?:a|an|the|its|their|new)[ \t]+)?"
"""A past verb, maybe after `has` and an adverb, and the object's determiner (`secured`, `has recently published a`)."""


def held_noun(speaker: str) -> str | None:
    """Return the held noun a speaker's words end on after `the` and up to two plain lower-case modifiers (`The
    evidence`, `The inspection team`), else None."""
    words = speaker.split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the" or words[-1] not in HELD_NOUNS:
        return None
    plain = all(w.isalpha() and w.islower() and w not in DETERMINERS for w in words[1:])
    return words[-1] if plain else None


def holders_named(text: str, noun: str) -> set[str]:
    """Return the words the text names holding or making a thing of this noun, a name or a reference: `X's ...
    <noun>`, `X <past verb> ... <noun>`."""
    holder = rf"(?P<holder>{_NAME}|{_REFERENCE})"
    owned = re.finditer(rf"{holder}['\u2019]s[ \t]+{_GAP}{noun}\b", text)
    made = re.finditer(rf"{holder}[ \t]+{_VERB}{_GAP}{noun}\b", text)
    return {m.group("holder") for m in (*owned, *made)}


def holder_body(words: str, ctx: Context) -> str | None:
    """Return the body a holder's words name: a name by its full name, a reference by the body it means; None for a
    person, a sentence's opening word or a reference to no body."""
    if words[:4].lower() == "the ":
        split = words.lower().split()
        found = reference(split, ctx) if split[-1] in ORG_HEADS else None
        return found[0] if found is not None and found[1] in BODY_KINDS else None
    if words.split()[0].lower() in SENTENCE_STARTERS or is_person_name(words):
        return None
    return ctx.full_org(words)


def held_nouns(speakers: Iterable[tuple[str, str]], ctx: Context) -> dict[str, tuple[str, str]]:
    """Map each unresolved bare held noun to the one body the text names holding or making it."""
    found: dict[str, tuple[str, str]] = {}
    for speaker, kind in set(speakers):
        noun = held_noun(speaker) if kind == "unresolved" else None
        holders = {holder_body(words, ctx) for words in holders_named(ctx.text, noun)} if noun is not None else set()
        if len(holders) == 1 and None not in holders:
            holder = holders.pop()
            assert holder is not None
            found[speaker] = (holder, ctx.kind_of(holder))
    return found
