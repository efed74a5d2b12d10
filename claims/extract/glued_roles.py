"""A role glued to a person's family name by a missing comma and space (`Jo Roechief executive`): the name without
it."""
from __future__ import annotations

import re

from .vocabulary import load_words, verb_alternation

GLUED_ROLES: frozenset[str] = load_words("glued_roles")
"""Role words that no family name ends in, so a capitalised word ending in one has a role glued to it."""
_GLUED_RE = re.compile(rf"(?P<name>[A-Z][a-z\u00e0-\u00ff'\u2019-]{{2,}}?)(?:{verb_alternation(GLUED_ROLES)})")
"""A family name of three letters or more, then a role word in lower case, with nothing between them."""
GLUED_ENDS: tuple[str, ...] = tuple(sorted(GLUED_ROLES))
"""What a word `_GLUED_RE` matches whole ends with: one of the roles, each one word (the cheap test first, 25S)."""


def without_glued_role(words: list[str]) -> list[str]:
    """Cut a role glued to the last word of a name of two words or more (`Jo Roechief` -> `Jo Roe`)."""
    if len(words) < 2 or not words[-1][-1:].islower() or not words[0][:1].isupper() \
            or not words[-1].endswith(GLUED_ENDS):
        return words  # a fullmatch of `_GLUED_RE` ends with a role word
    match = _GLUED_RE.fullmatch(words[-1])
    return words if match is None else [*words[:-1], match.group("name")]
