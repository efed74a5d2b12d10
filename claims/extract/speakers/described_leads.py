"""A news lead's speaker described before the text names it (`Children on remand wait longer than ever, a youth
justice charity has said.` then `Figures obtained by the Brightpath Trust show`; `..., an environmental group said.`
then `The group, Tidemark International, said`): the description is the one body the text names right after `the
<noun>` (`the group, X`, `the consumer group X`), else the first body it names after it when that body's head is the
description's noun (a trust for `charity`) and the text next calls it `the <noun>`.
Read only in a lead, before anyone has spoken; otherwise the description stays unresolved (wave 28g)."""
from __future__ import annotations

import re

from ..entities import Mention, head_noun
from ..vocabulary import ROLES

from .body_traits import may_be_charity, same_head
from .context import Context
from .words import BODY_NOUNS, PEOPLE_GROUPS

_INDEFINITE: frozenset[str] = frozenset("a an".split())
MAX_DESCRIPTION_WORDS = 5
"""The words of a lead's description, its article included (`a dentists' representative body`)."""
_NAME = r"[A-Z][\w'\u2019&.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'\u2019&.-]*)*"
"""A capitalised name: its words, joined by `of`, `for`, `and` (`Friends of the Earth` stops at `the`)."""


def _is_lead_description(words: list[str], ctx: Context) -> bool:
    """Say whether words are an indefinite description of a body (`a youth justice charity`) read before anyone spoke."""
    return 2 <= len(words) <= MAX_DESCRIPTION_WORDS and words[0] in _INDEFINITE and words[-1] in BODY_NOUNS \
        and not ctx.org_speakers and ctx.last_speaker is None


def _description_end(words: list[str], text: str) -> int | None:
    """Return where the text first writes the description ends (its words as written, apostrophes and all), or None
    when a person of the body follows it (`a force spokesperson`)."""
    middle = r"".join(r"\S+\s+" for _ in words[1:-1])
    match = re.search(rf"\b[Aa]n?\s+{middle}{re.escape(words[-1])}\b(?P<next>\s+[\w\u2019']+)?", text)
    if match is None or _owns_people(match.group("next") or ""):
        return None
    return match.start("next") if match.group("next") else match.end()


def _owns_people(word: str) -> bool:
    """Say whether the word after a description is a person of the body (`a force spokesperson`): no body speaks."""
    folded = word.strip().lower()
    return folded in ROLES or folded in PEOPLE_GROUPS


def _names_beside(text: str, noun: str, start: int) -> list[Mention]:
    """Return the names the text sets right after `the <noun>` from a point on (`The group, Tidemark International`,
    `the consumer group Fair Shopper`), as bodies."""
    pattern = re.compile(rf"\b[Tt]he\s+(?:[a-z'\u2019-]+\s+){{0,3}}{re.escape(noun)}(?:,\s*|\s+)(?P<name>{_NAME})")
    return [Mention(match.start("name"), match.end("name"), match.group("name"), "org")
            for match in pattern.finditer(text, start)]


def _named_next(after: list[Mention], noun: str, text: str) -> Mention | None:
    """Return the first body named after a description when its head is the description's noun and the text next
    calls it `the <noun>` before naming another body (`the Brightpath Trust ... The charity's report`), else None."""
    first = after[0] if after else None
    if first is None or not same_head(head_noun(first.name), noun) or not may_be_charity(first.name, noun):
        return None
    again = re.compile(rf"\b[Tt]he\s+{re.escape(noun)}\b").search(text, first.end)
    between = [mention for mention in after[1:] if again and mention.start < again.start() and mention.name != first.name]
    return first if again is not None and not between else None


def lead_body(words: list[str], ctx: Context) -> str | None:
    """Return the body a lead's indefinite description means (the one body set beside its noun after it, else the
    first body named after it when its head is the noun), else None."""
    if not _is_lead_description(words, ctx) or (end := _description_end(words, ctx.text)) is None:
        return None
    beside = _names_beside(ctx.text, words[-1], end)
    after = [mention for mention in ctx.bodies_named() if mention.start >= end]
    named = beside[0] if len({mention.name for mention in beside}) == 1 else _named_next(after, words[-1], ctx.text)
    return ctx.add(named) if named is not None else None
