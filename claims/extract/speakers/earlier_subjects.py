"""A body a text goes on about over a sentence or two that name no party (`The company opened two pits. Seven of the
nine sites are busy. // It reported ...`): the `It` that opens a later sentence, in the same paragraph or the next,
is that body when nothing nearer resolves it (wave 68k)."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from .context import Context

SENTENCE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s)")
"""Where a sentence ends: its closing mark, with any closing quotation mark or bracket."""
OPENS_ON_IT_RE = re.compile(r"(?:[A-Z][a-z]*(?:[ \t]+[a-z]+){0,4},[ \t]+it|It)[ \t]")
"""A sentence whose subject is `it`, perhaps after a short lead-in (`It said`, `In a statement, it said`, `However,
it said`)."""
IT_OPENING_RE = re.compile(r"\s*" + OPENS_ON_IT_RE.pattern)
"""Such a sentence, read from just after the sentence before."""
SENTENCES_AHEAD: int = 3
"""How many sentences after a subject's own an `It` may open and still mean it."""
BREAK_RE = re.compile(r"\n\s*")
"""A paragraph break: a line's end and any blank lines after it."""
WINDOW: int = 900
"""How far ahead (characters) the next sentences are looked for."""


def it_opens_soon(text: str, end: int) -> bool:
    """Say whether one of the next few sentences, in this paragraph or the next, opens on `it` as its subject."""
    ahead = text[end:end + WINDOW]
    if "It" not in ahead and ", it " not in ahead:
        return False  # the cheap test first: most sentences are followed by anything but `It`
    start = 0
    for _ in range(SENTENCES_AHEAD):
        opening = IT_OPENING_RE.match(ahead, start)
        if len(BREAK_RE.findall(ahead, 0, opening.end() if opening else start)) > 1:
            return False  # two paragraphs on: another topic
        if opening is not None:
            return True
        found = SENTENCE_END_RE.search(ahead, start + 1)
        if found is None:
            return False
        start = found.end()
    return False


def keep_earlier_subject(ctx: Context) -> None:
    """Keep the body the sentence before opened on, before the next sentence's reading clears it."""
    if ctx.subject is not None:
        ctx.earlier_subject = ctx.subject


def drop_earlier_subject(ctx: Context) -> None:
    """Forget the earlier body when the sentence just read opened on a person: a new party is in focus."""
    if ctx.opening_person is not None:
        ctx.earlier_subject = None


def opens_on_it(ctx: Context) -> bool:
    """Say whether the sentence being read opens on `It` (`It reported`), not a clause inside it (`...: it said`)."""
    if not ctx.readings:
        return False
    return OPENS_ON_IT_RE.match(ctx.text, ctx.readings[0][0][0]) is not None


def earlier_subject(ctx: Context) -> str | None:
    """Return the body an otherwise unresolved `It` means: the one a sentence in this paragraph or the one before
    opened on, no person having opened a sentence since, else None."""
    for found in (ctx.subject, ctx.earlier_subject):
        if found is not None and ctx.block - found[1] <= 1 and ctx.kinds.get(found[0]) in BODY_KINDS:
            return found[0]
    return None
