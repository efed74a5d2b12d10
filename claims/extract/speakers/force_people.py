"""A police force's officers as a cue's whole subject (`gardaí have said`, `police said`): the force the text names,
before the cue or after it (`An Garda Síochána`, whose head `Síochána` is a force's), else the one US police body it
names (`Port Arthur Police Department`, wave 53e), else the words, unresolved (wave 26e).

Wave 64x: a force's detectives or officers placed at a town (`Detectives at Kelby said`, `Officers at Ardlow, Co
Tarnby, said`) speak as they would alone: the town only says where they work (no row was read before). A group `in` a
town is left as read, a local force's own words (`Police in Kelby`, `Detectives in Ardlow`, wave 63p; the corpus's
gold keeps `Gardaí in X` so)."""
from __future__ import annotations

from ..entities import names_an_organisation
from ..vocabulary import load_words

from .context import Context
from .named_endings import police_body

FORCE_PEOPLE: frozenset[str] = load_words("force_people")
"""Plural nouns for a force's officers (`data/force_people.txt`)."""
PLACED_FORCE_PEOPLE: frozenset[str] = frozenset({"detectives", "officers"})
"""A force's people a town may place (`Detectives at Kelby`)."""
MAX_PLACE_WORDS = 3
"""The most capitalised words a town's name takes after `at` or `in`."""


def placed_force_people(text: str, start: int, end: int) -> int | None:
    """Return where a subject's group of a force's people ends when `at` a town places them after it (`Detectives at
    Kelby` -> after `Detectives`), else None: the town is capitalised words that name no body (`Officers at Kelby
    Hospital` stay as read)."""
    words = text[start:end].split()
    place = words[2:]
    if not 1 <= len(place) <= MAX_PLACE_WORDS or words[0].lower() not in PLACED_FORCE_PEOPLE \
            or words[1] != "at" or not all(word[:1].isupper() and word.isalpha() for word in place) \
            or names_an_organisation(place):
        return None
    return text.index(words[0], start) + len(words[0])


def force_people(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a subject that is only a force's officers (`gardaí`) to the force named before or after, or the one US
    police body named; the words, unresolved, when the text names neither; None for any other subject."""
    if len(words) != 1 or words[0] not in FORCE_PEOPLE:
        return None
    force = ctx.resolve_reference("force") or ctx.named_later_by_head("force") or police_body(ctx)
    return (force, ctx.kind_of(force)) if force else (raw[-1], "unresolved")
