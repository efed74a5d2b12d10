"""A run of capitalised words closing on a park's kind and `Park` (`Garrow State Park`, `Lark Hill Country Park`,
`data/park_kinds.txt`) names a park, a body that reports its own visitors, never a person: `Park` alone is a family
name (`Jo Park`), so only the kind's word before it makes the head (wave 61r)."""
from __future__ import annotations

from .vocabulary import load_words

PARK_KINDS: frozenset[str] = load_words("park_kinds")
"""Words before `Park` that say what kind of park it is (`state`, `country`, `regional`)."""


def names_a_park(words: list[str]) -> bool:
    """Say whether capitalised words close on a park's kind and `Park`, with a name before them (`Garrow State
    Park`), every word capitalised."""
    return len(words) >= 3 and words[-1] == "Park" and words[-2].lower() in PARK_KINDS \
        and all(word[:1].isupper() for word in words)
