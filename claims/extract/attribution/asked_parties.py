"""Whom the writer asks (`We asked its consumer director, Jo Roe, about the case.`, `We put these points to Acme
Water.`, `I spoke to Jo Roe.`): the quotations that follow with no cue of their own are that party's answers, never
the words of whoever spoke before the question."""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..speakers import Context, Who
from ..text import Block
from ..text_caches import per_text

ASKED_RE = re.compile(
    r"\b(?:[Ww]e|I)[ \t]+(?:also[ \t]+|then[ \t]+)?(?:asked|put[ \t]+(?:this|these|those|our|the|that)(?:[ \t]+[\w\-]+){0,2}"
    r"[ \t]+to|spoke[ \t]+to|talked[ \t]+to)[ \t]+(?P<who>[^.?!;:\n]{3,120}?)"
    r"(?=[ \t]+(?:about|whether|why|how|what|if|for|on)\b|[ \t]*[.?!;:]|[ \t]*$)")
"""The writer asking a party: `We asked X about`, `I put these questions to X.`, `We spoke to X`."""
_CHEAP_WORDS = ("asked", " put ", "spoke to", "talked to")
"""Words one of which an asking sentence holds (tested before the pattern)."""


@per_text(4)
def may_ask(text: str) -> bool:
    """Say whether a text holds any word an asking sentence needs: read once per text, not once per paragraph."""
    return any(word in text for word in _CHEAP_WORDS)


def asked_party(text: str, block: Block, ctx: Context) -> Who | None:
    """Return the one person (else the one body) a paragraph says the writer asked, else None."""
    if not may_ask(text) or not any(text.find(word, block.body, block.end) >= 0 for word in _CHEAP_WORDS):
        return None
    match = ASKED_RE.search(text, block.body, block.end)
    if match is None:
        return None
    mentions = [m for m in find_mentions(text, match.start("who"), match.end("who"))
                if not m.possessive and text[m.end:m.end + 1] not in ("'", "\u2019")]  # "Acme Ferries' chair"
    people = [m for m in mentions if m.kind == "person"]  # "We asked Jo Roe's lawyer": not Jo Roe
    named = people or [m for m in mentions if m.kind == "org"]
    if len(named) != 1 or named[0].kind == "org" and " and " in named[0].name:
        return None  # "We asked Acme Water and Kelloway Ferries": no one answerer
    name = ctx.add(named[0])
    return Who(name, "person" if people else ctx.kind_of(name), 0)
