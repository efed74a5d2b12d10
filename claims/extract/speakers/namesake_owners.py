"""A study the text names without its maker, whose noun the text gives one owner on another mention (wave 63d): `...,
a new study has found` in the lead and `an Ashby Policy Institute (API) study published on Tuesday` further down;
`The July to December 2027 Chamber Trade Survey reveals` beside `the Chamber's twice-yearly survey`: the owner
speaks, as `the trust's annual report shows` is the trust (the guide), never the study's own words. One owner only:
two owners of that noun, or none, leave the study as it was read (`data/namesake_nouns.txt`).

Wave 64x folded wave 63f's `makers_elsewhere` in, which read the same phenomenon a second time over the rows left
unresolved (`A fresh poll released has found` ... `The poll, carried out for Kelby Health Trust,`) with patterns of its
own: the owner after the noun (`poll carried out for X`, `survey by X`) is now one more of this module's owner
spans, and `owners_elsewhere` reads the rows a resolution left unresolved with the same `namesake_owner`."""
from __future__ import annotations

import re
from typing import Iterable

from ...model import BODY_KINDS
from ..entities import find_mentions
from ..text_caches import per_text
from ..vocabulary import ORG_HEADS, load_words

from .context import Context
from .references import reference
from .words import NAME_RUN

NAMESAKE_NOUNS = load_words("namesake_nouns")
"""Nouns of a study whose maker the text may give on another mention only (`data/namesake_nouns.txt`)."""
_NOUNS = "|".join(sorted(NAMESAKE_NOUNS))
_NAME = r"[A-Z][\w&\-]*(?:[ \t]+(?:(?:of|and|for|the|&)[ \t]+)*[A-Z][\w&\-]*){0,7}"
_POSSESSIVE_RE = re.compile(
    rf"(?<![\w'\u2019])(?P<owner>[Tt]he[ \t]+[A-Za-z][a-z]+|{_NAME})['\u2019]s[ \t]+(?:[\w\-'\u2019]+[ \t]+){{0,5}}?"
    rf"(?P<noun>{_NOUNS})\b")
"""A study's owner before it with a possessive, up to five words between, a plural's possessive among them: `the
Chamber's twice-yearly members' trade survey`, `Acme's poll`."""
_MODIFIER_RE = re.compile(
    rf"\b(?:[Aa]n?|[Ii]ts|[Tt]heir)[ \t]+(?P<owner>{_NAME})(?:[ \t]+\([A-Z][A-Za-z]{{1,9}}\))?[ \t]+(?P<noun>{_NOUNS})\b")
"""A study's owner before it as its modifier, its letters after it or none: `an Ashby Policy Institute (API) study`."""
_MADE_RE = re.compile(
    rf"\b(?P<noun>{_NOUNS})s?,?[ \t]+(?:(?:conducted|carried[ \t]+out|commissioned|run|published)[ \t]+)?"
    rf"(?:by|for)[ \t]+(?:the[ \t]+)?(?P<owner>{NAME_RUN})")
"""A study's owner after it (wave 63f): `The poll, carried out for Kelby Health Trust,`, `a survey by Acme Retail`."""


@per_text(8)
def owner_spans(text: str) -> tuple[tuple[str, int, int, str], ...]:
    """Return (noun, owner start, owner end, owner words) for every study the text gives an owner before it."""
    if not any(noun in text for noun in NAMESAKE_NOUNS):
        return ()
    found = [(m.group("noun"), m.start("owner"), m.end("owner"), m.group("owner"))
             for pattern in (_POSSESSIVE_RE, _MODIFIER_RE, _MADE_RE) for m in pattern.finditer(text)]
    return tuple(found)


def namesake_owner(noun: str, ctx: Context) -> tuple[str, str] | None:
    """Return the one party the text names as the owner of a study of this noun (`an Ashby Policy Institute (API)
    study`: the institute; `the Chamber's survey`: the Chamber, `Chamber` when no body is named so), else None."""
    if noun not in NAMESAKE_NOUNS:
        return None
    owners = {_owner(ctx, start, end, words) for kind, start, end, words in owner_spans(ctx.text) if kind == noun}
    if len(owners) != 1 or None in owners:
        return None
    owner = owners.pop()
    assert owner is not None
    return owner


def study_noun(speaker: str) -> str | None:
    """Return the study's noun a speaker's words end on, or hold with one participle after it (`A fresh poll
    released`)."""
    words = speaker.lower().split()
    if len(words) >= 2 and words[-1] in NAMESAKE_NOUNS:
        return words[-1]
    if len(words) >= 3 and words[-2] in NAMESAKE_NOUNS and words[-1].endswith("ed"):
        return words[-2]
    return None


def owners_elsewhere(speakers: Iterable[tuple[str, str]], ctx: Context) -> dict[str, tuple[str, str]]:
    """Map each speaker left unresolved that is a study without its maker to the one owner `namesake_owner` reads for
    its noun (`A fresh poll released` -> Kelby Health Trust), once the text is read (wave 63f)."""
    found: dict[str, tuple[str, str]] = {}
    for speaker, kind in set(speakers):
        noun = study_noun(speaker) if kind == "unresolved" else None
        owner = namesake_owner(noun, ctx) if noun is not None else None
        if owner is not None:
            found[speaker] = owner
    return found


@per_text(8)
def names_a_body(text: str) -> bool:
    """Say whether the text names any body by a name of its own."""
    return any(m.kind == "org" for m in find_mentions(text, 0, len(text)))


def _unnamed_owner(words: str, ctx: Context) -> tuple[str, str]:
    """Return a study's owner the text calls by a reference only, in the text's words: a body's head written with its
    capital (`the Chamber's survey`) is that body's short name, an organisation (`Chamber`, as wave 63f read it and the
    gold has it; wave 64x), registered so; any other reference in its words, unresolved (`the Smiths`)."""
    head = words[4:]
    if head[:1].isupper() and head.lower() in ORG_HEADS:
        ctx.kinds.setdefault(head, "organisation")
        return head, ctx.kinds[head]
    return words, "unresolved"


def _owner(ctx: Context, start: int, end: int, words: str) -> tuple[str, str] | None:
    """Return the party an owner's words name: a body read there, a reference resolved (`the Chamber`), else a
    reference's own words (`_unnamed_owner`); a person or nothing read: None. `the` and one word however spaced is a
    reference (`the  Chamber`, round 64m)."""
    split = words.split()
    if len(split) == 2 and split[0].lower() == "the":
        found = reference([word.lower() for word in split], ctx)
        if found is not None and found[1] in BODY_KINDS:
            return found
        if names_a_body(ctx.text):
            return None  # never a reference to a body named later (`a survey by their campaign group`)
        return _unnamed_owner(" ".join(split), ctx)  # the text's words when it names no body at all (the guide)
    bodies = [m for m in find_mentions(ctx.text, start, end) if m.kind == "org" and m.end >= end - 1]
    if not bodies:
        return None
    name = ctx.add(bodies[-1])
    return name, ctx.kind_of(name)
