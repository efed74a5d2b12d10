"""Bare `Investigators` before a cue (`Investigators found that ...`, `Investigators said`), wave 29c: the people of
the investigation the text reports, who speak for the body it leads with. That is the first body to speak in the text
when its head is an investigating body's (`data/investigating_heads.txt`: an accident branch, a safety board, a
commission, an office, a police force) or the text reads it as an inspectorate; a company, a union or a council that
speaks first, or no body at all, leaves them unresolved in their own words (they may be another body's people)."""
from __future__ import annotations

from ..entities import head_noun
from ..vocabulary import load_words

from .context import Context

INVESTIGATING_HEADS: frozenset[str] = load_words("investigating_heads")
"""Heads of bodies that investigate in their own name (`branch`, `board`, `commission`, `office`, `police`)."""
INVESTIGATOR_WORDS: frozenset[str] = frozenset({"investigators"})
"""The bare plural that names an investigating body's people at work."""


def investigators_body(word: str, ctx: Context) -> str | None:
    """Return the first body to speak in the text when `word` is `Investigators` and that body investigates (its head
    or its kind says so); else None."""
    if word.lower() not in INVESTIGATOR_WORDS or not ctx.org_speakers:
        return None
    first = ctx.org_speakers[0]
    return first if investigates(first, ctx) else None


def investigates(name: str, ctx: Context) -> bool:
    """Say whether a body is one that investigates: an inspectorate, or a name whose head is an investigating body's."""
    return ctx.kinds.get(name) == "inspectorate" or head_noun(name) in INVESTIGATING_HEADS
