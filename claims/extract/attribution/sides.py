"""Two sides: a party written as one capitalised word that opens a sentence and takes a side (`Acorn disagreed.`,
`Unite, which represents the drivers, has criticised the plan.`) is that sentence's subject, so the `it said` or
`a spokesperson said` after it is that party's, never the body that spoke before."""
from __future__ import annotations

import re

from ..entities import Mention
from ..speakers import Context
from ..speakers.words import REFERENCE_WORDS
from ..vocabulary import load_words, NOT_NAMES, ORG_HEADS, ROLE_WORDS, SENTENCE_STARTERS

SIDE_VERBS = load_words("side_verbs")
"""Verbs by which a party takes a side (`disagreed`, `has criticised`): their one-word capitalised subject is a party."""

SIDE_OPENING_RE = re.compile(
    r"(?:(?:But|However|Meanwhile|And|Yet|Separately),?\s+)?"
    r"(?:[Tt]he\s+(?:[a-z'\u2019-]+\s+){0,2}[a-z'\u2019-]+,?\s+)?"
    r"(?P<name>[A-Z][A-Za-z'\u2019-]*[A-Za-z]),?\s+"
    r"(?:(?:which|who)\s[^,.;]{1,80},\s+)?"
    r"(?:(?:has|have|had)\s+)?(?P<verb>[a-z]+)\b")
"""A sentence that opens with one capitalised word as its subject, maybe described (`The tenants' union, Acorn,`),
maybe with a relative clause (`Unite, which represents ...,`), then a verb (`disagreed`, `has criticised`)."""


def note_side_subject(text: str, span: tuple[int, int], ctx: Context) -> None:
    """Note the one-word party that opens a sentence taking a side (`Acorn disagreed.`) as the body a following `It`
    means, and as another body than the one in focus; a plural group (`Campaigners disputed ...`) is only the latter."""
    opening = _side_opening(text, span)
    if opening is None:
        return
    name = opening.group("name")
    if _group_word(name):
        ctx.other_org = ctx.other_org or bool(ctx.org_speakers)  # "Campaigners disputed it": a side, not a body
        return
    if ctx.full_person(name) != name:
        return  # "Albrecht disagreed": a person the text named before, read by `names`
    registered = ctx.add(Mention(opening.start("name"), opening.end("name"), name, "org"))
    if ctx.kinds.get(registered) in ("organisation", "inspectorate"):
        ctx.subject = (registered, ctx.block)


def _side_opening(text: str, span: tuple[int, int]) -> re.Match[str] | None:
    """Return the opening of a sentence whose one-word capitalised subject takes a side, else None."""
    if not text[span[0]:span[0] + 1].isupper():
        return None  # the cheap test first: a sentence opening in lower case or with a figure
    opening = SIDE_OPENING_RE.match(text, span[0], span[1])
    if opening is None or opening.group("verb") not in SIDE_VERBS:
        return None
    word = opening.group("name").lower()
    return None if word in SENTENCE_STARTERS or word in NOT_NAMES or word in REFERENCE_WORDS \
        or word in ORG_HEADS or word in ROLE_WORDS else opening  # "Coroner warns ...": a role, read elsewhere


def _group_word(name: str) -> bool:
    """Say whether a capitalised word is a group of people, not a name (`Campaigners`, `Residents`): a plural in lower
    case letters (an acronym such as `NFUS` names a body)."""
    return name.endswith("s") and not name.isupper() and not name.endswith(("'s", "\u2019s"))
