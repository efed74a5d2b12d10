"""A headline's title case writes common words as a name (`Dunmore Fire Crews, Other Nearby Departments, Put Out
Barn Blaze`): a run of common words closing on the plural of a body's head (`Nearby Departments`) describes
several bodies, never one that rivals the body the text names for `the department` (wave 61r)."""
from __future__ import annotations

from ..title_nouns import is_common_noun, is_common_plural


def describes_several(name: str, noun: str) -> bool:
    """Say whether a name is common words closing on the plural of a reference's noun (`Nearby Departments` for
    `department`): several bodies described, no one body's name."""
    words = name.split()
    last = words[-1].lower()
    return len(words) >= 2 and last != noun and last.startswith(noun) and is_common_plural(words[-1]) \
        and all(is_common_noun(word) for word in words[:-1])
