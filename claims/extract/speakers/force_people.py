"""A police force's officers as a cue's whole subject (`gardaí have said`, `police said`): the force the text names,
before the cue or after it (`An Garda Síochána`, whose head `Síochána` is a force's), else the one US police body it
names (`Port Arthur Police Department`, wave 53e), else the words, unresolved (wave 26e)."""
from __future__ import annotations

from ..vocabulary import load_words

from .context import Context
from .named_endings import police_body

FORCE_PEOPLE: frozenset[str] = load_words("force_people")
"""Plural nouns for a force's officers (`data/force_people.txt`)."""


def force_people(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a subject that is only a force's officers (`gardaí`) to the force named before or after, or the one US
    police body named; the words, unresolved, when the text names neither; None for any other subject."""
    if len(words) != 1 or words[0] not in FORCE_PEOPLE:
        return None
    force = ctx.resolve_reference("force") or ctx.named_later_by_head("force") or police_body(ctx)
    return (force, ctx.kind_of(force)) if force else (raw[-1], "unresolved")
