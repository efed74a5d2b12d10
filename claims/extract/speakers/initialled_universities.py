"""A university the text names only by its letters (`U of K`, `KVU`, as North American press writes `U of T` or a
state university's letters): `the university` that no body named before fits means it when the text writes one such
set of letters only (wave 47g)."""
from __future__ import annotations

import re
from ..text_caches import per_text

_UNIVERSITY_LETTERS_RE = re.compile(r"\b(?:U of [A-Z][A-Za-z]?|[A-Z]{2,3}U)\b")
"""Letters that stand for a university: `U of` and a place's one or two letters (`U of K`, `U of Sk`), or three or
four capitals ending in its `U` (`KVU`); two (`EU`, `AU`) are unions of states."""


@per_text(4)
def university_letters(text: str) -> tuple[str, int, int] | None:
    """Return the one set of a university's letters a text writes, with the offsets of its first use, else None."""
    found = list(_UNIVERSITY_LETTERS_RE.finditer(text))
    if not found or any(match.group() != found[0].group() for match in found):
        return None
    return found[0].group(), found[0].start(), found[0].end()
