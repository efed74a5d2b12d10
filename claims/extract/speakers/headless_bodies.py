"""A body whose name has no head noun (a brand: `Tarnvex`, `Quenvale`) hides what kind of body it is, as letters do:
the text's common noun for it (`the club`, `the provider`) is the only head it has, so a reference that no body the
text names has as its head, nor any other party is called, means the one such body the text has named so far."""
from __future__ import annotations

import re

from ..entities import bodies_called, head_noun
from ..vocabulary import ORG_HEADS, PLACE_WORDS, PUBLIC_HEADS, REGION_WORDS, load_words

from .body_traits import same_head
from .context import Context
from .side_nouns import may_be_side
from .turn_bodies import SIDE_DESCRIPTIONS, answers_for_others

NAMED_KINDS: frozenset[str] = PUBLIC_HEADS | SIDE_DESCRIPTIONS | load_words("member_body_heads")
"""Kinds of body that name themselves by their head (`X Council`, `X Union`, `X Federation`): a reference to one
(`the council`, `the union`) is never a brand's, which is a company's, a club's or a charity's."""
MEMBER_BRAND_KINDS: frozenset[str] = frozenset({"union"})
"""Kinds in `NAMED_KINDS` that a brand may be all the same: British and Irish trade unions often bear one word with
no head (`Unison`, `Unite`, `Equity`, `Prospect`, `Fórsa`), and a text that gives the brand members (`Veltra
members`, `Veltra's members`) may then call it `the union` (wave 47d)."""


def headless(name: str) -> bool:
    """Say whether a body's name is one capitalised word with no head noun (`Quenvale`): not letters or a capital
    inside (`MoD`, `ClearLung`: an acronym or a product), nor a place."""
    lowered = name.lower()
    return " " not in name and name[:1].isupper() and name[1:].islower() and lowered not in ORG_HEADS \
        and lowered not in PLACE_WORDS and lowered not in REGION_WORDS


def headless_body(noun: str, ctx: Context) -> str | None:
    """Return the body without a head noun the text has named so far, for a reference (`the club`) that no body the
    whole text names has as its head and that the text gives no other party (`the Holm Park club`), when no other body
    it has named lacks a known head (`Friends of Tarn`) and the text has not called the brand something else (`X, the
    pilots' union,`), else None."""
    if noun in NAMED_KINDS and noun not in MEMBER_BRAND_KINDS:
        return None
    names = {mention.name for mention in ctx.bodies_named()} | set(ctx.orgs)
    if any(same_head(head_noun(name), noun) for name in names) or bodies_called(ctx.text, noun):
        return None
    unheaded = {name for name in ctx.orgs if ctx.kinds.get(name) == "organisation" and head_noun(name) not in ORG_HEADS}
    if len(unheaded) != 1 or not headless(next(iter(unheaded))):
        return None  # "Friends of Tarn" beside a brand: either may be what `the coalition` means
    brand = next(iter(unheaded))
    if noun in NAMED_KINDS and not has_members(ctx.text, brand):
        return None  # "Veltra said ... the union said": a union names itself by its head unless Veltra has members
    called = ctx.called.get(brand, set())
    if answers_for_others(ctx.text, brand) or called and noun not in called:
        return None  # "Aerobond, the pilots' union, ... The airline said": the text said what the brand is
    return brand if may_be_side(brand, noun, called) else None  # `the charity`: only if called so


def has_members(text: str, brand: str) -> bool:
    """Say whether a text gives a body members by its name (`Veltra members`, `Veltra's members`, `Veltra’s 900
    members`)."""
    return re.search(rf"\b{re.escape(brand)}(?:['\u2019]s)?(?:\s+[\d,]+)?\s+members\b", text) is not None
