"""People named in Hong Kong's order: an English given name, the surname, then a Chinese given name of two syllables
joined by a hyphen (`Raymond Siu Chak-yee`, `Lai Tung-kwok`): a later `Siu` or `Mr Lai` is that person, by the word
before the hyphened given name (wave 54f)."""
from __future__ import annotations

import re

HYPHENED_GIVEN_RE = re.compile(r"[A-Z][a-z]+-[a-z]+")
"""A Chinese given name of two syllables written with a hyphen, the second in lower case (`Chak-yee`, `Tung-kwok`);
never a double-barrelled surname (`Tane-Whitfield`)."""


def surname_before_given(parts: list[str]) -> str | None:
    """Return the surname of a name ending on a hyphened Chinese given name (`Siu` of `Raymond Siu Chak-yee`), else
    None."""
    if len(parts) < 2 or HYPHENED_GIVEN_RE.fullmatch(parts[-1]) is None or not parts[-2].isalpha() \
            or not parts[-2][:1].isupper():
        return None
    return parts[-2]
