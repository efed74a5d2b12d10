"""A commissioning aside after a subject that names the maker (wave 43n): `A study by X, commissioned by Y,
estimates`, `X, paid for by Y, found`, `A review by X, carried out for Y, found`. Y ordered or paid for the work and X
did it, so the aside is skipped and X speaks. A subject naming no maker (`The report, commissioned by Y, found`)
is left to the publishing rules: Y speaks for it."""
from __future__ import annotations

import re

from ..vocabulary import COMMISSIONING_ASIDES

from .clauses import ends_with_name

_MAKER_RE = re.compile(r"\bby\s+(?:the\s+)?(?:[a-z][a-z\-]*\s+){0,3}[A-Z]")
"""A document's maker named after `by` (`A study by X`, `A survey by the polling firm X`)."""


def opens_commissioning(clause: str) -> bool:
    """Say whether a clause opens on the words of ordering or paying for a piece of work (`commissioned by Y`)."""
    words = " ".join(clause.split()).lower()
    return any(words.startswith(phrase + " ") for phrase in COMMISSIONING_ASIDES)


def names_maker(text: str, start: int, end: int) -> bool:
    """Say whether a subject names who did the work: a document `by` a named party, or a body's name itself."""
    return bool(_MAKER_RE.search(text, start, end)) or ends_with_name(text, start, end, kinds=("org",))


def is_commissioner_aside(text: str, clause: tuple[int, int], subject: tuple[int, int]) -> bool:
    """Say whether a clause is a commissioning aside after a subject that names the work's maker."""
    return opens_commissioning(text[slice(*clause)]) and names_maker(text, *subject)
