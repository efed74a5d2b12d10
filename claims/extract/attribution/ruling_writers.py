"""Who writes a ruling, read from its opening lines (wave 33j): a heading naming the body whose ruling it is
(`DECISION OF THE X PANEL`, `Judgment of the X Committee`, `X Ruling on Y`), or a signature naming the one person who
decides (`by Jo Roe BA MRTPI` over `an Inspector appointed by the Secretary of State`). That writer's own first person
(`We find that`, `I find that`) is the writer's claim where no body judged in the third person before (`ruling_voice`).
"""
from __future__ import annotations

import re
from itertools import islice

from ..speakers import Context
from ..vocabulary import EXAMINING_POSTS, load_words

RULING_NOUNS: frozenset[str] = load_words("ruling_nouns")
"""Nouns a ruling's heading names it by (`decision`, `judgment`, `ruling`)."""
DECIDING_POSTS: frozenset[str] = EXAMINING_POSTS
"""Posts whose holder decides in their own name (`an Inspector appointed by`)."""
OPENING_LINES = 20
"""How many of a text's first lines may name its writer."""

_NOUNS = "|".join(sorted(RULING_NOUNS))
_NAME_WORD = r"[A-Z][\w&\u2019'\-]*"
_BODY = rf"{_NAME_WORD}(?:[ \t]+(?:(?:of|and|for|on|the|OF|AND|FOR|ON|THE)[ \t]+)*{_NAME_WORD})*"
OF_BODY_RE = re.compile(rf"[ \t]*(?:the[ \t]+)?(?:{_NOUNS})[ \t]+of[ \t]+the[ \t]+(?P<name>{_BODY})[ \t]*$", re.IGNORECASE)
"""A heading naming the body after its ruling's noun: `DECISION OF THE X PANEL`, `Judgment of the X Committee`."""
BODY_RULING_RE = re.compile(rf"[ \t]*(?P<name>{_BODY})[ \t]+(?i:{_NOUNS})[ \t]+on[ \t]+[A-Z]")
"""A heading naming the body before its ruling's noun: `X Ruling on Y Ltd`."""
BY_RE = re.compile(r"[ \t]*by[ \t]+(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]*(?:-[A-Z][a-z]+)*)+)(?:[ \t]+[^\n]*)?$")
"""A signature line: `by Jo Roe-Ash BA(Hons) MRTPI`, the letters after the name left out."""
POST_RE = re.compile(r"[ \t]*an?[ \t]+(?P<post>[A-Za-z\-]+)[ \t]+appointed[ \t]+by\b")
"""The line under a signature that gives the deciding post: `an Inspector appointed by the Secretary of State`."""


def ruling_writer(text: str, ctx: Context) -> tuple[str, str] | None:
    """Return the writer of a ruling and its kind, read from its opening lines, or None."""
    opening = text[:2000].lower()  # lowered once, not once per noun asked
    if not any(noun in opening for noun in RULING_NOUNS):
        return None  # the cheap test first: no ruling's noun in the opening
    lines = [line for line in islice(text.split("\n", OPENING_LINES), OPENING_LINES) if line.strip()]
    for index, line in enumerate(lines):
        body = OF_BODY_RE.match(line) or BODY_RULING_RE.match(line)
        if body is not None:
            return as_written(text, body.group("name")), ctx.kind_of(body.group("name"))
        signer = BY_RE.match(line)
        post = POST_RE.match(lines[index + 1]) if signer is not None and index + 1 < len(lines) else None
        if post is not None and post.group("post").lower() in DECIDING_POSTS:
            return signer.group("name"), "person"  # type: ignore[union-attr]
    return None


def as_written(text: str, name: str) -> str:
    """Return a name a heading writes in capitals as the text spells it in ordinary case, if it does."""
    if not name.isupper():
        return name
    spelled = (m.group() for m in re.finditer(re.escape(name), text, re.IGNORECASE))
    return next((found for found in spelled if not found.isupper()), name)
