"""A news lead's speaker described before the text names it (`Children on remand wait longer than ever, a youth
justice charity has said.` then `Figures obtained by the Brightpath Trust show`; `..., an environmental group said.`
then `The group, Tidemark International, said`): the description is the first body the text names after it, when
that body's head is the description's noun (a trust for `charity`) or the text sets its name beside `the <noun>`.
Read only in a lead, before anyone has spoken; otherwise the description stays unresolved (wave 28g)."""
from __future__ import annotations

import re

from ..entities import Mention, head_noun

from .body_traits import may_be_charity, same_head
from .context import Context
from .words import BODY_NOUNS

_INDEFINITE: frozenset[str] = frozenset("a an".split())
MAX_DESCRIPTION_WORDS = 5
"""The words of a lead's description, its article included (`a dentists' representative body`)."""
_BESIDE_REACH = 24
"""How far before a name `the <noun>,` may stand to set it beside the name (`The group, Tidemark International`)."""


def _is_lead_description(words: list[str], ctx: Context) -> bool:
    """Say whether words are an indefinite description of a body (`a youth justice charity`) read before anyone spoke."""
    return 2 <= len(words) <= MAX_DESCRIPTION_WORDS and words[0] in _INDEFINITE and words[-1] in BODY_NOUNS \
        and not ctx.org_speakers and ctx.last_speaker is None


def _description_end(words: list[str], text: str) -> int | None:
    """Return where the text first writes the description ends (its words as written, apostrophes and all)."""
    middle = r"".join(r"\S+\s+" for _ in words[1:-1])
    match = re.search(rf"\b[Aa]n?\s+{middle}{re.escape(words[-1])}\b", text)
    return match.end() if match else None


def _named_beside(text: str, noun: str, mention: Mention) -> bool:
    """Say whether the text sets a name beside `the <noun>` right before it (`The group, Tidemark International`)."""
    before = text[max(0, mention.start - _BESIDE_REACH):mention.start]
    return re.search(rf"\b[Tt]he\s+{re.escape(noun)},\s*(?:the\s+)?$", before) is not None


def _fits(text: str, noun: str, mention: Mention) -> bool:
    """Say whether a body named after a description is the one described: its head, or set beside the noun."""
    return same_head(head_noun(mention.name), noun) and may_be_charity(mention.name, noun) \
        or _named_beside(text, noun, mention)


def lead_body(words: list[str], ctx: Context) -> str | None:
    """Return the body a lead's indefinite description means (the first body named after it, when it fits), else
    None."""
    if not _is_lead_description(words, ctx) or (end := _description_end(words, ctx.text)) is None:
        return None
    named = next((mention for mention in ctx.bodies_named() if mention.start >= end), None)
    return ctx.add(named) if named is not None and _fits(ctx.text, words[-1], named) else None
